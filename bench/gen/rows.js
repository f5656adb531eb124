// The row stream: entities drawn one by one, each written once, ~20 % of them again 1–3 times
// later in the file with noise (a delay queue keeps duplicates apart, as in a real merged export).
import { Rng, Weighted } from './prng.js';
import { createCnEntity, renderCn } from './entity-cn.js';
import { createLatinEntity, renderLatin } from './entity-latin.js';
import { addNoise, addPlaceholders, COL } from './noise.js';

export const HEADER = ['Customer ID', 'Name', 'Company', 'Email', 'Mobile', 'Phone', 'Address', 'City', 'Province', 'Postcode', 'Created', 'Amount'];
const EXTRA = new Weighted([[1, 60], [2, 30], [3, 10]]);

/** A mailbox belongs to one person: a taken address gets digits, as the mail provider would insist. */
function uniqueEmail(email, taken, rng) {
  if (!email) return email;
  let candidate = email;
  const at = email.indexOf('@');
  while (taken.has(candidate)) candidate = `${email.slice(0, at)}${rng.range(1, 9999)}${email.slice(at)}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Yields { id, cluster, cells } for exactly `rows` rows. Options: seed, dupRate (share of entities
 * with duplicates), cnShare (share of Chinese customers).
 */
export function* generateRows({ rows, seed = 20240719, dupRate = 0.2, cnShare = 0.6 }) {
  const rng = new Rng(seed);
  const idWidth = Math.max(7, String(rows).length);
  const window = Math.max(10, Math.min(200000, Math.floor(rows / 4)));
  const pending = new Map(); // entity step → rows due then
  let pendingCount = 0;
  let written = 0;
  const takenEmails = new Set();
  const emit = (cells, cluster) => {
    written++;
    cells[COL.id] = 'C' + String(written).padStart(idWidth, '0');
    return { id: cells[COL.id], cluster, cells };
  };
  for (let step = 0; ; step++) {
    const due = pending.get(step);
    if (due) {
      pending.delete(step);
      pendingCount -= due.length;
      for (const d of due) yield emit(d.cells, d.cluster);
    }
    if (written + pendingCount >= rows) break;
    const e = rng.chance(cnShare) ? createCnEntity(rng) : createLatinEntity(rng);
    e.email = uniqueEmail(e.email, takenEmails, rng);
    const render = e.kind === 'cn' ? renderCn : renderLatin;
    const cluster = 'E' + String(step + 1).padStart(idWidth, '0');
    const first = render(e, rng);
    addPlaceholders(first, e, rng);
    yield emit(first, cluster);
    if (!rng.chance(dupRate)) continue;
    const extra = Math.min(EXTRA.value(rng), rows - written - pendingCount);
    for (let k = 0; k < extra; k++) {
      const cells = render(e, rng);
      addNoise(cells, e, rng);
      addPlaceholders(cells, e, rng);
      const at = step + 1 + rng.int(window);
      const list = pending.get(at);
      if (list) list.push({ cells, cluster });
      else pending.set(at, [{ cells, cluster }]);
      pendingCount++;
    }
  }
  // Duplicates due after the last entity: flush in the order they were due.
  for (const at of [...pending.keys()].sort((a, b) => a - b)) for (const d of pending.get(at)) yield emit(d.cells, d.cluster);
}

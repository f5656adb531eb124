// Read + map + standardizeRecord over every row, streaming (records are not kept): rows/s, changes, RSS.
import { loadDist, report, secondsSince } from './lib/child.js';
import { openMapped } from './lib/recon.js';

const file = process.argv[2];
const { standardizeRecord } = await loadDist('standardize/index.js', ['standardizeRecord']);
const ctx = { defaultRegion: 'CN', dateOrder: 'ymd' };
const t0 = performance.now();
const { table, toRecord } = await openMapped(file);
let rows = 0;
let changes = 0;
let problems = 0;
const changesByField = {};
const problemsByField = {};
for await (const raw of table.rows) {
  const out = standardizeRecord(toRecord(raw), ctx);
  rows++;
  changes += out.changes.length;
  for (const c of out.changes) changesByField[c.field] = (changesByField[c.field] ?? 0) + 1;
  problems += out.record.problems.length;
  for (const p of out.record.problems) problemsByField[p.field] = (problemsByField[p.field] ?? 0) + 1;
}
report({ rows, seconds: secondsSince(t0), changes, problems, changesByField, problemsByField });

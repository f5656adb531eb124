// Test helper (not a test): synthetic standardized customers with known duplicates, for the
// scale check and the EM test. Seeded, so the same arguments give the same records.
import { mulberry32 } from '../../src/match/random.js';
import type { CleanRecord } from '../../src/types.js';

const FIRST = ['James', 'Mary', 'John', 'Linda', 'Wei', 'Fang', 'Min', 'Jing', 'Olivia', 'Noah', 'Emma', 'Liam',
  'Sophia', 'Lucas', 'Mia', 'Ethan', 'Ava', 'Mason', 'Isla', 'Leo', 'Hao', 'Yan', 'Lei', 'Xin', 'Chloe', 'Jack',
  'Grace', 'Henry', 'Ruby', 'Oscar', 'Ella', 'Arthur', 'Freya', 'Theo', 'Ivy', 'Finn', 'Zoe', 'Hugo', 'Lily', 'Max'];
const LAST = ['Smith', 'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Huang',
  'Zhao', 'Wu', 'Zhou', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Xu',
  'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Baxter', 'Osei', 'Kowalski', 'Nakamura', 'Fischer', 'Moreau', 'Rossi', 'Novak'];
const CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'London', 'Leeds', 'Sydney', 'Chengdu', 'Wuhan', 'Paris', 'Berlin'];
const STREETS = ['High Street', 'Nanjing Road', 'Station Road', 'Park Lane', 'Renmin Road', 'Church Street', 'Mill Lane'];

export interface Synthetic {
  records: CleanRecord[];
  /** True entity per record. */
  entity: Int32Array;
}

function typo(rand: () => number, v: string): string {
  if (v.length < 3) return v;
  const i = 1 + Math.floor(rand() * (v.length - 2));
  const r = rand();
  if (r < 0.33) return v.slice(0, i) + v.slice(i + 1); // deletion
  if (r < 0.66) return v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2); // transposition
  return v.slice(0, i) + 'aeiourn'[Math.floor(rand() * 7)] + v.slice(i + 1); // substitution
}

function record(i: number, fields: CleanRecord['fields']): CleanRecord {
  const first = fields.first_name ?? '';
  const last = fields.last_name ?? '';
  const names = [first, last].filter((v) => v !== '').map((v) => v.toLowerCase());
  const keys: Record<string, string> = {};
  if (names.length) {
    keys.name_key = names.join(' ');
    keys.pinyin_key = [...names].sort().join(' ');
  }
  return { source: 'synthetic', file: 'synthetic.csv', row: i + 2, fields, extra: {}, keys, problems: [] };
}

/** `entities` people, each with a 1/3 chance of 1-3 noisy duplicates (typos, blanks, swapped names). */
export function syntheticCustomers(entities: number, seed = 7): Synthetic {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const records: CleanRecord[] = [];
  const entity: number[] = [];
  for (let e = 0; e < entities; e++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const dob = `${1940 + Math.floor(rand() * 65)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const base = {
      first_name: first,
      last_name: last,
      birth_date: dob,
      email: `${first}.${last}${Math.floor(rand() * 10000)}@example${Math.floor(rand() * 50)}.com`.toLowerCase(),
      phone: `+86138${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      city: pick(CITIES),
      postcode: String(100000 + Math.floor(rand() * 900000)),
      address: `${1 + Math.floor(rand() * 300)} ${pick(STREETS)}`.toLowerCase(),
    };
    const copies = rand() < 1 / 3 ? 1 + Math.floor(rand() * 3) : 0;
    records.push(record(records.length, { ...base }));
    entity.push(e);
    for (let c = 0; c < copies; c++) {
      const f: CleanRecord['fields'] = { ...base };
      if (rand() < 0.3) f.first_name = typo(rand, first);
      if (rand() < 0.3) f.last_name = typo(rand, last);
      if (rand() < 0.1) [f.first_name, f.last_name] = [f.last_name, f.first_name];
      if (rand() < 0.2) f.email = rand() < 0.5 ? '' : typo(rand, base.email);
      if (rand() < 0.3) f.phone = '';
      if (rand() < 0.15) f.birth_date = typo(rand, dob);
      if (rand() < 0.2) f.address = typo(rand, base.address);
      if (rand() < 0.1) f.city = '';
      records.push(record(records.length, f));
      entity.push(e);
    }
  }
  return { records, entity: Int32Array.from(entity) };
}

/** Pairs put in one cluster: of the same entity (found) and of different ones (wrong). */
export function linkedPairs(clusters: ArrayLike<number>, entity: ArrayLike<number>): { found: number; wrong: number } {
  let wrong = 0;
  let found = 0;
  for (let a = 0; a < clusters.length; a++) {
    for (let b = a + 1; b < clusters.length; b++) {
      if (clusters[a] !== clusters[b]) continue;
      if (entity[a] === entity[b]) found++;
      else wrong++;
    }
  }
  return { found, wrong };
}

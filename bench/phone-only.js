// normalizePhone alone over every Mobile and Phone value of the file (collected first, untimed):
// the usual hot spot of the clean stage, measured without reading or the other normalizers.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { loadDist, report, secondsSince } from './lib/child.js';

const file = process.argv[2];
const { normalizePhone } = await loadDist('standardize/index.js', ['normalizePhone']);
const values = [];
let cols = null;
for await (const rec of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) {
  if (!cols) cols = ['Mobile', 'Phone'].map((h) => rec.indexOf(h));
  else for (const c of cols) if (rec[c]) values.push(rec[c]);
}
const ctx = { defaultRegion: 'CN', dateOrder: 'ymd' };
const t0 = performance.now();
let changed = 0;
let invalid = 0;
let foreign = 0;
for (const v of values) {
  const r = normalizePhone(v, ctx);
  if (r.changed) changed++;
  if (r.problem) invalid++;
  // No country column here: numbers in a layout no Chinese number has are reported, not read as CN.
  if (r.problem?.startsWith('foreign layout')) foreign++;
}
report({ rows: values.length, unit: 'phone values', seconds: secondsSince(t0), changed, invalid, foreignLayout: foreign });

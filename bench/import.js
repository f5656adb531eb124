// Read + map through recon (openTable → mapHeaders → createRecordMapper), streaming: rows/s and peak RSS.
import { report, secondsSince, sink } from './lib/child.js';
import { openMapped } from './lib/recon.js';

const file = process.argv[2];
const t0 = performance.now();
const { table, toRecord, mapped, rejected } = await openMapped(file);
let rows = 0;
for await (const raw of table.rows) {
  const rec = toRecord(raw);
  sink(rec.fields.name);
  rows++;
}
const m = table.meta;
report({
  rows,
  seconds: secondsSince(t0),
  rejected: rejected.count,
  format: m.format,
  encoding: m.encoding,
  headerRow: m.headerRow,
  mapped: `${Object.keys(mapped).length}/${m.header.length} columns`,
  unmapped: m.header.filter((h) => !(h in mapped)),
});

// Baseline: exceljs's streaming WorkbookReader alone over an xlsx, touching each row's values.
import ExcelJS from 'exceljs';
import { report, secondsSince, sink } from './lib/child.js';

const file = process.argv[2];
const t0 = performance.now();
let rows = -1; // header row
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { entries: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
for await (const sheet of reader) {
  for await (const row of sheet) {
    rows++;
    sink(row.values[2]);
  }
}
report({ rows, seconds: secondsSince(t0) });

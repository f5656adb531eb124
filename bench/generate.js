#!/usr/bin/env node
// Writes a realistic customer export with known duplicates, deterministically (seeded PRNG):
//   node bench/generate.js --rows 1000000 --out bench/data/customers-1m.csv --truth bench/data/customers-1m.truth.csv
//   node bench/generate.js --xlsx --rows 100000 --out bench/data/customers-100k.xlsx
// The truth file (id,cluster) scores a dedupe with ../shared/datasets/score.mjs.
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { generateRows, HEADER } from './gen/rows.js';

const BATCH = 5000;

// RFC 4180 quoting for the generator's own strings. csv-stringify costs ~17 µs a row, more than
// generating the row; this is the one rule it applies to our values, and bench/bare-csv-parse.js
// reads every row back with csv-parse, so a quoting slip shows as a row-count mismatch.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const field = (s) => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvLine = (cells) => cells.map(field).join(',') + '\n';

/** A write stream whose write() waits when the buffer is full (backpressure). */
function openOut(path) {
  mkdirSync(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

async function writeCsv(rows, out, truthOut) {
  await out.write(csvLine(HEADER));
  let n = 0;
  let text = '';
  let truth = '';
  const flush = async () => {
    await out.write(text);
    if (truthOut) await truthOut.write(truth);
    text = '';
    truth = '';
  };
  for (const r of rows) {
    text += csvLine(r.cells);
    truth += `${r.id},${r.cluster}\n`;
    if (++n % BATCH === 0) await flush();
  }
  await flush();
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Cells typed the way a spreadsheet holds them: phones and amounts as numbers, dates as dates. */
function xlsxCells(cells) {
  const out = cells.slice();
  if (/^1\d{10}$/.test(out[4])) out[4] = Number(out[4]);
  if (/^\d+(\.\d+)?$/.test(out[11])) out[11] = Number(out[11]);
  if (/^\d{5}$/.test(out[10])) out[10] = new Date(EXCEL_EPOCH_MS + Number(out[10]) * 86400000);
  else if (/^\d{4}-\d\d-\d\d$/.test(out[10])) out[10] = new Date(`${out[10]}T00:00:00Z`);
  return out;
}

async function writeXlsx(rows, path, truthOut) {
  mkdirSync(dirname(path), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet('客户列表');
  sheet.columns = HEADER.map((h) => ({ header: h, key: h, width: 18, style: h === 'Created' ? { numFmt: 'yyyy-mm-dd' } : {} }));
  let truth = '';
  let n = 0;
  for (const r of rows) {
    sheet.addRow(xlsxCells(r.cells)).commit();
    truth += `${r.id},${r.cluster}\n`;
    if (++n % BATCH === 0 && truthOut) {
      await truthOut.write(truth);
      truth = '';
    }
  }
  if (truthOut) await truthOut.write(truth);
  sheet.commit();
  await wb.commit();
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      truth: { type: 'string' },
      xlsx: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20240719' },
      'dup-rate': { type: 'string', default: '0.2' },
    },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || !values.out) {
    console.error('usage: node bench/generate.js --rows N --out FILE [--truth FILE] [--xlsx] [--seed N] [--dup-rate 0.2]');
    process.exit(2);
  }
  const t0 = performance.now();
  const source = generateRows({ rows, seed: Number(values.seed), dupRate: Number(values['dup-rate']) });
  const truthOut = values.truth ? openOut(values.truth) : null;
  if (truthOut) await truthOut.write('id,cluster\n');
  if (values.xlsx) await writeXlsx(source, values.out, truthOut);
  else {
    const out = openOut(values.out);
    await writeCsv(source, out, truthOut);
    await out.close();
  }
  if (truthOut) await truthOut.close();
  const secs = (performance.now() - t0) / 1000;
  console.error(`generate: ${rows} rows → ${values.out}${values.truth ? ` (+ ${values.truth})` : ''} in ${secs.toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Property: any table written by csv-stringify (random delimiter, line ending, encoding, ragged and
// blank rows, cells with quotes, separators, newlines, CJK) reads back cell for cell, and every record
// is accounted for: header + blank + yielded + rejected = records written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { stringify } from 'csv-stringify/sync';
import { openTable } from '../../src/io/index.js';
import { tempDir, type Rejected } from './helpers.js';
import type { RawRow } from '../../src/types.js';

const file = tempDir('recon-io-prop-');
let counter = 0;

const TRICKY = ['a', 'Z', '0', '9', ' ', '"', "'", ',', ';', '\t', '|', '\n', '\r\n', '张', '伟', '北', 'é', 'ß', '@', '.', '-'];
const PLAIN = ['a', 'Z', '0', '9', ' ', '"', '\n', '张', '伟', '北', 'é', '@', '.', '-'];

const cell = (alphabet: string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((a) => a.join('')) },
  );

/** Header names: unique, non-empty, already trimmed (the reader trims header cells). */
const headerOf = (alphabet: string[]) =>
  fc
    .uniqueArray(cell(alphabet).map((s) => s.trim()).filter((s) => s !== ''), { minLength: 1, maxLength: 6 })
    .chain((h) => fc.constant(h));

/** Ragged tables (rows up to 2 cells shorter or longer than the header), or rectangular ones. */
function tableArb(alphabet: string[], minWidth: number, ragged = true) {
  return headerOf(alphabet)
    .filter((h) => h.length >= minWidth)
    .chain((header) =>
      fc.record({
        header: fc.constant(header),
        rows: fc.array(
          fc.array(cell(alphabet), ragged ? { minLength: 1, maxLength: header.length + 2 } : { minLength: header.length, maxLength: header.length }),
          { minLength: ragged ? 0 : 1, maxLength: 25 },
        ),
        delimiter: fc.constantFrom(',', ';', '\t', '|'),
        eol: fc.constantFrom('\n', '\r\n'),
        encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
      }),
    );
}

/** The reader ends a record at any line break outside quotes (files mix CRLF and LF), so cells with
 * a line break are quoted, as Excel does; csv-stringify leaves a lone LF unquoted under CRLF. */
const write = (t: { header: string[]; rows: string[][]; delimiter: string; eol: string }) =>
  stringify([t.header, ...t.rows], {
    delimiter: t.delimiter,
    record_delimiter: t.eol === '\n' ? 'unix' : 'windows',
    quoted_match: /[\r\n]/,
  });

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text);
  if (encoding === 'utf-8-bom') return Buffer.from(`\uFEFF${text}`);
  return iconv.encode(text, encoding, { addBOM: true });
}

interface Expected {
  rows: RawRow[];
  blank: number;
  rejected: number[];
}

function expectedOf(header: string[], rows: string[][]): Expected {
  const out: Expected = { rows: [], blank: 0, rejected: [] };
  rows.forEach((cells, i) => {
    const row = i + 2; // as Excel shows it: one row per record, the header being row 1
    if (blank(cells)) out.blank++;
    else if (cells.length > header.length && !blank(cells.slice(header.length))) out.rejected.push(row);
    else out.rows.push({ row, cells: [...cells, ...Array(header.length).fill('')].slice(0, header.length) });
  });
  return out;
}

async function readBack(path: string, delimiter?: string) {
  const rejects: Rejected[] = [];
  const table = await openTable(path, { headerRow: 1, delimiter }, (r) => rejects.push(r));
  const rows: RawRow[] = [];
  for await (const r of table.rows) rows.push(r);
  return { table, rows, rejects };
}

describe('round trip through csv-stringify and openTable', () => {
  it('every row comes back equal, and rows in = blank + yielded + rejected', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb(TRICKY, 1), async (t) => {
        const text = write(t);
        const path = file(`t${counter++}.csv`, encode(text, t.encoding));
        const { table, rows, rejects } = await readBack(path, t.delimiter === '\t' ? 'tab' : t.delimiter);
        const want = expectedOf(t.header, t.rows);
        expect(table.meta.header).toEqual(t.header);
        expect(rows).toEqual(want.rows);
        expect(rejects.map((r) => r.row)).toEqual(want.rejected);
        expect(table.stats).toEqual({ dataRows: want.rows.length, blankRows: want.blank, rejected: want.rejected.length });
        expect(1 + table.stats.blankRows + table.stats.dataRows + table.stats.rejected).toBe(1 + t.rows.length);
      }),
      { numRuns: 150 },
    );
  });

  it('the delimiter of a rectangular table is sniffed when cells hold no other separator', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb(PLAIN, 2, false), async (t) => {
        const text = write(t);
        const path = file(`s${counter++}.csv`, encode(text, t.encoding));
        const { table, rows, rejects } = await readBack(path);
        expect(table.meta.delimiter).toBe(t.delimiter);
        const want = expectedOf(t.header, t.rows);
        expect(rows.length + rejects.length).toBe(want.rows.length + want.rejected.length);
      }),
      { numRuns: 100 },
    );
  });
});

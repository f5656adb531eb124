// Malformed and unusable files: a clear InputError for unusable ones, rejects for bad rows.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { InputError, openTable } from '../../src/io/index.js';
import { cellsOf, readTable, tempDir } from './helpers.js';

const file = tempDir();

/** A minimal zip with one stored entry: a zip that is not an xlsx workbook. */
function zipWith(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  const packed = deflateRawSync(data);
  header.writeUInt32LE(packed.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), packed]);
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const OLE = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

const fatal: Array<{ name: string; data: Buffer | string; message: RegExp; row?: number }> = [
  { name: 'zero bytes', data: '', message: /empty\.csv: empty file$/ },
  { name: 'only a BOM and white space', data: '\uFEFF \r\n\t\r\n', message: /empty file/ },
  { name: 'only blank rows of delimiters', data: ',,,\n,,\n', message: /empty file \(no row with any text\)/ },
  { name: 'a PNG image', data: PNG, message: /not a text file \(looks like a PNG image\)/ },
  { name: 'NUL bytes that are not UTF-16', data: Buffer.from('name,phone\n\0\0\0\x01\x02\0\0\0\0\x03ann,1\n'), message: /not a text file \(binary data\)/ },
  { name: 'a zip that is not a workbook', data: zipWith('readme.txt', 'hello'), message: /not an \.xlsx workbook/ },
  { name: 'a legacy .xls', data: OLE, message: /legacy Excel \.xls.*libreoffice --headless --convert-to xlsx .*legacy\.xls/ },
];

describe('unusable files throw one-line InputErrors naming the file', () => {
  it.each(fatal)('$name', async (c) => {
    const base = c.name === 'zero bytes' ? 'empty.csv' : c.name === 'a legacy .xls' ? 'legacy.xls' : `${c.name.replace(/\W+/g, '_')}.csv`;
    const path = file(base, c.data);
    const err = await readTable(path).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.message).toMatch(c.message);
    expect(e.message).toContain(path);
    expect(e.message).not.toContain('\n');
    expect(e.file).toBe(path);
  });

  it('a missing file', async () => {
    await expect(openTable('/nonexistent/dir/customers.csv')).rejects.toThrow('/nonexistent/dir/customers.csv: no such file');
  });

  it('an unclosed quote names the row where the quote opened', async () => {
    const path = file('unclosed.csv', 'name,notes\nAnn,ok\nBob,"starts here\nand runs\nCarl,on\n');
    const rows: number[] = [];
    const err = await (async () => {
      const t = await openTable(path);
      for await (const r of t.rows) rows.push(r.row);
    })().then(() => undefined, (e: unknown) => e as InputError);
    expect(err).toBeInstanceOf(InputError);
    expect(err?.message).toBe(`${path}: row 3: a quote opened in this row is never closed (the rest of the file would be one field)`);
    expect(err?.row).toBe(3);
  });

  it('an unclosed quote after many rows is still reported at its row', async () => {
    const lines = ['id,name'];
    for (let i = 1; i <= 3000; i++) lines.push(`${i},name ${i}`);
    lines.push('3001,"never closed', '3002,x');
    const path = file('late-unclosed.csv', lines.join('\n'));
    const err = await readTable(path).then(() => undefined, (e: unknown) => e as InputError);
    expect(err?.row).toBe(3002);
  });
});

describe('usable files with bad rows', () => {
  it('ragged rows: short ones padded, long ones rejected, empty extra cells trimmed', async () => {
    const text = 'id,name,city\n1,Ann\n2,Bob,Paris,FR,EU\n3,Cy,Rome,,\n4,Di,Oslo\n';
    const { table, rows, rejects } = await readTable(file('ragged.csv', text));
    expect(cellsOf(rows)).toEqual([['1', 'Ann', ''], ['3', 'Cy', 'Rome'], ['4', 'Di', 'Oslo']]);
    expect(rejects).toEqual([{ row: 3, column: '', value: '2,Bob,Paris,FR,EU', reason: 'row has 5 cells, header has 3' }]);
    expect(table.stats).toEqual({ dataRows: 3, blankRows: 0, rejected: 1 });
  });

  it('header only: no rows, and a problem says so', async () => {
    const { table, rows } = await readTable(file('header-only.csv', 'Name,Email,Phone\r\n\r\n'));
    expect(rows).toEqual([]);
    expect(table.meta.header).toEqual(['Name', 'Email', 'Phone']);
    expect(table.meta.problems).toContain('header only: no data rows');
  });

  it('duplicate and empty header names are made unique and reported', async () => {
    const { table, rows } = await readTable(file('dupes.csv', 'Email,Name,Email,,Email (2),Email\na,b,c,d,e,f\n'));
    expect(table.meta.header).toEqual(['Email', 'Name', 'Email (3)', 'column_4', 'Email (2)', 'Email (4)']);
    expect(table.meta.problems).toEqual(['duplicate header name "Email" in 3 columns: named "Email", "Email (3)", "Email (4)"']);
    expect(cellsOf(rows)).toEqual([['a', 'b', 'c', 'd', 'e', 'f']]);
  });

  it('rejects carry on: rows after a rejected row are read', async () => {
    const lines = ['a,b', ...Array.from({ length: 50 }, (_, i) => (i % 10 === 0 ? `${i},x,EXTRA` : `${i},x`))];
    const { table, rows, rejects } = await readTable(file('many-rejects.csv', lines.join('\n')));
    expect(rejects.map((r) => r.row)).toEqual([2, 12, 22, 32, 42]);
    expect(rows).toHaveLength(45);
    expect(table.stats.dataRows + table.stats.rejected).toBe(50);
  });
});

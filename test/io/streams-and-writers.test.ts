// stdin-like streams (peeked, then continued) and the atomic writers.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { createAtomicWriter, openTableFromStream, writeFileAtomic } from '../../src/io/index.js';
import { drain, tempDir } from './helpers.js';

const file = tempDir();

/** A stream that hands out the bytes in small odd-sized chunks, as a pipe would. */
function chunked(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts, { objectMode: false });
}

function bigTable(n: number): { text: string; names: string[] } {
  const names = Array.from({ length: n }, (_, i) => `客户${i}号 "Ü"`);
  const lines = ['编号,名称,备注', ...names.map((name, i) => `${i + 1},"${name.replace(/"/g, '""')}",第${i}行`)];
  return { text: `${lines.join('\r\n')}\r\n`, names };
}

describe('streams', () => {
  it.each([
    ['utf-8', 7777],
    ['gb18030', 4099],
    ['utf-16le', 65537],
  ])('reads %s text larger than the sniffing window from chunks of %i bytes', async (encoding, size) => {
    const { text, names } = bigTable(5000);
    const bytes = encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' });
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const table = await openTableFromStream('-', chunked(bytes, size));
    const rows = await drain(table);
    expect(table.meta.encoding).toBe(encoding);
    expect(rows).toHaveLength(5000);
    expect(rows.map((r) => r.cells[1])).toEqual(names);
    expect(rows[4999]).toEqual({ row: 5001, cells: ['5000', names[4999], '第4999行'] });
  });

  it('an empty stream is an empty file', async () => {
    await expect(openTableFromStream('-', chunked(Buffer.alloc(0), 1))).rejects.toThrow('<stdin>: empty file');
  });
});

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const path = file('out.csv', 'old');
    await writeFileAtomic(path, 'a,b\n1,2\n');
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails without creating anything when the directory is missing', async () => {
    const path = join(dirname(file('x', '')), 'missing', 'out.csv');
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(/ENOENT/);
    expect(existsSync(path)).toBe(false);
  });
});

describe('createAtomicWriter', () => {
  it('the file appears only on commit', async () => {
    const path = join(dirname(file('y', '')), 'golden.csv');
    const w = createAtomicWriter(path);
    for (let i = 0; i < 2000; i++) await w.write(`${i},${'x'.repeat(100)}\n`);
    expect(existsSync(path)).toBe(false);
    await w.commit();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(2001);
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes chunks in order while many are in flight, waiting only when told to', async () => {
    const path = join(dirname(file('z', '')), 'audit.ndjson');
    const w = createAtomicWriter(path);
    // 48 MB in chunks of odd sizes, text and bytes, more than the writer lets wait unwritten.
    const parts: Buffer[] = [];
    let waits = 0;
    for (let i = 0; i < 60; i++) {
      const part = Buffer.alloc(700_000 + ((i * 7919) % 300_000), 97 + (i % 26));
      parts.push(part);
      const wait = i % 2 ? w.write(part) : w.write(part.toString('latin1'));
      if (wait) {
        waits++;
        await wait;
      }
    }
    await w.commit();
    expect(waits).toBeGreaterThan(0);
    expect(readFileSync(path).equals(Buffer.concat(parts))).toBe(true);
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file that cannot be made fails the commit, and leaves nothing behind', async () => {
    const dir = join(dirname(file('w', '')), 'no-such-dir');
    const w = createAtomicWriter(join(dir, 'golden.csv'));
    await Promise.resolve(w.write('a,b\n')).catch(() => undefined);
    await expect(w.commit()).rejects.toThrow(/ENOENT/);
    expect(existsSync(dir)).toBe(false);
  });

  it('abort keeps the old file and removes the temporary one', async () => {
    const path = file('keep.csv', 'previous run\n');
    const w = createAtomicWriter(path);
    await w.write('half a fi');
    await w.abort();
    expect(readFileSync(path, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('stopping early', () => {
  it('a consumer may break out of the rows; the statistics stop there', async () => {
    const { text } = bigTable(3000);
    const table = await openTableFromStream('-', chunked(Buffer.from(text), 10_000));
    let seen = 0;
    for await (const _row of table.rows) if (++seen === 10) break;
    expect(table.stats.dataRows).toBe(10);
  });
});

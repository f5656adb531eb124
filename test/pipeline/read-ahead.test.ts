// Reading rows ahead (to infer date orders) loses, repeats and reorders nothing: every row comes out
// once, in order, whatever the number of rows around the read-ahead size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAhead } from '../../src/pipeline/read-ahead.js';
import { DATE_SAMPLE_ROWS, openSources, parseInputSpecs, readRecords } from '../../src/pipeline/sources.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Reject } from '../../src/types.js';
import { tempDir } from '../helpers/tmp.js';

async function* numbers(count: number, failAt?: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error(`read error at ${i}`);
    yield i;
  }
}

async function drain<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('readAhead', () => {
  it('every row once and in order, for row counts around the read-ahead size (property)', async () => {
    const sizes = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: Math.max(0, n - 3), max: n + 3 })));
    await fc.assert(
      fc.asyncProperty(sizes, async ([n, count]) => {
        const ahead = await readAhead(numbers(count), n);
        expect(ahead.sample).toEqual(range(Math.min(n, count)));
        expect(await drain(ahead.rows)).toEqual(range(count));
      }),
      { numRuns: 300 },
    );
  });

  it('a read error comes after the rows read before it, as without reading ahead', async () => {
    for (const [n, failAt] of [[10, 4], [10, 10], [4, 10]] as const) {
      const ahead = await readAhead(numbers(20, failAt), n);
      const seen: number[] = [];
      await expect((async () => {
        for await (const row of ahead.rows) seen.push(row);
      })()).rejects.toThrow(`read error at ${failAt}`);
      expect(seen).toEqual(range(failAt));
    }
  });

  it('onStart runs once, when the rows are first asked for', async () => {
    let starts = 0;
    const ahead = await readAhead(numbers(5), 3, () => starts++);
    expect(starts).toBe(0);
    expect(await drain(ahead.rows)).toEqual(range(5));
    expect(starts).toBe(1);
  });

  it('stopping early releases the underlying stream', async () => {
    let released = false;
    async function* rows() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        released = true;
      }
    }
    const ahead = await readAhead(rows(), 3);
    for await (const row of ahead.rows) if (row === 5) break;
    expect(released).toBe(true);
  });
});

describe('openSources: the date read-ahead keeps rows and rejects in input order', () => {
  const dir = tempDir();
  const N = DATE_SAMPLE_ROWS;
  const wide = (i: number, count: number) => i % 997 === 0 || i === count;

  /** A CSV of `count` data rows with a birth-date column; every 997th row and the last are too wide
   *  (rejects: the last one, past the read-ahead, is met only after the next source was read ahead). */
  function csv(name: string, count: number): string {
    const lines = ['ID,Birthdate'];
    for (let i = 1; i <= count; i++) lines.push(wide(i, count) ? `${name}${i},7/19/1980,extra` : `${name}${i},03/04/1980`);
    const path = join(dir, `${name}-${count}.csv`);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  }

  it('every record once and in order, rejects source after source (property over counts around N)', async () => {
    const count = fc.integer({ min: N - 3, max: N + 3 });
    await fc.assert(
      fc.asyncProperty(count, count, async (a, b) => {
        const rejects: Reject[] = [];
        const sources = await openSources(parseInputSpecs([`a=${csv('a', a)}`, `b=${csv('b', b)}`]), defaultConfig(), {}, (r) => rejects.push(r));
        const ids: string[] = [];
        const rows: number[] = [];
        for await (const rec of readRecords(sources)) {
          ids.push(rec.fields.id!);
          rows.push(rec.row);
        }
        const expected = (name: string, count: number) => range(count).map((i) => i + 1).filter((i) => !wide(i, count)).map((i) => `${name}${i}`);
        expect(ids).toEqual([...expected('a', a), ...expected('b', b)]);
        expect(rows).toEqual([...expected('a', a), ...expected('b', b)].map((id) => Number(id.slice(1)) + 1));
        const rejected = (name: string, count: number) => range(count).map((i) => i + 1).filter((i) => wide(i, count)).map((i) => `${name}:${i + 1}`);
        expect(rejects.map((r) => `${r.source}:${r.row}`)).toEqual([...rejected('a', a), ...rejected('b', b)]);
        expect(sources.map((s) => s.table.stats.dataRows + s.table.stats.rejected)).toEqual([a, b]);
      }),
      { numRuns: 8 },
    );
  });
});

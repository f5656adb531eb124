// Levels computed on several threads equal the single-threaded ones. Workers run compiled code, so
// this test drives the built dist/ (npm test builds first), as the CLI tests do.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCustomers } from './synthetic.js';

const DIST = new URL('../../dist/match/', import.meta.url);
const built = existsSync(new URL('parallel-levels.js', DIST));

describe.skipIf(!built)('comparison levels on worker threads', () => {
  it('are the same as on one thread, for every share of the pairs', async () => {
    const { ColumnStore } = await import(new URL('columns.js', DIST).href);
    const { compileComparison } = await import(new URL('levels.js', DIST).href);
    const { computeAllLevels, parallelStats } = await import(new URL('parallel-levels.js', DIST).href);
    const { block } = await import(new URL('blocking.js', DIST).href);
    const { DEFAULT_SETTINGS } = await import(new URL('defaults.js', DIST).href);
    const { records } = syntheticCustomers(3000, 5);
    const store = new ColumnStore(records);
    const { pairs } = block(store, DEFAULT_SETTINGS.blocking, { maxBlockSize: 500 });
    const comps = DEFAULT_SETTINGS.comparisons.map((c: unknown) => compileComparison(c, store));
    expect(pairs.length).toBeGreaterThan(1000);
    const one = computeAllLevels(DEFAULT_SETTINGS.comparisons, comps, store, pairs, 1, 0);
    for (const threads of [2, 3]) {
      const many = computeAllLevels(DEFAULT_SETTINGS.comparisons, comps, store, pairs, threads, 0);
      many.forEach((levels: Uint8Array, k: number) => expect(Buffer.from(levels).equals(Buffer.from(one[k]))).toBe(true));
    }
    expect(parallelStats).toEqual({ workerShares: 3, fallbacks: 0 }); // 1 worker, then 2
  });
});

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
    const one = computeAllLevels(DEFAULT_SETTINGS.comparisons, comps, store, pairs, 1, { minPairs: 0 });
    const same = (many: Uint8Array[]) =>
      many.forEach((levels: Uint8Array, k: number) => expect(Buffer.from(levels).equals(Buffer.from(one[k]))).toBe(true));
    // Workers alone (this thread claims nothing), in small chunks so several threads share them.
    for (const threads of [2, 3]) same(computeAllLevels(DEFAULT_SETTINGS.comparisons, comps, store, pairs, threads, { minPairs: 0, chunk: 500, mainJoins: false }));
    const chunks = Math.ceil(pairs.length / 500);
    expect(parallelStats).toEqual({ workerChunks: 2 * chunks, mainChunks: 0, fallbacks: 0 });
    // Every thread claiming, with work run here first: the same levels, every chunk done once.
    let ran = false;
    same(computeAllLevels(DEFAULT_SETTINGS.comparisons, comps, store, pairs, 2, { minPairs: 0, chunk: 500, meanwhile: () => (ran = true) }));
    expect(ran).toBe(true);
    expect(parallelStats.workerChunks + parallelStats.mainChunks).toBe(3 * chunks);
    expect(parallelStats.fallbacks).toBe(0);
  });
});

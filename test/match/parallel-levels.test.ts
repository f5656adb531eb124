// Levels computed on several threads equal the single-threaded ones. Workers run compiled code, so
// this test drives the built dist/ (npm test builds first), as the CLI tests do.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCustomers } from './synthetic.js';

const DIST = new URL('../../dist/match/', import.meta.url);
const built = existsSync(new URL('parallel-levels.js', DIST));

describe.skipIf(!built)('comparison levels on worker threads', () => {
  it('are the same as on one thread, for every share of the pairs, pair set after pair set', async () => {
    const { ColumnStore } = await import(new URL('columns.js', DIST).href);
    const { compileComparison } = await import(new URL('levels.js', DIST).href);
    const { LevelThreads, parallelStats } = await import(new URL('parallel-levels.js', DIST).href);
    const { block } = await import(new URL('blocking.js', DIST).href);
    const { DEFAULT_SETTINGS } = await import(new URL('defaults.js', DIST).href);
    const { uSample } = await import(new URL('training.js', DIST).href);
    const { records } = syntheticCustomers(3000, 5);
    const store = new ColumnStore(records);
    const { pairs } = block(store, DEFAULT_SETTINGS.blocking, { maxBlockSize: 500 });
    const comps = DEFAULT_SETTINGS.comparisons.map((c: unknown) => compileComparison(c, store));
    expect(pairs.length).toBeGreaterThan(1000);
    // Two pair sets, as the match stage gives them: u's random pairs, then the candidates.
    const random = uSample(records.length, 4000, 7);
    const sets = [
      { a: random.a, b: random.b, count: random.a.length },
      { a: pairs.a, b: pairs.b, count: pairs.length },
    ];
    const levelsOf = (threads: number, opts: object) => {
      const t = new LevelThreads(DEFAULT_SETTINGS.comparisons, comps, store, threads, { minRecords: 0, ...opts });
      try {
        const submitted = sets.map((p) => t.submit(p.a, p.b, p.count)); // both posted before either is read
        return submitted.map((s: { levels(): Uint8Array[] }) => s.levels());
      } finally {
        t.close();
      }
    };
    const one = levelsOf(1, {});
    const same = (many: Uint8Array[][]) =>
      many.forEach((set, k) => set.forEach((levels, c) => expect(Buffer.from(levels).equals(Buffer.from(one[k]![c]!))).toBe(true)));
    const chunks = sets.reduce((n, p) => n + Math.ceil(p.count / 500), 0);
    // Workers alone (this thread claims nothing), in small chunks so several threads share them.
    for (const threads of [2, 3]) same(levelsOf(threads, { chunk: 500, mainJoins: false }));
    expect(parallelStats).toEqual({ workerChunks: 2 * chunks, mainChunks: 0, fallbacks: 0 });
    // Every thread claiming: the same levels, every chunk done once.
    same(levelsOf(2, { chunk: 500 }));
    expect(parallelStats.workerChunks + parallelStats.mainChunks).toBe(3 * chunks);
    expect(parallelStats.fallbacks).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { CompiledComparison } from '../../src/match/levels.js';
import { mulberry32 } from '../../src/match/random.js';
import { collectPatterns, trainModel } from '../../src/match/training.js';

/** A comparison stub: training only reads names and the null level. */
const comparison = (name: string, levels: string[]): CompiledComparison => ({
  name,
  levelNames: levels,
  nullLevel: -1,
  tfColumns: levels.map(() => null),
  levelOf: () => 0,
});

function draw(rand: () => number, probs: number[]): number {
  let r = rand();
  for (let l = 0; l < probs.length; l++) if ((r -= probs[l]) < 0) return l;
  return probs.length - 1;
}

describe('trainModel (EM with u fixed)', () => {
  it('recovers m and lambda from unlabelled pairs drawn with known parameters', () => {
    const m = [
      [0.85, 0.1, 0.05],
      [0.7, 0.2, 0.1],
      [0.9, 0.1],
      [0.6, 0.3, 0.1],
    ];
    const u = [
      [0.01, 0.04, 0.95],
      [0.005, 0.02, 0.975],
      [0.02, 0.98],
      [0.05, 0.15, 0.8],
    ];
    const lambda = 0.2;
    const rand = mulberry32(3);
    const pairs = 40_000;
    const levels = m.map(() => new Uint8Array(pairs));
    for (let i = 0; i < pairs; i++) {
      const probs = rand() < lambda ? m : u;
      probs.forEach((p, k) => (levels[k][i] = draw(rand, p)));
    }
    const comps = m.map((row, k) => comparison(`c${k}`, row.map((_, l) => `l${l}`)));
    const patterns = collectPatterns(levels, pairs, m.map((row) => row.length));
    const model = trainModel(comps, u, patterns, { maxIterations: 200, totalPairs: pairs });
    expect(model.converged).toBe(true);
    expect(model.lambda).toBeCloseTo(lambda, 1);
    expect(Math.abs(model.lambda - lambda)).toBeLessThan(0.01);
    model.comparisons.forEach((c, k) =>
      c.levels.forEach((lv, l) => {
        expect(Math.abs(lv.m - m[k][l])).toBeLessThan(0.02);
        expect(lv.u).toBe(u[k][l]);
        expect(lv.weight).toBeCloseTo(Math.log2(lv.m / lv.u), 9);
      }),
    );
  });

  it('groups identical level patterns with their counts', () => {
    const levels = [Uint8Array.from([0, 1, 0, 0]), Uint8Array.from([2, 2, 2, 1])];
    const p = collectPatterns(levels, 4, [2, 3]);
    expect(p.size).toBe(3);
    expect(Array.from(p.counts)).toEqual([2, 1, 1]);
    expect(Array.from(p.ofPair)).toEqual([0, 1, 0, 2]);
  });
});

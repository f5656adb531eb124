// belowProbability settles most scores by comparing them with the threshold's own score; its answer
// must be probability(score) < threshold, exactly, for any threshold and score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belowProbability, probability } from '../../src/match/scoring.js';

describe('belowProbability', () => {
  it('is probability(score) < threshold, exactly, near the threshold and far from it', () => {
    const threshold = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 0.9, 0.99, 1e-12, 1 - 1e-12));
    const score = fc.double({ min: -80, max: 80, noNaN: true });
    const nudge = fc.double({ min: -2e-3, max: 2e-3, noNaN: true });
    fc.assert(
      fc.property(threshold, fc.array(score, { maxLength: 20 }), fc.array(nudge, { maxLength: 20 }), (t, scores, nudges) => {
        const below = belowProbability(t);
        const at = Math.log2(t / (1 - t));
        const near = Number.isFinite(at) ? nudges.map((d) => at + d) : [];
        for (const s of [...scores, ...near, 64, -64]) expect(below(s)).toBe(probability(s) < t);
      }),
      { numRuns: 3000 },
    );
  });
});

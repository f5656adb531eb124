// The audit's merge lines are spelt out by hand for speed; they must stay what JSON.stringify writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLine } from '../../src/report/dedupe-outputs.js';

describe('mergeLine', () => {
  it('is JSON.stringify of the merge object, byte for byte', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), fc.nat(), fc.string(), (id, field, value, source, row, rule) => {
        const expected = JSON.stringify({ type: 'merge', golden_id: id, field, value, from: { source, row }, rule });
        expect(mergeLine(id, field, value, { source, row, fields: {} }, rule)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

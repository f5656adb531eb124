// The audit's change lines are spelt out by hand for speed; they must stay what JSON.stringify writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeLine } from '../../src/pipeline/jobs/clean-job.js';
import { CANONICAL_FIELDS } from '../../src/types.js';

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('changeLine', () => {
  it('is JSON.stringify of the change object and a newline, byte for byte', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(...CANONICAL_FIELDS), text, text, text, (source, row, field, before, after, rule) => {
        const expected = JSON.stringify({ type: 'change', source, row, field, before, after, rule }) + '\n';
        expect(changeLine({ source, row, field, before, after, rule })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

// Rows cross to a worker as one string: every row must come back as it went, separators,
// empty cells and rows without cells included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRows, encodeRows } from '../../src/pipeline/jobs/rows-codec.js';

const cellText = fc.array(fc.constantFrom('a', '张', ',', '"', '\n', '', ' ', '\u0001', '\u0002', '\u0003', 'é'), { maxLength: 6 }).map((a) => a.join(''));
const rows = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 1_000_000 }), cells: fc.array(cellText, { maxLength: 8 }) }),
  { maxLength: 20 },
);

describe('rows codec', () => {
  it('decode(encode(rows)) is rows', () => {
    fc.assert(
      fc.property(rows, (r) => {
        expect(decodeRows(encodeRows(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a row with no cells and a row of one empty cell apart', () => {
    const r = [{ row: 2, cells: [] }, { row: 3, cells: [''] }, { row: 4, cells: ['', ''] }];
    expect(decodeRows(encodeRows(r))).toEqual(r);
  });
});

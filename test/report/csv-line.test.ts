// csvLine must write exactly what csv-stringify writes (the outputs' bytes did not change when it
// replaced it), and csv-parse must read back the cells it was given.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/report/csv-line.js';

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' a', 'b ', 'x"y', 'a,b', 'a\nb', 'a\r\nb', '\t', '#x', '=1', '张伟, 经理', '"'),
);
const row = fc.array(cell, { minLength: 1, maxLength: 8 });

describe('csvLine', () => {
  it('writes the bytes csv-stringify writes', () => {
    // A block body: an arrow returning the chai assertion object would not read as a pass.
    fc.assert(
      fc.property(row, (cells) => {
        expect(csvLine(cells)).toBe(stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back as the same cells', () => {
    fc.assert(
      fc.property(row, (cells) => {
        const [back] = parse(csvLine(cells), { relax_column_count: true }) as string[][];
        expect(back).toEqual(cells);
      }),
      { numRuns: 2000 },
    );
  });
});

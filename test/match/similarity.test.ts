import { describe, expect, it } from 'vitest';
import { dateTransposed, dateWithin, levenshteinWithin, numericWithin, tokenSetSimilarity } from '../../src/match/similarity.js';

describe('comparators', () => {
  it.each([
    ['1985-03-07', '1985-07-03', true],
    ['1985-03-03', '1985-03-03', false], // same day and month: not a transposition
    ['1985-03-07', '1986-07-03', false],
    ['1985-03-07', '', false],
    ['19850307', '1985-07-03', false],
  ])('dateTransposed(%s, %s) = %s', (a, b, want) => expect(dateTransposed(a, b)).toBe(want));

  it.each([
    ['1990-01-01', '1990-12-31', 364, true],
    ['1990-01-01', '1991-01-02', 365, false],
    ['1990-01-01', 'not a date', 10000, false],
  ])('dateWithin(%s, %s, %i) = %s', (a, b, d, want) => expect(dateWithin(a, b, d)).toBe(want));

  it.each([
    ['kitten', 'sitting', 3, true],
    ['kitten', 'sitting', 2, false],
    ['rhondawilliams@gonzalez-scott.com', 'rhmndawilliams@gnzalez-scott.coo', 0.8, true],
    ['abc', 'xyz', 0.5, false],
  ])('levenshteinWithin(%s, %s, %f) = %s', (a, b, t, want) => expect(levenshteinWithin(a, b, t)).toBe(want));

  it.each([
    ['12 High Street, Leeds', 'Leeds 12 high street', 1],
    ['12 High Street', '14 High Street', 0.5],
    ['', 'x', 0],
  ])('tokenSetSimilarity(%s, %s) = %f', (a, b, want) => expect(tokenSetSimilarity(a, b)).toBeCloseTo(want, 6));

  it('numericWithin', () => {
    expect(numericWithin('100', '104.5', 5)).toBe(true);
    expect(numericWithin('100', 'abc', 5)).toBe(false);
    expect(numericWithin('', '0', 5)).toBe(false);
  });
});

describe('token_set on a column', () => {
  it('equals tokenSetSimilarity of the two values, token sets built once per value', async () => {
    const fc = (await import('fast-check')).default;
    const { columnMeasure } = await import('../../src/match/measures.js');
    const word = fc.constantFrom('road', 'Road', 'st', 'no', '12', '北京', 'a', 'b', 'a-b', '', ' ', ',', '#5');
    const value = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(value, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (values, picks) => {
        const col = { spec: 'address', ids: new Int32Array(0), values, counts: new Int32Array(values.length), nonEmpty: 0 };
        const measure = columnMeasure(col, 'token_set');
        for (const [x, y] of picks) {
          const a = x % values.length;
          const b = y % values.length;
          expect(measure(a, b)).toBeCloseTo(tokenSetSimilarity(values[a]!, values[b]!), 12);
        }
      }),
    );
  });
});

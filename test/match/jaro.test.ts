import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaro, jaroWinkler, jaroWinklerAbove07 } from '../../src/match/jaro.js';

describe('jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896],
    ['Nicholas', 'Nichooas', 0.95],
    ['张伟', '张伟', 1],
    ['', 'ABC', 0],
    ['ABC', 'XYZ', 0],
  ])('%s ~ %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['MARTHA', 'MARHTA', 0.944],
    ['DWAYNE', 'DUANE', 0.822],
    ['DIXON', 'DICKSONX', 0.767],
  ])('jaro %s ~ %s = %f', (a, b, expected) => {
    expect(jaro(a, b)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(b, a)).toBeCloseTo(x, 12);
      }),
    );
  });

  it('the bounded variant agrees at and above 0.7 and stays below 0.7 otherwise', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeéz张'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const exact = jaroWinkler(a, b);
        const fast = jaroWinklerAbove07(a, b);
        if (exact >= 0.7) expect(fast).toBeCloseTo(exact, 12);
        else expect(fast).toBeLessThan(0.7);
        expect(fast).toBeGreaterThanOrEqual(exact - 1e-12);
      }),
    );
  });
});

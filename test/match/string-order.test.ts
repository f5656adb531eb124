// idsInStringOrder must give the order a plain comparison of the strings gives, whatever they share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsInStringOrder } from '../../src/match/string-order.js';

const byComparison = (strings: string[]): number[] =>
  strings.map((_, id) => id).sort((a, b) => (strings[a]! < strings[b]! ? -1 : strings[a]! > strings[b]! ? 1 : 0));

describe('idsInStringOrder', () => {
  it('orders ids as < orders their strings: shared starts, prefixes, U+0000, surrogates, any script', () => {
    // Few units, so that strings share their first three and six units and are prefixes of each other.
    const unit = fc.constantFrom('a', 'b', 'z', '\u0000', '\u0001', '张', '\uffff', '\ud83d', '\ude00', '1');
    const strings = fc.uniqueArray(fc.oneof(fc.string({ unit, maxLength: 9 }), fc.string({ maxLength: 12 })), { maxLength: 300 });
    fc.assert(
      fc.property(strings, (s) => {
        expect([...idsInStringOrder(s)]).toEqual(byComparison(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders long runs that differ only by trailing U+0000s (no unit sets them apart)', () => {
    const s = Array.from({ length: 200 }, (_, k) => 'ab' + '\u0000'.repeat((k * 37) % 200));
    expect([...idsInStringOrder(s)]).toEqual(byComparison(s));
  });

  it('orders e-mails the generator makes, with long shared starts', () => {
    const s = Array.from({ length: 5000 }, (_, i) => `zhang.wei${(i * 7919) % 5000}@example.com`);
    expect([...idsInStringOrder(s)]).toEqual(byComparison(s));
  });
});

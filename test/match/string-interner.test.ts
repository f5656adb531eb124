import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StringInterner } from '../../src/match/string-interner.js';
import { ColumnBuilder } from '../../src/match/columns.js';

/** What the interner must agree with: ids in order of first appearance, as a Map gives them. */
function reference(values: string[]): { ids: number[]; distinct: string[] } {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const ids = values.map((v) => {
    let id = index.get(v);
    if (id === undefined) index.set(v, (id = distinct.push(v) - 1));
    return id;
  });
  return { ids, distinct };
}

describe('StringInterner', () => {
  it('numbers distinct strings in order of first appearance, as a Map does, through every growth', () => {
    // Few distinct characters make many equal strings; a tiny starting table rehashes often.
    const value = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '张', '\u0000', ' '), maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 64 }), (values, expected) => {
        const interner = new StringInterner(expected);
        const ids = values.map((v) => interner.intern(v));
        const want = reference(values);
        expect(ids).toEqual(want.ids);
        expect(interner.values).toEqual(want.distinct);
        expect(interner.size).toBe(want.distinct.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps apart strings whose hashes collide', () => {
    // A hash of the length alone: every string of a length collides, through every rehash.
    const interner = new StringInterner(1, (s) => s.length);
    const values = Array.from({ length: 2_000 }, (_, i) => `${i % 7 === 0 ? '王' : 'w'}${i}`);
    values.forEach((v, i) => expect(interner.intern(v)).toBe(i));
    values.forEach((v, i) => expect(interner.intern(v)).toBe(i));
    expect(interner.size).toBe(2_000);
  });
});

describe('ColumnBuilder', () => {
  it('gives the ids, counts and values a Map-based interning gives, blanks as -1', () => {
    const raw = ['a', ' a ', undefined, '', 'b', 'a', '张伟', 'b', '张伟 '];
    const builder = new ColumnBuilder(2);
    raw.forEach((v) => builder.add(v));
    expect(builder.value(1)).toBe('a');
    expect(builder.value(2)).toBeUndefined();
    const column = builder.build('name');
    expect(Array.from(column.ids)).toEqual([0, 0, -1, -1, 1, 0, 2, 1, 2]);
    expect(column.values).toEqual(['a', 'b', '张伟']);
    expect(Array.from(column.counts)).toEqual([3, 2, 2]);
    expect(column.nonEmpty).toBe(7);
    expect(builder.value(8)).toBe('张伟'); // still readable once built
  });
});

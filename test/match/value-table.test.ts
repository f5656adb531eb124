// ValueTable interns the match stage's values while records stream past; however they arrive (one
// record at a time or a worker's batch), each path's column must be what interning the path's
// values in record order gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueTable } from '../../src/match/value-table.js';

const paths = ['email', 'first_name', 'keys.pinyin_key'];
// Few distinct values, so they recur; blanks, padding and absent values too.
const value = fc.oneof(fc.constantFrom(undefined, '', ' ', 'a', ' a ', 'b', '张伟', 'zhang wei'), fc.string({ maxLength: 3 }));
const record = fc.array(value, { minLength: paths.length, maxLength: paths.length });

describe('ValueTable', () => {
  it('appends the values at its paths, fields and keys, one array per path', async () => {
    const { pathAppender } = await import('../../src/match/value-table.js');
    const append = pathAppender(['email', 'keys.pinyin_key', 'city']);
    const columns: (string | undefined)[][] = [[], [], []];
    append({ fields: { email: 'a@b.cn', city: '' }, keys: { pinyin_key: 'zhang wei' } }, columns);
    append({ fields: {}, keys: {} }, columns);
    expect(columns).toEqual([['a@b.cn', undefined], ['zhang wei', undefined], [undefined, undefined]]);
  });

  it('builds the same columns from batches as from records one by one, ids in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(record, { maxLength: 6 }), { maxLength: 6 }), (batches) => {
        const one = new ValueTable(paths);
        const many = new ValueTable(paths);
        for (const batch of batches) {
          for (const r of batch) one.addValues(r);
          many.addColumns(paths.map((_, k) => batch.map((r) => r[k])), batch.length);
        }
        expect(many.size).toBe(one.size);
        for (const [k, path] of paths.entries()) {
          const a = one.column(path);
          expect(many.column(path)).toEqual(a);
          // Ids follow first appearance; counts and non-empty agree with the values themselves.
          const flat = batches.flat().map((r) => r[k]?.trim() || undefined);
          expect(a.values).toEqual([...new Set(flat.filter((v) => v !== undefined))]);
          expect([...a.ids]).toEqual(flat.map((v) => (v === undefined ? -1 : a.values.indexOf(v))));
          expect([...a.counts]).toEqual(a.values.map((v) => flat.filter((f) => f === v).length));
          expect(a.nonEmpty).toBe(flat.filter((v) => v !== undefined).length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ColumnBuilder } from '../../src/match/columns.js';
import { BatchValuesBuilder, ValueTable } from '../../src/match/value-table.js';

const PATHS = ['city', 'keys.name_key', 'name'];

/** Records with few distinct values (repeats within and across batches), blanks, edge spaces. */
const value = fc.option(fc.constantFrom('', ' ', 'a', ' a', 'a ', 'b', '张伟', '张伟\t', '\u00a0c', 'Zhang Wei'), { nil: undefined });
const record = fc.record({ city: value, name: value, key: value });

describe('ValueTable fed by batches', () => {
  it('gives every path the ids, values, counts and blanks that ColumnBuilder.add gives record by record', () => {
    fc.assert(
      fc.property(fc.array(fc.array(record, { maxLength: 30 }), { maxLength: 8 }), (batches) => {
        const table = new ValueTable(PATHS);
        for (const batch of batches) {
          const builder = new BatchValuesBuilder(PATHS);
          for (const r of batch) builder.add({ fields: { city: r.city, name: r.name }, keys: r.key === undefined ? {} : { name_key: r.key } });
          // The trip to the main thread is a structured clone.
          table.addBatch(structuredClone(builder.finish()));
        }
        const all = batches.flat();
        expect(table.size).toBe(all.length);
        const raw = { city: all.map((r) => r.city), 'keys.name_key': all.map((r) => r.key), name: all.map((r) => r.name) };
        for (const path of PATHS) {
          const one = new ColumnBuilder(1);
          raw[path as keyof typeof raw].forEach((v) => one.add(v));
          const want = one.build(path);
          const got = table.column(path);
          expect(Array.from(got.ids)).toEqual(Array.from(want.ids));
          expect(got.values).toEqual(want.values);
          expect(Array.from(got.counts)).toEqual(Array.from(want.counts));
          expect(got.nonEmpty).toBe(want.nonEmpty);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sends each distinct value of a batch once per path, trimmed, blanks as -1', () => {
    const builder = new BatchValuesBuilder(['city', 'name']);
    builder.add({ fields: { city: '北京', name: ' Li ' }, keys: {} });
    builder.add({ fields: { city: '北京 ', name: '' }, keys: {} });
    builder.add({ fields: { city: 'Beijing', name: 'Li' }, keys: {} });
    const b = builder.finish();
    expect(b.rows).toBe(3);
    expect(b.strings).toEqual(['北京', 'Beijing', 'Li']);
    expect(Array.from(b.start)).toEqual([0, 2, 3]);
    expect(Array.from(b.refs)).toEqual([0, 0, 0, -1, 1, 0]);
  });
});

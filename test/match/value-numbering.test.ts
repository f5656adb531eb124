// Values numbered by jobs on other threads (ValueNumbering) must build the same columns as the
// values added record by record: the dedupe pipeline's match input cannot depend on which thread
// standardized which batch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValueNumbering, ValueTable } from '../../src/match/value-table.js';

const PATHS = ['city', 'email', 'keys.name_key'];
type Rec = { fields: Record<string, string | undefined>; keys: Record<string, string> };

const value = fc.constantFrom('', ' ', 'a', ' a', 'a ', 'b', '张伟', '\u0000x', 'x\t');
const record = fc.record({ city: value, email: value, name: value }).map(
  ({ city, email, name }): Rec => ({ fields: { city, email }, keys: name === '' ? {} : { name_key: name } }),
);

function columns(table: ValueTable) {
  return PATHS.map((p) => {
    const c = table.column(p);
    return { ids: Array.from(c.ids), values: c.values, counts: Array.from(c.counts), nonEmpty: c.nonEmpty };
  });
}

describe('ValueNumbering + ValueTable.addNumbered', () => {
  it('build the columns addValues builds, whichever job numbered which batch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(record, { maxLength: 6 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
        (batches, jobOf) => {
          const direct = new ValueTable(PATHS);
          for (const batch of batches) for (const r of batch) direct.add(r);
          const numbered = new ValueTable(PATHS);
          const jobs = [0, 1, 2].map(() => new ValueNumbering(PATHS));
          batches.forEach((batch, b) => {
            const job = jobOf[b]!;
            const { ids, fresh } = jobs[job]!.number(batch);
            numbered.addNumbered(`job${job}`, ids, fresh);
          });
          expect(numbered.size).toBe(direct.size);
          expect(columns(numbered)).toEqual(columns(direct));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sends each distinct value once per job', () => {
    const job = new ValueNumbering(['city']);
    const first = job.number([{ fields: { city: '上海' }, keys: {} }, { fields: { city: '上海' }, keys: {} }]);
    const second = job.number([{ fields: { city: '北京' }, keys: {} }, { fields: { city: '上海' }, keys: {} }]);
    expect(first.fresh).toEqual(['上海']);
    expect(second.fresh).toEqual(['北京']);
    expect(Array.from(second.ids)).toEqual([1, 0]);
  });

  it('fails loudly when a batch of a numbering is missing (ids out of step)', () => {
    const job = new ValueNumbering(['city']);
    job.number([{ fields: { city: 'lost' }, keys: {} }]); // never reaches the table
    const next = job.number([{ fields: { city: 'lost' }, keys: {} }, { fields: { city: 'new' }, keys: {} }]);
    expect(() => new ValueTable(['city']).addNumbered('job', next.ids, next.fresh)).toThrow(/out of step/);
  });
});

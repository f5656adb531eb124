// PackedRecords keeps each record as one string; what comes back must be what went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedRecords } from '../../src/pipeline/packed-records.js';
import { CANONICAL_FIELDS, type FieldValues } from '../../src/types.js';

const value = fc.oneof(fc.string(), fc.constantFrom('', '张伟', 'a\u001fb', '\u001e', 'x,y'));
const fields = fc.dictionary(fc.constantFrom(...CANONICAL_FIELDS), value) as fc.Arbitrary<FieldValues>;

describe('PackedRecords', () => {
  it('gives back each record and each field as added (separator characters included)', () => {
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 20 }), (rows) => {
        const packed = new PackedRecords();
        rows.forEach((f, i) => packed.add({ source: i % 2 ? 'crm' : 'erp', row: i + 2, fields: f }));
        rows.forEach((f, i) => {
          const nonEmpty = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''));
          expect(packed.at(i)).toEqual({ source: i % 2 ? 'crm' : 'erp', row: i + 2, fields: nonEmpty });
          for (const name of CANONICAL_FIELDS) expect(packed.field(i, name)).toBe(f[name] ?? '');
        });
        expect(packed.length).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});

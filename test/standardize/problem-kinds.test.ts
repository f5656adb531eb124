// Every problem the standardize stage reports says what it is: 'invalid' (the value kept as it came)
// or 'note' (a remark on a value that was standardized). Survivorship reads only that (validity.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standardizeRecord } from '../../src/standardize/record.js';
import { CANONICAL_FIELDS, type CanonicalField, type FieldValues, type NormalizeContext } from '../../src/types.js';
import { anyText } from './arbitraries.js';

/** Cells the normalizers report on, of every kind: invalid ones, ambiguous ones, several numbers. */
const CELLS = [
  'zhang@@example', 'zw@gmial.com', 'ZW@Example.com', '03/04/2024', '2024-02-30', 'yesterday', '1.234', '1,234.5', 'abc',
  '12345', '00000000000', '13800138000', '138-0013-8000 / 123', '123 / 456', '13800138000 / 010-62345678',
  '010-6552 9988; 13800138000', '13800138000；13900139000；15211076258', '(212) 553-4754', '+44 7700 900263',
  'Zhang 3', 'SMITH, John', 'Narnia', 'DE', 'Germany', '1234', '70185', 'EH1 9WE', 'Stuttgart', 'usd', '¥100', '',
];
const cell = fc.oneof(fc.constantFrom(...CELLS), anyText);
const fields = fc.dictionary(fc.constantFrom<CanonicalField>(...CANONICAL_FIELDS), cell, { maxKeys: 8 }) as fc.Arbitrary<FieldValues>;
const contexts = fc.constantFrom<NormalizeContext>(
  { defaultRegion: 'CN', dateOrder: 'dmy' },
  { defaultRegion: 'CN', dateOrder: 'mdy', autoFix: true },
  { defaultRegion: 'US', dateOrder: 'ymd' },
);

describe('problem kinds', () => {
  it('every problem has a kind; an invalid value is kept as it came', () => {
    fc.assert(
      fc.property(fields, contexts, (values, ctx) => {
        const { record } = standardizeRecord({ source: 'crm', file: 'crm.csv', row: 2, fields: values, extra: {} }, ctx);
        for (const p of record.problems) {
          expect(['invalid', 'note']).toContain(p.kind);
          if (p.kind === 'invalid') {
            expect(p.value).toBe(values[p.field]);
            expect(record.fields[p.field]).toBe(values[p.field]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

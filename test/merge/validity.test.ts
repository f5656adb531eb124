// Which standardized values count as invalid for survivorship: real cells through the real
// standardize stage, so that a new problem wording that changes the answer shows up here.
import { describe, expect, it } from 'vitest';
import { fieldBit, invalidMask } from '../../src/merge/validity.js';
import { standardizeRecord } from '../../src/standardize/index.js';
import { CANONICAL_FIELDS, type FieldValues, type NormalizeContext } from '../../src/types.js';

const ctx: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'dmy' };

function invalidFields(fields: FieldValues): string[] {
  const { record } = standardizeRecord({ source: 'crm', file: 'crm.csv', row: 2, fields, extra: {} }, ctx);
  const mask = invalidMask(record);
  return CANONICAL_FIELDS.filter((f) => mask & fieldBit(f));
}

describe('invalidMask', () => {
  it.each([
    // Kept as they came: invalid.
    [{ email: 'zhang@@example' }, ['email']],
    [{ birth_date: '2024-02-30' }, ['birth_date']],
    [{ updated_at: 'yesterday' }, ['updated_at']],
    [{ phone: '12345' }, ['phone']],
    [{ phone: '00000000000' }, ['phone']],
    [{ phone: '123 / 456' }, ['phone']],
    [{ mobile: '+44 7700 900263' }, ['mobile']],
    [{ postcode: '1234' }, ['postcode']],
    [{ name: 'Zhang 3' }, ['name']],
    [{ amount: 'abc' }, ['amount']],
    [{ country: 'Narnia' }, ['country']],
    [{ email: 'zhang@@example', phone: '12345', city: 'Shanghai' }, ['email', 'phone']],
    // Standardized, with a note: valid.
    [{ email: 'zw@gmial.com' }, []],
    [{ birth_date: '03/04/2024' }, []],
    [{ phone: '138-0013-8000 / 010-6552-9988' }, []],
    [{ phone: '138-0013-8000 / 123' }, []],
    [{ phone: '123 / 138-0013-8000' }, []],
    [{ phone: '13800138000', mobile: '13900139000 / 010-6552-9988 / 021-62345678' }, []],
    [{ email: 'zhang@example.com', phone: '+86 138 0013 8000' }, []],
  ] as [FieldValues, string[]][])('%j: %j', (fields, expected) => {
    expect(invalidFields(fields)).toEqual(expected);
  });

  it('gives each canonical field its own bit of an int32', () => {
    const bits = CANONICAL_FIELDS.map(fieldBit);
    expect(new Set(bits).size).toBe(CANONICAL_FIELDS.length);
    for (const b of bits) expect(b > 0 && (b | 0) === b).toBe(true);
  });
});

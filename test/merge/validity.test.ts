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

  it.each([
    // What each problem is: a note on a standardized value, or the reason a value was kept as it came.
    [{ email: 'zhang@@example' }, [['email', 'invalid']]],
    [{ email: 'zw@gmial.com' }, [['email', 'note']]],
    [{ birth_date: '03/04/2024' }, [['birth_date', 'note']]],
    [{ birth_date: '2024-02-30' }, [['birth_date', 'invalid']]],
    [{ amount: 'abc' }, [['amount', 'invalid']]],
    [{ amount: '1.234', country: 'DE' }, [['amount', 'note']]],
    [{ phone: '12345' }, [['phone', 'invalid']]],
    [{ phone: '123 / 456' }, [['phone', 'invalid']]],
    [{ phone: '138-0013-8000 / 123' }, [['phone', 'note']]],
    [{ phone: '13800138000', mobile: '13900139000 / 010-6552-9988' }, [['mobile', 'note']]],
    [{ phone: '13800138000；13900139000；15211076258' }, [['phone', 'note']]],
    [{ postcode: '1234', name: 'Zhang 3' }, [['postcode', 'invalid'], ['name', 'invalid']]],
  ] as [FieldValues, [string, string][]][])('kinds %j: %j', (fields, expected) => {
    const { record } = standardizeRecord({ source: 'crm', file: 'crm.csv', row: 2, fields, extra: {} }, ctx);
    expect(record.problems.map((p) => [p.field, p.kind])).toEqual(expected);
    // The mask is the invalid problems' fields, whatever their reasons say.
    const invalid = record.problems.filter((p) => p.kind === 'invalid').map((p) => p.field);
    expect(invalidFields(fields)).toEqual(CANONICAL_FIELDS.filter((f) => invalid.includes(f)));
  });

  it('reads the kind, not the wording', () => {
    const problem = { source: 'crm', row: 2, field: 'email', value: 'x', reason: 'ambiguous: anything' } as const;
    expect(invalidMask({ keys: {}, problems: [{ ...problem, kind: 'invalid' }] })).toBe(fieldBit('email'));
    expect(invalidMask({ keys: {}, problems: [{ ...problem, field: 'phone', reason: 'too short for CN', kind: 'note' }] })).toBe(0);
  });

  it('gives each canonical field its own bit of an int32', () => {
    const bits = CANONICAL_FIELDS.map(fieldBit);
    expect(new Set(bits).size).toBe(CANONICAL_FIELDS.length);
    for (const b of bits) expect(b > 0 && (b | 0) === b).toBe(true);
  });
});

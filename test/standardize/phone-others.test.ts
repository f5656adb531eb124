// A phone cell holding two numbers: the second fills an empty mobile (a mobile cell's, an empty
// phone) or is reported as a note; never kept only in the match keys, which no output shows. A phone
// cell opening with a mobile, in a record with no mobile, keeps its landline and gives mobile the mobile.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone } from '../../src/standardize/phone.js';
import { standardizeRecord } from '../../src/standardize/record.js';
import type { FieldValues, SourceRecord } from '../../src/types.js';
import { ctxCN } from './arbitraries.js';

const record = (fields: FieldValues): SourceRecord => ({ source: 'erp', file: 'erp.csv', row: 5, fields, extra: {} });
const standardize = (fields: FieldValues) => standardizeRecord(record(fields), ctxCN);

describe('normalizePhone: the other numbers of a cell as derived fields', () => {
  it.each<[string, string, FieldValues | undefined]>([
    ['138-0013-8000 / 139 0013 9000', '+8613800138000', { mobile: '+8613900139000', phone: '+8613900139000' }],
    ['010-6552 9988; 13800138000', '+861065529988', { mobile: '+8613800138000', phone: '+8613800138000' }],
    ['13800138000 / 13900139000 / 010-62345678', '+8613800138000', { mobile: '+8613900139000', phone: '+861062345678' }],
    ['13800138000 / 010-62345678', '+8613800138000', { phone: '+861062345678' }],
    ['13800138000', '+8613800138000', undefined],
    ['13800138000 / 12345', '+8613800138000', undefined],
  ])('%s', (raw, value, derived) => {
    const result = normalizePhone(raw, ctxCN);
    expect(result.value).toBe(value);
    expect(result.derived).toEqual(derived);
  });
});

describe('standardizeRecord: a second number fills an empty phone or mobile', () => {
  it.each<[string, FieldValues, FieldValues, string]>([
    ['mobile absent', { phone: '138-0013-8000 / 139 0013 9000' }, { phone: '+8613800138000', mobile: '+8613900139000' }, 'phone.derive'],
    ['mobile empty', { phone: '010-6552 9988; 13800138000', mobile: '' }, { phone: '+861065529988', mobile: '+8613800138000' }, 'phone.derive'],
    ['landline in a mobile cell', { mobile: '13800138000 / 010-62345678' }, { mobile: '+8613800138000', phone: '+861062345678' }, 'mobile.derive'],
  ])('%s', (_, fields, expected, rule) => {
    const { record: r, changes } = standardize(fields);
    expect(r.fields).toEqual(expected);
    expect(r.problems).toEqual([]);
    const filled = expected.mobile && !fields.mobile ? 'mobile' : 'phone';
    expect(changes).toContainEqual({ source: 'erp', row: 5, field: filled, before: '', after: expected[filled], rule });
  });

  it('is no problem when the other field already holds that number', () => {
    const { record: r } = standardize({ phone: '010-6552 9988; 13800138000', mobile: '138 0013 8000' });
    expect(r.fields).toEqual({ phone: '+861065529988', mobile: '+8613800138000' });
    expect(r.problems).toEqual([]);
  });
});

describe('standardizeRecord: a phone cell opening with a mobile, the record\'s mobile empty: phone keeps the landline', () => {
  const change = (field: string, before: string, after: string, rule: string) => ({ source: 'erp', row: 5, field, before, after, rule });

  it.each<[string, FieldValues, FieldValues, string]>([
    ['mobile absent', { phone: '13800138000 / 010-65529988' }, { phone: '+861065529988', mobile: '+8613800138000' }, '13800138000 / 010-65529988'],
    ['mobile empty', { phone: '138 0013 8000；010-6552 9988', mobile: '' }, { phone: '+861065529988', mobile: '+8613800138000' }, '138 0013 8000；010-6552 9988'],
    ['mobile blank', { mobile: ' ', phone: '13800138000 / 021-62345678转801' }, { mobile: '+8613800138000', phone: '+862162345678;ext=801' }, '13800138000 / 021-62345678转801'],
    ['a 400 number', { phone: '13800138000 / 400-810-8888' }, { phone: '+864008108888', mobile: '+8613800138000' }, '13800138000 / 400-810-8888'],
    ['the first landline of several', { phone: '13800138000 / 010-65529988 / 021-62345678' }, { phone: '+861065529988', mobile: '+8613800138000' }, '13800138000 / 010-65529988 / 021-62345678'],
  ])('%s', (name, fields, expected, raw) => {
    const { record: r, changes } = standardize(fields);
    expect(r.fields).toEqual(expected);
    expect(r.keys.phone_type).toBe(expected.phone!.startsWith('+86400') ? 'toll_free' : 'fixed_line');
    expect(changes).toContainEqual(change('phone', raw, expected.phone!, 'phone.split+e164+mobile_apart'));
    expect(changes).toContainEqual(change('mobile', '', '+8613800138000', 'phone.derive'));
    const notKept = r.problems.map((p) => p.reason);
    expect(notKept).toEqual(name === 'the first landline of several' ? ['other number not kept: +862162345678 (phone and mobile hold other numbers)'] : []);
  });

  it('not when the cell opens with a landline, nor holds mobiles only, nor is a mobile column', () => {
    expect(standardize({ phone: '010-65529988 / 13800138000' }).changes.find((c) => c.field === 'phone')?.rule).toBe('phone.split+e164');
    expect(standardize({ phone: '13800138000 / 13900139000' }).record.fields).toEqual({ phone: '+8613800138000', mobile: '+8613900139000' });
    expect(standardize({ mobile: '13800138000 / 010-65529988' }).record.fields).toEqual({ mobile: '+8613800138000', phone: '+861065529988' });
  });

  it('reads the landline in the country the row points to, and says so', () => {
    const { record: r, changes } = standardize({ phone: '07766 818875 / 020 7946 0018', postcode: 'EH1 9WE' });
    expect(r.fields).toMatchObject({ phone: '+442079460018', mobile: '+447766818875' });
    expect(changes.find((c) => c.field === 'phone')?.rule).toBe('phone.split+e164+mobile_apart+row_country');
  });
});

describe('standardizeRecord: a second number with no free field is reported', () => {
  const problem = (value: string, reason: string) => ({ source: 'erp', row: 5, field: 'phone', value, reason, kind: 'note' });

  it('mobile holds another number', () => {
    const { record: r } = standardize({ phone: '010-6552 9988; 13800138000', mobile: '13900139000' });
    expect(r.fields).toEqual({ phone: '+861065529988', mobile: '+8613900139000' });
    expect(r.problems).toEqual([problem('+861065529988', 'other number not kept: +8613800138000 (phone and mobile hold other numbers)')]);
  });

  it('a landline after the first number of a phone cell whose mobile holds another number', () => {
    const { record: r } = standardize({ phone: '13800138000 / 021-62345678转801', mobile: '13900139000' });
    expect(r.fields).toEqual({ phone: '+8613800138000', mobile: '+8613900139000' });
    expect(r.problems).toEqual([problem('+8613800138000', 'other number not kept: +862162345678;ext=801 (phone and mobile hold other numbers)')]);
  });

  it('a second landline after the first (mobile takes mobile numbers only)', () => {
    const { record: r } = standardize({ phone: '010-62345678 / 021-62345678转801' });
    expect(r.fields).toEqual({ phone: '+861062345678' });
    expect(r.problems).toEqual([problem('+861062345678', 'other number not kept: +862162345678;ext=801 (not a mobile number, and phone holds the first)')]);
  });

  it('a third number once mobile is filled', () => {
    const { record: r } = standardize({ phone: '13800138000；13900139000；15211076258' });
    expect(r.fields).toEqual({ phone: '+8613800138000', mobile: '+8613900139000' });
    expect(r.problems).toEqual([problem('+8613800138000', 'other number not kept: +8615211076258 (phone and mobile hold other numbers)')]);
  });
});

describe('standardizeRecord: no number of a phone or mobile cell is lost', () => {
  const NUMBERS = ['13800138000', '139 0013 9000', '152-1107-6258', '010-62345678', '021-62345678转801', '0755-86013388', '400-810-8888'];
  const cell = fc.array(fc.constantFrom(...NUMBERS), { minLength: 1, maxLength: 4 }).chain((numbers) =>
    fc.constantFrom(' / ', '; ', '，', '\n').map((sep) => ({ raw: numbers.join(sep), numbers })),
  );
  const maybeCell = fc.option(cell, { nil: undefined });

  it('each is in phone, in mobile or in a problem of the record', () => {
    fc.assert(
      fc.property(maybeCell, maybeCell, (phone, mobile) => {
        const fields: FieldValues = {};
        if (phone) fields.phone = phone.raw;
        if (mobile) fields.mobile = mobile.raw;
        const { record: r } = standardize(fields);
        const reasons = r.problems.map((p) => p.reason).join('\n');
        for (const number of [...(phone?.numbers ?? []), ...(mobile?.numbers ?? [])]) {
          const e164 = normalizePhone(number, ctxCN).value;
          const kept = r.fields.phone === e164 || r.fields.mobile === e164 || reasons.includes(`not kept: ${e164} `);
          expect(kept, `${e164} of ${JSON.stringify(fields)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

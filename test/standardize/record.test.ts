import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standardizeRecord, standardizeRecords } from '../../src/standardize/record.js';
import { mixedText } from './arbitraries.js';
import { CANONICAL_FIELDS, type FieldValues, type NormalizeContext, type SourceRecord } from '../../src/types.js';

const CTX: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const record = (fields: FieldValues, row = 2): SourceRecord => ({ source: 'crm', file: 'crm.csv', row, fields, extra: { 客户级别: 'A' } });

describe('standardizeRecord', () => {
  const input = record({
    id: ' C-001 ',
    name: '张伟先生',
    company: '上海某某科技有限公司',
    email: 'Zhang Wei <ZW@Example.COM>',
    phone: '021-62345678转801',
    mobile: '138-0013-8000',
    address: '上海市浦东新区世纪大道100号',
    country: '中国',
    created_at: '2024/7/19',
    amount: '¥1,234.50',
    notes: 'VIP\u3000客户',
  });
  const { record: clean, changes } = standardizeRecord(input, CTX);

  it('normalizes every present field by its kind', () => {
    expect(clean.fields).toMatchObject({
      id: 'C-001',
      name: '张伟',
      email: 'zw@example.com',
      phone: '+862162345678;ext=801',
      mobile: '+8613800138000',
      country: 'CN',
      created_at: '2024-07-19',
      amount: '1234.5',
      notes: 'VIP 客户',
    });
    expect(clean).toMatchObject({ source: 'crm', file: 'crm.csv', row: 2, extra: { 客户级别: 'A' }, problems: [] });
  });

  it('records every change with before, after and rule', () => {
    expect(changes).toContainEqual({ source: 'crm', row: 2, field: 'country', before: '中国', after: 'CN', rule: 'country.iso2' });
    expect(changes).toContainEqual({ source: 'crm', row: 2, field: 'mobile', before: '138-0013-8000', after: '+8613800138000', rule: 'phone.e164' });
    expect(changes.every((c) => c.before !== c.after)).toBe(true);
  });

  it('fills derived fields the record lacks, as changes from ""', () => {
    expect(clean.fields.currency).toBe('CNY');
    expect(changes).toContainEqual({ source: 'crm', row: 2, field: 'currency', before: '', after: 'CNY', rule: 'amount.derive' });
    expect(clean.fields.region).toBe('上海市');
    expect(changes.find((c) => c.field === 'region')).toMatchObject({ before: '', rule: 'address.derive' });
  });

  it('merges match keys; a mobile column keys as mobile_*', () => {
    expect(clean.keys).toMatchObject({ email_domain: 'example.com', phone_type: 'fixed_line', mobile_type: 'mobile' });
    expect(clean.keys.name_key).toBeTruthy();
    expect(clean.keys.company_key).toBeTruthy();
  });

  it('never overwrites a value the record has', () => {
    const { record: r } = standardizeRecord(record({ amount: '¥100', currency: 'usd' }), CTX);
    expect(r.fields).toEqual({ amount: '100', currency: 'USD' });
  });

  it('reads phones in the row’s own country, normalized first', () => {
    const { record: r } = standardizeRecord(record({ phone: '(415) 555-2671', country: 'U.S.A.' }), CTX);
    expect(r.fields).toEqual({ phone: '+14155552671', country: 'US' });
  });

  it('reports problems and keeps the raw values', () => {
    const { record: r } = standardizeRecord(record({ email: 'zw@gmial.com', phone: '13800000000', birth_date: '2024-02-30' }, 7), CTX);
    expect(r.fields).toEqual({ email: 'zw@gmial.com', phone: '13800000000', birth_date: '2024-02-30' });
    expect(r.problems).toEqual([
      { source: 'crm', row: 7, field: 'email', value: 'zw@gmial.com', reason: 'domain typo: did you mean zw@gmail.com?', kind: 'note' },
      { source: 'crm', row: 7, field: 'phone', value: '13800000000', reason: 'placeholder', kind: 'invalid' },
      { source: 'crm', row: 7, field: 'birth_date', value: '2024-02-30', reason: 'impossible date: 2024-02-30', kind: 'invalid' },
    ]);
  });

  it('gives name keys from first/last columns without adding a name field', () => {
    const latin = standardizeRecord(record({ first_name: 'wei', last_name: 'ZHANG' }), CTX).record;
    const hanzi = standardizeRecord(record({ first_name: '伟', last_name: '张' }), CTX).record;
    expect(latin.fields.name).toBeUndefined();
    expect(latin.keys.pinyin_key).toBeTruthy();
    expect(hanzi.keys.pinyin_key).toBe(latin.keys.pinyin_key);
  });

  it('never throws and keeps every field it was given', () => {
    const fields = fc.dictionary(fc.constantFrom(...CANONICAL_FIELDS), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fields, (values) => {
        const { record: r } = standardizeRecord(record(values), CTX);
        for (const field of Object.keys(values)) expect(typeof r.fields[field as keyof FieldValues]).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('gives a batch, made field by field, the same outputs as each record alone', () => {
    // Values that take the paths where one field reads another: countries, a mobile beside a phone,
    // postcodes read in the row's country, "LAST, First" without a first name.
    const samples: Partial<Record<(typeof CANONICAL_FIELDS)[number], string[]>> = {
      name: ['张伟先生', 'Dr. john SMITH', 'ZHANG Wei', '欧阳娜娜'],
      first_name: ['', 'John'],
      last_name: ['SMITH, John', 'Müller'],
      company: ['北京某某科技有限公司', 'Acme, Inc.'],
      email: ['ZW@Example.COM', 'a@gmial.com'],
      phone: ['13800138000 / 010-62345678', '(555) 201-3344', '+49 30 1234567'],
      mobile: ['', '138-0013-8000'],
      address: ['上海市浦东新区世纪大道100号', '12 main st apt 4'],
      city: ['深圳', 'STUTTGART'],
      region: ['广东', 'Calif.'],
      postcode: ['70185', '200000', 'SW1A 1AA'],
      country: ['中国', 'Germany', 'US', ''],
      created_at: ['2024/7/19', '03/04/2024', '45123'],
      amount: ['¥1,234.50', '(1.234,56 EUR)'],
    };
    const field = fc.constantFrom(...CANONICAL_FIELDS);
    const value = (f: (typeof CANONICAL_FIELDS)[number]) => fc.oneof(fc.constantFrom(...(samples[f] ?? ['x'])), mixedText);
    const fields = fc.uniqueArray(field, { maxLength: 10 }).chain((fs) => fc.tuple(...fs.map((f) => value(f).map((v) => [f, v] as const))));
    const batch = fc.array(fields.map((pairs) => Object.fromEntries(pairs) as FieldValues), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(batch, (batchFields) => {
        const recs = batchFields.map((f, i) => record(f, i + 2));
        const audited = recs.map((r) => standardizeRecord(r, CTX));
        expect(standardizeRecords(recs, CTX)).toEqual(audited);
        // Without changes (dedupe): the same records and problems, and no change at all.
        expect(standardizeRecords(recs, CTX, { changes: false })).toEqual(audited.map((o) => ({ ...o, changes: [] })));
      }),
      { numRuns: 300 },
    );
  });
});

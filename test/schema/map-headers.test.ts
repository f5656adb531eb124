import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapHeaders, normalizeHeader, type HeaderMapping } from '../../src/schema/index.js';
import { CANONICAL_FIELDS } from '../../src/types.js';

/** "header→field" or "header~how" for passthrough columns, for compact expectations. */
const show = (ms: HeaderMapping[]): string[] =>
  ms.map((m) => (m.field ? `${m.header}→${m.field}${m.how === 'synonym' ? '' : ` (${m.how})`}` : `${m.header}~${m.how}`));

describe('mapHeaders', () => {
  it.each<[string, string[], string[]]>([
    ['手机 + 电话 → mobile + phone', ['手机', '电话'], ['手机→mobile', '电话→phone']],
    ['两个电话: second spills into mobile', ['电话', '联系电话'], ['电话→phone', '联系电话→mobile']],
    ['spill only when the sibling is free', ['联系电话', '办公电话', '手机'], ['联系电话→phone', '办公电话~duplicate', '手机→mobile']],
    ['two mobiles: second spills into phone', ['手机', '移动电话'], ['手机→mobile', '移动电话→phone']],
    ['客户名称 with 联系人 is the company', ['客户名称', '联系人', '手机'], ['客户名称→company', '联系人→name', '手机→mobile']],
    ['客户名称 alone is the person', ['客户名称', '手机'], ['客户名称→name', '手机→mobile']],
    ['客户名称 with 联系人 and 公司名称', ['客户名称', '公司名称', '联系人'], ['客户名称~duplicate', '公司名称→company', '联系人→name']],
    ['Outlook Title yields to Job Title', ['Title', 'First Name', 'Job Title'], ['Title~duplicate', 'First Name→first_name', 'Job Title→title']],
    ['Outlook Home Phone never takes mobile', ['Business Phone', 'Home Phone'], ['Business Phone→phone', 'Home Phone~duplicate']],
    ['Home Phone alone is the phone', ['Home Phone', 'Mobile Phone'], ['Home Phone→phone', 'Mobile Phone→mobile']],
    ['Contact Owner beats an earlier Account Owner', ['Account Owner', 'Contact Owner'], ['Account Owner~duplicate', 'Contact Owner→owner']],
    ['repeated header: second passes through', ['Email', 'Name', 'Email'], ['Email→email', 'Name→name', 'Email~duplicate']],
    ['address street beats formatted', ['Address 1 - Formatted', 'Address 1 - Street'], ['Address 1 - Formatted~duplicate', 'Address 1 - Street→address']],
    ['unknown columns pass through', ['Lifecycle Stage', '', '税号'], ['Lifecycle Stage~unmapped', '~unmapped', '税号~unmapped']],
  ])('%s', (_label, header, expected) => {
    expect(show(mapHeaders(header))).toEqual(expected);
  });

  it('applies overrides before synonyms, by exact or normalized header', () => {
    const got = mapHeaders(['Cust Name', 'Name', 'Ignore me', 'PHONE'], {
      'cust name': 'name',
      'Ignore me': null,
      Phone: 'mobile',
    });
    expect(show(got)).toEqual(['Cust Name→name (override)', 'Name~duplicate', 'Ignore me~override', 'PHONE→mobile (override)']);
  });

  it('a null override turns a known header into a passthrough', () => {
    expect(show(mapHeaders(['Email', '邮箱'], { Email: null }))).toEqual(['Email~override', '邮箱→email']);
  });

  it('an override beats an earlier synonym for the same field', () => {
    expect(show(mapHeaders(['Phone', 'Main Line'], { 'Main Line': 'phone' }))).toEqual([
      'Phone→mobile',
      'Main Line→phone (override)',
    ]);
  });

  const headerArb = fc.array(
    fc.oneof(
      fc.constantFrom('手机', '电话', '联系电话', '客户名称', '联系人', 'Title', 'Job Title', 'Email', 'E-mail',
        'Home Phone', 'Mobile', 'Name', '姓名', 'Company', '公司', 'City', 'Notes', '', 'x'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 25 },
  );

  it('property: one mapping per column, in order, and each field taken at most once', () => {
    fc.assert(
      fc.property(headerArb, (header) => {
        const ms = mapHeaders(header);
        expect(ms.map((m) => m.index)).toEqual(header.map((_, i) => i));
        expect(ms.map((m) => m.header)).toEqual(header);
        const fields = ms.flatMap((m) => (m.field ? [m.field] : []));
        expect(new Set(fields).size).toBe(fields.length);
        for (const m of ms) expect(m.field === undefined).toBe(m.how === 'unmapped' || m.how === 'duplicate' || m.how === 'override');
      }),
    );
  });

  it('property: mapping ignores case and spacing of headers', () => {
    fc.assert(
      fc.property(headerArb, (header) => {
        const shouted = header.map((h) => ` ${h.toUpperCase()} `);
        // Upper-casing can change a key (ß → SS), so compare only where the key survives.
        fc.pre(header.every((h, i) => normalizeHeader(h) === normalizeHeader(shouted[i]!)));
        expect(mapHeaders(shouted).map((m) => m.field)).toEqual(mapHeaders(header).map((m) => m.field));
      }),
    );
  });

  it('every canonical field name maps to itself', () => {
    expect(mapHeaders([...CANONICAL_FIELDS]).map((m) => m.field)).toEqual([...CANONICAL_FIELDS]);
  });
});

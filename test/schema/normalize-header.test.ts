import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, normalizeHeader } from '../../src/schema/index.js';
import { synonymKeys } from '../../src/schema/lookup.js';
import { EN_SYNONYMS } from '../../src/schema/synonyms-en.js';
import { WEAK_SYNONYMS } from '../../src/schema/synonyms-weak.js';
import { ZH_SYNONYMS } from '../../src/schema/synonyms-zh.js';
import { CANONICAL_FIELDS } from '../../src/types.js';

describe('normalizeHeader', () => {
  it.each<[string, string]>([
    ['Mailing State/Province', 'mailingstateprovince'],
    ['E-mail 1 - Value', 'email1value'],
    ['  First_Name ', 'firstname'],
    ['ＦＩＲＳＴ　ＮＡＭＥ', 'firstname'],
    [' 手機號碼 ', '手机号码'],
    ['\uFEFF客户名称\u200B', '客户名称'],
    ['金额（元）', '金额元'],
    ['', ''],
  ])('%j → %j', (h, key) => expect(normalizeHeader(h)).toBe(key));

  it('property: idempotent, and keeps only lower-case letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (h) => {
        const key = normalizeHeader(h);
        expect(normalizeHeader(key)).toBe(key);
        expect(key).toMatch(/^[\p{L}\p{N}]*$/u);
      }),
    );
  });
});

describe('synonym tables', () => {
  it('no header key means two different fields', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const add = (header: string, field: string): void => {
      const key = normalizeHeader(header);
      const prior = seen.get(key);
      if (prior !== undefined && prior !== field) clashes.push(`${header}: ${prior} vs ${field}`);
      seen.set(key, field);
    };
    for (const table of [EN_SYNONYMS, ZH_SYNONYMS]) {
      for (const [field, headers] of Object.entries(table)) for (const h of headers ?? []) add(h, field);
    }
    for (const [h, field] of WEAK_SYNONYMS) add(h, field);
    expect(clashes).toEqual([]);
  });

  it('every canonical field is reachable and has a kind', () => {
    const reachable = new Set([...synonymKeys().values()].map((hit) => hit.field));
    expect([...reachable].sort()).toEqual([...CANONICAL_FIELDS].sort());
    expect(Object.keys(FIELD_KINDS).sort()).toEqual([...CANONICAL_FIELDS].sort());
  });

  it.each<[keyof typeof FIELD_KINDS, string]>([
    ['created_at', 'date'], ['birth_date', 'date'], ['mobile', 'phone'], ['phone', 'phone'],
    ['national_id', 'id'], ['title', 'text'], ['amount', 'amount'],
  ])('FIELD_KINDS.%s = %s', (field, kind) => expect(FIELD_KINDS[field]).toBe(kind));
});

// Shortcuts for the commonest values (plain decimal amounts, lower-case ASCII e-mail addresses, ISO
// dates) must give what the general path gives. A leading space sends a value through the general path without
// changing what it reads, so both paths are compared on the same value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeAmount } from '../../src/standardize/amount.js';
import { normalizeEmail } from '../../src/standardize/email.js';
import { normalizeDate } from '../../src/standardize/date.js';
import { companyKey } from '../../src/standardize/company-key.js';
import type { NormalizeContext, NormalizeResult } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const contexts = fc.constantFrom<NormalizeContext>(CN, { ...CN, country: 'US' }, { ...CN, country: 'DE' }, { ...CN, autoFix: true });

/** Same reading: value (an invalid value is kept as typed, so with the space), problem, keys and
 *  derived fields; `changed` as the raw text says. */
function sameReading(fast: NormalizeResult, general: NormalizeResult, raw: string): void {
  const value = general.problem !== undefined && general.value === ` ${raw}` ? raw : general.value;
  expect({ value: fast.value, problem: fast.problem, note: fast.note, keys: fast.keys, derived: fast.derived })
    .toEqual({ value, problem: general.problem, note: general.note, keys: general.keys, derived: general.derived });
  expect(fast.changed).toBe(fast.value !== raw);
  if (fast.changed) expect(fast.rule).toBe(general.rule);
}

describe('normalizeAmount: plain decimals', () => {
  it.each<[string, string, boolean]>([
    ['19964.5', '19964.5', false],
    ['318.37', '318.37', false],
    ['2817.90', '2817.9', true],
    ['007', '7', true],
    ['0.50', '0.5', true],
    ['1.000', '1', true],
  ])('%s → %s', (raw, value, changed) => {
    expect(normalizeAmount(raw, CN)).toMatchObject({ value, changed });
  });

  it('a German row still reads "1.234" as ambiguous', () => {
    expect(normalizeAmount('1.234', { ...CN, country: 'DE' }).note).toMatch(/^ambiguous/);
  });

  it('reads as the general path does', () => {
    const decimal = fc.tuple(fc.stringMatching(/^\d{1,9}$/), fc.option(fc.stringMatching(/^\d{1,4}$/)))
      .map(([i, f]) => (f === null ? i : `${i}.${f}`));
    fc.assert(fc.property(decimal, contexts, (raw, ctx) => sameReading(normalizeAmount(raw, ctx), normalizeAmount(` ${raw}`, ctx), raw)), { numRuns: 2000 });
  });
});

describe('normalizeEmail: lower-case ASCII addresses', () => {
  it.each<[string, NormalizeResult]>([
    ['jhm1700@163.com', { value: 'jhm1700@163.com', changed: false, keys: { email_domain: '163.com' } }],
    ['olivia.wright@goldcrest.co.uk', { value: 'olivia.wright@goldcrest.co.uk', changed: false, keys: { email_domain: 'goldcrest.co.uk' } }],
    ['zw@gmial.com', { value: 'zw@gmial.com', changed: false, keys: { email_domain: 'gmial.com' }, note: 'domain typo: did you mean zw@gmail.com?' }],
  ])('%s', (raw, expected) => {
    expect(normalizeEmail(raw, CN)).toEqual(expected);
  });

  it('fixes a domain typo when asked to', () => {
    expect(normalizeEmail('zw@gmial.com', { ...CN, autoFix: true })).toMatchObject({ value: 'zw@gmail.com', rule: 'email.domain_typo' });
  });

  it('reads as the general path does', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const local = fc.stringMatching(/^[a-z0-9_+-]{1,12}(\.[a-z0-9_+-]{1,8}){0,2}$/);
    const tld = fc.constantFrom('com', 'de', 'co.uk', 'cn', 'con', 'info');
    const address = fc.tuple(local, fc.array(label, { minLength: 1, maxLength: 2 }), tld, fc.constantFrom('', 'gmial.com', 'qq.co'))
      .map(([l, labels, t, typo]) => `${l}@${typo || `${labels.join('.')}.${t}`}`);
    fc.assert(fc.property(address, contexts, (raw, ctx) => sameReading(normalizeEmail(raw, ctx), normalizeEmail(` ${raw}`, ctx), raw)), { numRuns: 2000 });
  });
});

describe('normalizeDate: values already ISO', () => {
  it.each<[string, NormalizeResult]>([
    ['2024-07-19', { value: '2024-07-19', changed: false }],
    ['2024-02-29', { value: '2024-02-29', changed: false }],
    ['2023-02-29', { value: '2023-02-29', changed: false, problem: 'impossible date: 2023-02-29' }],
    ['2024-13-01', { value: '2024-13-01', changed: false, problem: 'impossible date: month 13' }],
    ['0999-01-01', { value: '0999-01-01', changed: false, problem: 'impossible date: year 999' }],
  ])('%s', (raw, expected) => {
    expect(normalizeDate(raw, CN)).toEqual(expected);
  });

  it('reads as the general path does', () => {
    const iso = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(iso, contexts, (raw, ctx) => sameReading(normalizeDate(raw, ctx), normalizeDate(` ${raw}`, ctx), raw)), { numRuns: 2000 });
  });
});

describe('companyKey: names of unified ideographs only', () => {
  it('keys as the general path does (a trailing "." sends a name through it and changes nothing)', () => {
    const han = fc.array(fc.constantFrom(...'北京上海深圳华信科技有限公司集团股份责任中国控股分行银行大学医院某卓丰生物'), { minLength: 1, maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(fc.property(han, (name) => { expect(companyKey(name)).toBe(companyKey(`${name}.`)); }), { numRuns: 2000 });
  });
});

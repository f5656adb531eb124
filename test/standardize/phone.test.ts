import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizePhone, normalizePhoneUncached } from '../../src/standardize/phone.js';
import type { NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const inCountry = (country: string): NormalizeContext => ({ ...CN, country });

describe('normalizePhone: valid numbers → E.164 and type', () => {
  it.each<[string, NormalizeContext, string, string]>([
    ['13800138000', CN, '+8613800138000', 'mobile'],
    ['138-0013-8000', CN, '+8613800138000', 'mobile'],
    ['138 0013 8000', CN, '+8613800138000', 'mobile'],
    ['+86 138 0013 8000', CN, '+8613800138000', 'mobile'],
    ['+86-139-1234-5678', CN, '+8613912345678', 'mobile'],
    ['0086 13800138000', CN, '+8613800138000', 'mobile'],
    ['86 13800138000', CN, '+8613800138000', 'mobile'],
    ['8618612345678', CN, '+8618612345678', 'mobile'],
    ['１３８００１３８０００', CN, '+8613800138000', 'mobile'],
    ['（021）6234-5678', CN, '+862162345678', 'fixed_line'],
    ['(021)6234-5678', CN, '+862162345678', 'fixed_line'],
    ['021-62345678', CN, '+862162345678', 'fixed_line'],
    ['010 6234 5678', CN, '+861062345678', 'fixed_line'],
    ['0755-86013388', CN, '+8675586013388', 'fixed_line'],
    ['+86 21 6234 5678', CN, '+862162345678', 'fixed_line'],
    ['０２１－６２３４５６７８', CN, '+862162345678', 'fixed_line'],
    ['400-810-8888', CN, '+864008108888', 'toll_free'],
    ['800-820-8820', CN, '+868008208820', 'toll_free'],
    ['+1 (415) 555-2671', CN, '+14155552671', 'fixed_line_or_mobile'],
    ['(415) 555-2671', inCountry('US'), '+14155552671', 'fixed_line_or_mobile'],
    ['1-800-555-0199', inCountry('US'), '+18005550199', 'toll_free'],
    ['+44 20 7946 0958', CN, '+442079460958', 'fixed_line'],
    ['020 7946 0958', inCountry('GB'), '+442079460958', 'fixed_line'],
    ['07911 123456', inCountry('GB'), '+447911123456', 'mobile'],
    ['030/12345678', inCountry('DE'), '+493012345678', 'fixed_line'],
    ['+49 1512 3456789', CN, '+4915123456789', 'mobile'],
    ['0151 23456789', inCountry('DE'), '+4915123456789', 'mobile'],
    ['+852 2123 4567', CN, '+85221234567', 'fixed_line'],
    ['+8613800138000', CN, '+8613800138000', 'mobile'],
    ['13800138000', { ...CN, defaultRegion: 'US', country: 'CN' }, '+8613800138000', 'mobile'],
  ])('%s → %s', (raw, ctx, value, type) => {
    const result = normalizePhone(raw, ctx);
    expect(result.value).toBe(value);
    expect(result.keys?.phone_type).toBe(type);
    expect(result.problem).toBeUndefined();
    expect(result.changed).toBe(raw !== value);
  });
});

describe('normalizePhone: extensions as ";ext="', () => {
  it.each<[string, string]>([
    ['021-62345678转801', '+862162345678;ext=801'],
    ['021-62345678 转 801', '+862162345678;ext=801'],
    ['010-62345678分机123', '+861062345678;ext=123'],
    ['021-62345678-801', '+862162345678;ext=801'],
    ['021 6234 5678 x801', '+862162345678;ext=801'],
    ['+86 21 6234 5678 ext. 801', '+862162345678;ext=801'],
    ['021-62345678#801', '+862162345678;ext=801'],
    ['021-62345678, ext 801', '+862162345678;ext=801'],
    ['+862162345678;ext=801', '+862162345678;ext=801'],
  ])('%s → %s', (raw, value) => {
    const result = normalizePhone(raw, CN);
    expect(result.value).toBe(value);
    expect(result.keys?.phone_type).toBe('fixed_line');
  });
});

describe('normalizePhone: several numbers in one cell', () => {
  it.each<[string, string, string]>([
    ['138-0013-8000 / 010-62345678', '+8613800138000', '+861062345678'],
    ['13800138000;13900139000', '+8613800138000', '+8613900139000'],
    ['13800138000, 021-62345678', '+8613800138000', '+862162345678'],
    ['13800138000、021-62345678转801', '+8613800138000', '+862162345678;ext=801'],
    ['13800138000\n13900139000', '+8613800138000', '+8613900139000'],
    ['13800138000 13900139000', '+8613800138000', '+8613900139000'],
    ['13800138000；13900139000；021-62345678', '+8613800138000', '+8613900139000;+862162345678'],
  ])('%s', (raw, value, others) => {
    const result = normalizePhone(raw, CN);
    expect(result.value).toBe(value);
    expect(result.keys?.phone_others).toBe(others);
    expect(result.rule).toMatch(/split/);
  });

  it('keeps the valid numbers and notes the invalid one', () => {
    const result = normalizePhone('13800138000 / 12345', CN);
    expect(result.value).toBe('+8613800138000');
    expect(result.problem).toBeUndefined();
    expect(result.note).toBe('too short for CN (number 2 of 2: 12345)');
  });
});

describe('normalizePhone: invalid numbers keep the raw value', () => {
  it.each<[string, NormalizeContext, string]>([
    ['13800000000', CN, 'placeholder'],
    ['00000000', CN, 'placeholder'],
    ['12345678901', CN, 'placeholder'],
    ['1111111', CN, 'placeholder'],
    ['138-0000-0000', CN, 'placeholder'],
    ['010-00000000', CN, 'placeholder'],
    ['1234', CN, 'too short for CN'],
    ['138001380001234567', CN, 'too long for CN'],
    ['+999 1234 5678', CN, 'invalid country code'],
    ['abc', CN, 'not a number'],
    ['N/A', CN, 'not a number'],
    ['14012345678', CN, 'invalid number for CN'],
    ['(415) 555-267', inCountry('US'), 'too short for US'],
    ['(123) 456-7890', inCountry('US'), 'placeholder'],
    ['(023) 555-0142', inCountry('US'), 'invalid number for US'],
    ['030/12345678', CN, 'invalid number for CN (looks like German +493012345678)'],
  ])('%s → %s', (raw, ctx, problem) => {
    expect(normalizePhone(raw, ctx)).toEqual({ value: raw, changed: false, problem });
  });

  it('blank cells become empty without a problem', () => {
    expect(normalizePhone('', CN)).toEqual({ value: '', changed: false });
    expect(normalizePhone(' \u200b ', CN)).toEqual({ value: '', changed: true, rule: 'text.clean' });
  });

  it('an unknown region falls back to the default region', () => {
    expect(normalizePhone('13800138000', inCountry('AQ')).value).toBe('+8613800138000');
  });
});

describe('the CN fast path agrees with libphonenumber', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const shapes = fc.oneof(
    digits(10).map((d) => '1' + d),
    digits(9).map((d) => `0${d.slice(0, 2)}-${d.slice(2)}`),
    digits(10).map((d) => `(0${d.slice(0, 3)})${d.slice(3)}`),
    digits(10).map((d) => `+86 ${d}`),
    digits(11).map((d) => `0086${d}`),
    digits(10).map((d) => `861${d}`),
  );
  it('same E.164 and type, or both invalid', () => {
    fc.assert(
      fc.property(shapes, (raw) => {
        const ours = normalizePhoneUncached(raw, 'CN');
        const lib = parsePhoneNumberFromString(raw, 'CN');
        if (ours.problem === 'placeholder') return;
        if (!lib?.isValid()) {
          expect(ours.problem).toBeDefined();
        } else {
          expect(ours.value).toBe(lib.number);
          const type = lib.getType();
          if (type === 'MOBILE' || type === 'FIXED_LINE') expect(ours.keys?.phone_type).toBe(type.toLowerCase());
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the compiled type rules agree with libphonenumber in every country', () => {
  const TYPES: Record<string, string> = {
    MOBILE: 'mobile', FIXED_LINE: 'fixed_line', FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
    TOLL_FREE: 'toll_free', SHARED_COST: 'toll_free', VOIP: 'voip',
  };
  const callingCodes = fc.constantFrom('+1', '+44', '+49', '+33', '+81', '+852', '+886', '+65', '+61', '+7', '+91', '+82', '+86', '+971');
  const national = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 12 }).map((a) => a.join(''));
  it('same validity, E.164 and type', () => {
    fc.assert(
      fc.property(callingCodes, national, fc.constantFrom('CN', 'US'), (code, digits, region) => {
        const raw = `${code} ${digits}`;
        const ours = normalizePhoneUncached(raw, region);
        const lib = parsePhoneNumberFromString(raw, region);
        if (ours.problem === 'placeholder') return;
        if (lib?.isValid()) {
          expect(ours.value).toBe(lib.number);
          expect(ours.keys?.phone_type).toBe(TYPES[lib.getType() ?? ''] ?? 'unknown');
        } else {
          expect(ours.problem).toBeDefined();
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mainDigits: the digits before any extension marker', () => {
  // The plain definition: split at the first marker, keep the ASCII digits.
  const reference = (text: string) => ((text.split(/ext|[x;#转分]/i)[0] ?? '').match(/\d/g) ?? []).join('');
  const cell = fc.string({ unit: fc.constantFrom('1', '3', '8', '0', ' ', '-', '(', ')', '+', 'x', 'X', 'e', 't', 'E', ';', '#', '转', '分', '１', 'a') });
  it('agrees with the plain definition', async () => {
    const { mainDigits } = await import('../../src/standardize/phone-text.js');
    fc.assert(fc.property(cell, (text) => { expect(mainDigits(text)).toBe(reference(text)); }), { numRuns: 3000 });
    expect(mainDigits('+1 (212) 553-4754 ext. 12')).toBe('12125534754');
  });
});

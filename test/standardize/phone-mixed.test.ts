// Phones in mixed-country files without a country column: foreign layouts are reported rather than
// read as CN, and a row's own evidence (postcode, region, e-mail domain) picks the region.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizePhone, normalizePhoneUncached } from '../../src/standardize/phone.js';
import { rowCountry } from '../../src/standardize/row-country.js';
import { markExtension } from '../../src/standardize/phone-text.js';
import { standardizeRecord } from '../../src/standardize/record.js';
import type { FieldValues, NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const inCountry = (country: string): NormalizeContext => ({ ...CN, country });
const foreign = (name: string, e164: string) => `foreign layout: reads as ${name} ${e164}, and the row gives no country`;

describe('no country in the row: a strongly foreign layout is reported, not read as CN', () => {
  it.each<[string, string]>([
    ['(212) 553-4754', foreign('US/Canada', '+12125534754')],
    ['212-553-4754', foreign('US/Canada', '+12125534754')],
    ['212.553.4754', foreign('US/Canada', '+12125534754')],
    ['1-212-646-9483', foreign('US/Canada', '+12126469483')],
    ['(720)620-9081', foreign('US/Canada', '+17206209081')],
    ['07440 683900', foreign('UK', '+447440683900')],
    ['(07986) 468596', foreign('UK', '+447986468596')],
    ['0152 16486139', foreign('German', '+4915216486139')],
    ['0171/8326475', foreign('German', '+491718326475')],
    ['0175-96103725', foreign('German', '+4917596103725')],
  ])('%s', (raw, problem) => {
    expect(normalizePhone(raw, CN)).toEqual({ value: raw, changed: false, problem });
  });
});

describe('no country in the row: Chinese layouts and service numbers stay CN', () => {
  it.each<[string, string]>([
    ['400-810-8888', '+864008108888'],
    ['800-820-8820', '+868008208820'],
    ['020 7524 8893', '+862075248893'], // a London layout too, but also Guangzhou's: digits alone decide nothing
    ['0755 79828288', '+8675579828288'],
    ['138 0013 8000', '+8613800138000'],
    ['(021) 6234 5678', '+862162345678'],
    ['017067499106', '+8617067499106'], // a trunk 0 before a mobile, as some Chinese systems write it
    ['+1 (212) 553-4754', '+12125534754'],
  ])('%s → %s', (raw, e164) => {
    const result = normalizePhone(raw, CN);
    expect(result.value).toBe(e164);
    expect(result.problem).toBeUndefined();
  });
});

describe('not valid for CN: a foreign-looking layout is named in the problem', () => {
  it.each<[string, string]>([
    ['0161 463 7486', 'invalid number for CN (looks like UK +441614637486)'],
    ['(0113) 332 4996', 'invalid number for CN (looks like UK +441133324996)'],
    ['030/453118', 'invalid number for CN (looks like German +4930453118)'],
    ['0592-76017048', 'invalid number for CN'],
  ])('%s', (raw, problem) => {
    expect(normalizePhone(raw, CN)).toEqual({ value: raw, changed: false, problem });
  });
});

describe('a country given for the row is trusted over the layout', () => {
  it.each<[string, NormalizeContext, string]>([
    ['(212) 553-4754', inCountry('CN'), '+862125534754'],
    ['(212) 553-4754', inCountry('US'), '+12125534754'],
    ['07440 683900', inCountry('GB'), '+447440683900'],
    ['0152 16486139', inCountry('DE'), '+4915216486139'],
  ])('%s in %o → %s', (raw, ctx, e164) => {
    expect(normalizePhone(raw, ctx).value).toBe(e164);
  });
});

describe('rowCountry: evidence a row gives of its country', () => {
  it.each<[FieldValues, string | undefined]>([
    [{ postcode: 'SW1A 1AA' }, 'GB'],
    [{ postcode: 'g2 1jq' }, 'GB'],
    [{ postcode: '10079-2562' }, 'US'],
    [{ postcode: '10079' }, undefined], // a US ZIP or a German PLZ
    [{ postcode: '518000' }, undefined],
    [{ region: 'NY' }, 'US'],
    [{ region: 'California' }, 'US'],
    [{ region: 'Calif.' }, 'US'],
    [{ region: 'ny' }, undefined], // a lower-case pair is not how a state code is written
    [{ region: 'Bayern' }, 'DE'],
    [{ region: 'Nordrhein-Westfalen' }, 'DE'],
    [{ region: 'Scotland' }, 'GB'],
    [{ region: 'Greater London' }, undefined],
    [{ email: 'fbauer@sterlinghandel.de' }, 'DE'],
    [{ email: 'olivia.wright@goldcrest.co.uk' }, 'GB'],
    [{ email: 'paul.brown@gmail.com' }, undefined],
    [{ email: 'de@example.com' }, undefined],
    [{ region: 'TX', postcode: '78745' }, 'US'],
    [{ postcode: 'SW1A 1AA', email: 'jo@example.de' }, undefined], // evidence both ways is none
    [{ name: '张伟', postcode: 'SW1A 1AA' }, undefined], // a Chinese row stays Chinese
    [{ address: '广东省深圳市南山区科技园路12号', email: 'zw@x.de' }, undefined],
    [{ company: '无', region: 'CA' }, 'US'], // 无 ("none") is a placeholder, not a sign of a Chinese row
    [{}, undefined],
  ])('%o → %s', (fields, country) => {
    expect(rowCountry(fields)?.country).toBe(country);
  });
});

const row = (fields: FieldValues) => standardizeRecord({ source: 'crm', file: 'crm.csv', row: 2, fields, extra: {} }, CN);

describe('standardizeRecord reads a phone in the country its row points to', () => {
  it.each<[FieldValues, string, string | undefined]>([
    [{ name: 'Anthony Brown', phone: '(212) 553-4754', region: 'NY', postcode: '10079' }, '+12125534754', 'phone.e164+row_country'],
    [{ name: 'Paul Brown', phone: '720-230-2442', region: 'CO' }, '+17202302442', 'phone.e164+row_country'],
    [{ name: 'Alfie Turner', phone: '07440 683900', postcode: 'G2 1JQ' }, '+447440683900', 'phone.e164+row_country'],
    [{ name: 'Mia Brown', phone: '020 7524 8893', postcode: 'SW1A 4ED' }, '+442075248893', 'phone.e164+row_country'],
    [{ name: 'Felix Bauer', phone: '030 617413', email: 'fbauer@sterlinghandel.de' }, '+4930617413', 'phone.e164+row_country'],
    [{ name: 'Felix Bauer', phone: '017067499106', region: 'Berlin' }, '+4917067499106', 'phone.e164+row_country'],
    [{ name: 'Brian Jackson', company: '无', phone: '(323) 741-6758', region: 'CA' }, '+13237416758', 'phone.e164+row_country'],
    // International forms do not depend on the region: the same rule as ever.
    [{ name: 'Mia Brown', phone: '+44 20 7622 7392', postcode: 'SW1A 1JE' }, '+442076227392', 'phone.e164'],
    // A Chinese row: no inference, the default region reads the number.
    [{ name: '张伟', phone: '020 7524 8893', email: 'zw@example.co.uk' }, '+862075248893', 'phone.e164'],
    // Conflicting evidence: none, so the default region reads it.
    [{ name: 'Jo Smith', phone: '020 7524 8893', postcode: 'SW1A 1AA', email: 'jo@example.de' }, '+862075248893', 'phone.e164'],
    // The row's own country column wins over its other fields.
    [{ name: 'Anthony Brown', phone: '(212) 553-4754', region: 'NY', country: '中国' }, '+862125534754', 'phone.e164'],
  ])('%o → %s', (fields, value, rule) => {
    const { record, changes } = row(fields);
    expect(record.fields.phone).toBe(value);
    expect(changes.find((c) => c.field === 'phone')?.rule).toBe(rule);
    expect(record.problems.filter((p) => p.field === 'phone')).toEqual([]);
  });

  it('a mobile column keys as mobile_type with the region from the row', () => {
    const { record } = row({ name: 'Olivia Wright', mobile: '07766 818875', email: 'olivia.wright@goldcrest.co.uk' });
    expect(record.fields.mobile).toBe('+447766818875');
    expect(record.keys.mobile_type).toBe('mobile');
  });

  it('a number not valid where the row points is kept and reported, with the default reading as a hint', () => {
    const { record } = row({ name: 'Sam Green', mobile: '07629 463862', postcode: 'EH1 9WE' });
    expect(record.fields.mobile).toBe('07629 463862');
    expect(record.problems.filter((p) => p.field === 'mobile')).toEqual([{
      source: 'crm', row: 2, field: 'mobile', value: '07629 463862',
      reason: "invalid number for GB (reads as CN +867629463862, but the row's postcode points to GB)", kind: 'invalid',
    }]);
  });
});

describe('the fast paths (US/GB/DE, extensions, "(0)") agree with libphonenumber', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const cases = fc.oneof(
    digits(10).map((d) => ['US', `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`] as const),
    digits(10).map((d) => ['US', `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`] as const),
    digits(10).map((d) => ['GB', `0${d.slice(0, 4)} ${d.slice(4)}`] as const),
    digits(9).map((d) => ['GB', `0${d}`] as const),
    fc.integer({ min: 6, max: 11 }).chain((n) => digits(n)).map((d) => ['DE', `0${d.slice(0, 3)}/${d.slice(3)}`] as const),
    fc.integer({ min: 6, max: 11 }).chain((n) => digits(n)).map((d) => ['DE', `0${d}`] as const),
    digits(10).map((d) => ['DE', `+44 ${d}`] as const),
    digits(10).map((d) => ['GB', `+1 ${d}`] as const),
    fc.integer({ min: 6, max: 11 }).chain((n) => digits(n)).map((d) => ['US', `+49 ${d}`] as const),
    fc.tuple(digits(10), fc.constantFrom(' x', 'x', ' ext. ', ' ext ', '#', ' extension '), digits(3))
      .map(([d, mark, ext]) => ['US', `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}${mark}${ext}`] as const),
    fc.tuple(digits(10), fc.constantFrom('转', ' 转 ', '分机', '#', ' ext. '), digits(3))
      .map(([d, mark, ext]) => ['CN', `0${d.slice(0, 2)}-${d.slice(2)}${mark}${ext}`] as const),
    fc.tuple(fc.constantFrom('+44', '+49', '+86', '+1'), digits(10)).map(([cc, d]) => ['CN', `${cc} (0)${d}`] as const),
  );
  it('same E.164 or both invalid', () => {
    fc.assert(
      fc.property(cases, ([region, raw]) => {
        const ours = normalizePhoneUncached(raw, region);
        const lib = parsePhoneNumberFromString(markExtension(raw, region), region);
        if (ours.problem === 'placeholder') return;
        if (lib?.isValid()) expect(ours.value).toBe(lib.ext ? `${lib.number};ext=${lib.ext}` : lib.number);
        else expect(ours.problem).toBeDefined();
      }),
      { numRuns: 4000 },
    );
  });
});

describe('no country in the row: a cell with layout takes the fast path only when no foreign layout is in it', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
  const sep = fc.constantFrom(' ', '-', '.', '/', ' - ');
  // Groupings Chinese numbers are written in, and the foreign ones parseOnePhone reports.
  const cells = fc.oneof(
    fc.tuple(digits(10), sep, sep).map(([d, a, b]) => `1${d.slice(0, 2)}${a}${d.slice(2, 6)}${b}${d.slice(6)}`),
    fc.tuple(digits(10), sep).map(([d, a]) => `0${d.slice(0, 2)}${a}${d.slice(2)}`),
    fc.tuple(digits(10), sep, sep).map(([d, a, b]) => `(${d.slice(0, 3)})${a}${d.slice(3, 6)}${b}${d.slice(6)}`),
    fc.tuple(digits(10), sep, sep).map(([d, a, b]) => `${d.slice(0, 3)}${a}${d.slice(3, 6)}${b}${d.slice(6)}`),
    fc.tuple(digits(9), sep).map(([d, a]) => `07${d.slice(0, 3)}${a}${d.slice(3)}`),
    fc.tuple(digits(9), sep).map(([d, a]) => `01${d.slice(0, 2)}${a}${d.slice(2)}`),
    fc.tuple(digits(10), sep).map(([d, a]) => `+86${a}${d}`),
  );
  it('the same result as the full path, which checks the layout first', () => {
    fc.assert(
      fc.property(cells, fc.boolean(), (raw, mobileFree) => {
        expect(normalizePhone(raw, CN, mobileFree)).toEqual(normalizePhoneUncached(raw, 'CN', true, mobileFree));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('rowCountry: the first field that names a country, unless another names a different one', () => {
  const reference = (fields: FieldValues) => {
    if (/\p{Script=Han}/u.test(fields.region ?? '')) return undefined; // a Chinese row
    let found: { country: string; because: string } | undefined;
    for (const [field, because] of [['postcode', 'postcode'], ['region', 'region'], ['email', 'e-mail domain']] as const) {
      const raw = fields[field];
      const country = raw ? rowCountry({ [field]: raw })?.country : undefined;
      if (!country) continue;
      if (found && found.country !== country) return undefined;
      found ??= { country, because };
    }
    return found;
  };
  const pick = <T,>(xs: T[]) => fc.option(fc.constantFrom(...xs), { nil: undefined });
  const fields = fc.record({
    postcode: pick(['SW1A 1AA', '10079-2562', '70185', '200000', '']),
    region: pick(['Bayern', 'NY', 'California', 'Scotland', '上海市', 'ny', '']),
    email: pick(['a@b.de', 'c@d.co.uk', 'e@f.us', 'g@h.com', 'x@example.constructor', '']),
  });
  it('agrees with reading the fields one by one', () => {
    fc.assert(fc.property(fields, (f) => { expect(rowCountry(f)).toEqual(reference(f)); }), { numRuns: 1500 });
  });
});

// Invariants of the text, phone, e-mail, date, amount, currency and country normalizers:
// each is idempotent on its own output and total (never throws) on any string.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/standardize/text.js';
import { normalizePhone } from '../../src/standardize/phone.js';
import { normalizeEmail } from '../../src/standardize/email.js';
import { normalizeDate } from '../../src/standardize/date.js';
import { normalizeAmount } from '../../src/standardize/amount.js';
import { normalizeCurrency } from '../../src/standardize/currency.js';
import { normalizeCountry } from '../../src/standardize/country.js';
import type { NormalizeContext, NormalizeResult } from '../../src/types.js';

type Normalizer = (raw: string, ctx: NormalizeContext) => NormalizeResult;

const pieces = (chars: string) => fc.constantFrom(...[...chars]);
const joined = (...parts: fc.Arbitrary<string>[]) =>
  fc.array(fc.oneof(...parts), { maxLength: 30 }).map((a) => a.join(''));

const digits = pieces('01234567890123456789０１９');
const separators = pieces(' -/.,;:()+#、，；\n\t\u3000\u200b');
const words = fc.constantFrom(
  '+86', '0086', '转', '分机', 'ext.', 'x', '年', '月', '日', '时', '分', 'T', 'Z', '+08:00', 'PM', 'Jul',
  'Sept', 'Fri,', '¥', '￥', '$', 'US$', 'HK$', '€', 'EUR', 'RMB', '元', '万', '亿', 'E+', '−', '@', '<', '>',
  'mailto:', 'gmial.com', 'qq.con', '.com', 'CN', 'USA', '中国', '香港', 'N/A',
);
const letters = pieces('abcxyzABCZ张伟é');

/** Digit-heavy strings built from the pieces these normalizers react to. */
const structured = joined(digits, digits, separators, words, letters);
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), structured);

const BASE: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'dmy' };
const contexts = fc.constantFrom<NormalizeContext>(
  BASE,
  { ...BASE, dateOrder: 'mdy', country: 'US' },
  { ...BASE, dateOrder: 'ymd', country: 'DE', autoFix: true },
  { ...BASE, defaultRegion: 'GB' },
);

const NORMALIZERS: Array<[string, Normalizer]> = [
  ['text', (raw) => normalizeText(raw)],
  ['phone', normalizePhone],
  ['email', normalizeEmail],
  ['date', normalizeDate],
  ['amount', normalizeAmount],
  ['currency', normalizeCurrency],
  ['country', (raw) => normalizeCountry(raw)],
];

describe.each(NORMALIZERS)('%s normalizer', (_name, normalize) => {
  it('is idempotent: its output normalizes to itself, unchanged', () => {
    fc.assert(
      fc.property(anyString, contexts, (raw, ctx) => {
        const once = normalize(raw, ctx);
        const twice = normalize(once.value, ctx);
        expect(twice.value).toBe(once.value);
        expect(twice.changed).toBe(false);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws, and changed says whether the value differs from the input', () => {
    fc.assert(
      fc.property(anyString, contexts, (raw, ctx) => {
        const result = normalize(raw, ctx);
        expect(typeof result.value).toBe('string');
        expect(result.changed).toBe(result.value !== raw);
        if (result.changed) expect(result.rule).toBeTruthy();
      }),
      { numRuns: 600 },
    );
  });
});

// Amounts → a plain decimal string ("-1234.5"), exact: digits are moved as text, never through floats.
//
// Reading separators: with both "." and "," the last one is the decimal mark. A space or apostrophe
// is always a thousands separator ("1 234,56", "1'234.56"). A lone "," with exactly three digits
// after it ("1,234") is a thousands separator, except for rows whose country writes decimal commas
// (DE, FR, RU ...); any other lone "," is a decimal comma ("12,5"). A lone "." is always the decimal
// point, since that is the form this normalizer writes; where the row's country writes "." for
// thousands and three digits follow ("1.234" in DE), the value is reported as ambiguous.
// Canonical form: no leading zeros, no trailing fractional zeros ("12.50" → "12.5"), no "-0".
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { blank, invalid } from './result.js';
import { takeCurrency } from './currency.js';

const DECIMAL_COMMA_COUNTRIES = new Set([
  'DE', 'AT', 'FR', 'BE', 'NL', 'IT', 'ES', 'PT', 'BR', 'RU', 'UA', 'PL', 'CZ', 'SK', 'SE', 'NO', 'DK', 'FI',
  'TR', 'ID', 'VN', 'AR', 'CL', 'CO', 'GR', 'HU', 'RO', 'BG', 'HR', 'SI', 'RS', 'LT', 'LV', 'EE',
]);

const MULTIPLIERS: Readonly<Record<string, number>> = { 万亿: 12, 亿: 8, 万: 4, 千: 3 };
const MULTIPLIER_SUFFIX = /(万亿|亿|万|千)$/;

/** The pieces around the number: sign, currency, power-of-ten multiplier. */
interface Decorations {
  body: string;
  negative: boolean;
  currency?: string;
  conflict?: string;
  exponent: number;
}

/** Peel currency tokens, signs, parentheses and 万/亿 off both ends, in any order they come. */
function peel(text: string, country: string | undefined): Decorations {
  const d: Decorations = { body: text, negative: false, exponent: 0 };
  for (let round = 0; round < 6; round++) {
    const before = d.body;
    let body = d.body.trim();
    if (body.startsWith('(') && body.endsWith(')')) { d.negative = true; body = body.slice(1, -1).trim(); }
    if (/^[-−]/.test(body)) { d.negative = true; body = body.slice(1).trim(); }
    else if (body.startsWith('+')) body = body.slice(1).trim();
    if (/[-−]$/.test(body)) { d.negative = true; body = body.slice(0, -1).trim(); }
    const multiplier = MULTIPLIER_SUFFIX.exec(body);
    if (multiplier && d.exponent === 0) { d.exponent = MULTIPLIERS[multiplier[1]!]!; body = body.slice(0, multiplier.index).trim(); }
    for (const end of ['start', 'end'] as const) {
      const found = /^\d/.test(end === 'start' ? body : body.slice(-1)) ? undefined : takeCurrency(body, end, country);
      if (!found) continue;
      if (d.currency && d.currency !== found.code) d.conflict = `${d.currency} and ${found.code}`;
      d.currency ??= found.code;
      body = found.rest;
    }
    d.body = body;
    if (body === before) break;
  }
  return d;
}

type Digits = { int: string; frac: string } | { problem: string };

/** A pattern that matches nothing: "no thousands separator". */
const NEVER = /(?!)/;
const GROUP_MARKS = /[ '’\u00a0\u202f]/;
const SCIENTIFIC = /^(\d+)(?:\.(\d+))?e([+-]?\d{1,3})$/i;

/** Split a bare number into integer and fraction digits, deciding which mark is the decimal one. */
function readDigits(body: string, country: string | undefined): Digits & { ambiguous?: boolean } {
  const sci = SCIENTIFIC.exec(body);
  if (sci) return shift({ int: sci[1]!, frac: sci[2] ?? '' }, Number(sci[3]));
  if (!/^\d[\d.,'’ \u00a0\u202f]*$/.test(body) && !/^[.,]\d+$/.test(body)) return { problem: 'not an amount' };
  if (GROUP_MARKS.test(body)) return splitAt(body, body.includes(',') ? ',' : '.', GROUP_MARKS);
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) return body.lastIndexOf('.') > body.lastIndexOf(',') ? splitAt(body, '.', /,/) : splitAt(body, ',', /\./);
  if (dots > 1) return splitAt(body, undefined, /\./);
  if (commas > 1) return splitAt(body, undefined, /,/);
  const decimalComma = country !== undefined && DECIMAL_COMMA_COUNTRIES.has(country);
  if (commas === 1) return /^\d{1,3},\d{3}$/.test(body) && !decimalComma ? splitAt(body, undefined, /,/) : splitAt(body, ',', NEVER);
  const read = splitAt(body, '.', NEVER);
  return dots === 1 && decimalComma && /^\d{1,3}\.\d{3}$/.test(body) ? { ...read, ambiguous: true } : read;
}

/** Read `body` with `decimal` (its last occurrence) as the decimal mark and `group` as the thousands separator. */
function splitAt(body: string, decimal: '.' | ',' | undefined, group: RegExp): Digits {
  const at = decimal ? body.lastIndexOf(decimal) : -1;
  const intText = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? '' : body.slice(at + 1);
  if (!/^\d*$/.test(frac)) return { problem: 'not an amount' };
  const groups = intText.split(group);
  const wellGrouped = groups.length === 1 || (/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  if (!wellGrouped || !/^\d*$/.test(groups.join(''))) return { problem: 'thousands separators out of place' };
  return { int: groups.join(''), frac };
}

/** Multiply by 10^k by moving digits across the decimal point (k may be negative). */
function shift(d: { int: string; frac: string }, k: number): { int: string; frac: string } {
  if (k >= 0) return { int: d.int + d.frac.padEnd(k, '0').slice(0, k), frac: d.frac.slice(k) };
  const int = d.int.padStart(-k + 1, '0');
  return { int: int.slice(0, k), frac: int.slice(k) + d.frac };
}

/** Canonical text: no leading zeros, no trailing fractional zeros, no "-0". */
function canonical(d: { int: string; frac: string }, negative: boolean): string {
  const int = d.int.replace(/^0+(?=\d)/, '') || '0';
  const frac = d.frac.replace(/0+$/, '');
  const text = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "19964.5", "318.37": digits and at most one point, the commonest amounts, read without peel/readDigits. */
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** The general path's result for a plain decimal, or undefined (where "1.234" may be a thousand, ask it). */
function plainDecimal(raw: string, country: string | undefined): NormalizeResult | undefined {
  if (!PLAIN_DECIMAL.test(raw) || (country !== undefined && DECIMAL_COMMA_COUNTRIES.has(country))) return undefined;
  const dot = raw.indexOf('.');
  const value = canonical(dot < 0 ? { int: raw, frac: '' } : { int: raw.slice(0, dot), frac: raw.slice(dot + 1) }, false);
  return value === raw ? { value, changed: false } : { value, changed: true, rule: 'amount.decimal' };
}

/**
 * Normalize an amount: "¥1,234.50" → "1234.5" with derived.currency "CNY"; "1.5亿" → "150000000";
 * "(1.234,56 €)" → "-1234.56" (EUR); "1,234-" → "-1234". Unreadable values are kept and reported.
 */
export function normalizeAmount(raw: string, ctx: NormalizeContext): NormalizeResult {
  const plain = plainDecimal(raw, ctx.country);
  if (plain) return plain;
  const cleaned = cleanText(raw);
  if (cleaned === '') return blank(raw);
  const country = ctx.country;
  const d = peel(cleaned, country);
  if (d.conflict) return invalid(raw, `conflicting currencies: ${d.conflict}`);
  const digits = readDigits(d.body, country);
  if ('problem' in digits) return invalid(raw, digits.problem);
  const value = canonical(shift(digits, d.exponent), d.negative);
  const result: NormalizeResult = { value, changed: value !== raw };
  if (result.changed) result.rule = 'amount.decimal';
  if (d.currency) result.derived = { currency: d.currency };
  if (digits.ambiguous) result.note = `ambiguous: "${d.body}" read with "." as the decimal point`;
  return result;
}

// Phone numbers → E.164 through libphonenumber-js ("max" metadata: it alone tells mobile from fixed line).
//
// Output format: E.164, with an extension as in RFC 3966: "+862162345678;ext=801". Several numbers in
// one cell: value = the first valid one, keys.phone_others = the others joined by ";", and the others
// offered as derived phone/mobile values (see otherNumberFields). A phone cell of a record with no
// mobile keeps its first landline (any number not a mobile) when it opens with a mobile number, and
// offers that to mobile (`mobileFree`, see normalizePhoneUncached).
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { FieldValues, NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { blank, invalid } from './result.js';
import { isPlaceholderNumber, mainDigits, markExtension, splitPhoneCell } from './phone-text.js';
import { fastNumber, lengthProblem, numberType } from './phone-fast.js';
import { foreignLayout, layoutHint, mayBeForeign } from './phone-layout.js';
import type { RowEvidence } from './row-country.js';

export type PhoneType = 'mobile' | 'fixed_line' | 'fixed_line_or_mobile' | 'toll_free' | 'voip' | 'unknown';

/** One number read: either its E.164 form and type, or why it is not a number. */
type ParsedPhone = { e164: string; type: PhoneType } | { problem: string };

const TYPE_NAMES: Partial<Record<NonNullable<NumberType>, PhoneType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  TOLL_FREE: 'toll_free',
  // China's 400 numbers are SHARED_COST: business hotlines, grouped with 800 numbers for matching.
  SHARED_COST: 'toll_free',
  VOIP: 'voip',
};

const LENGTH_PROBLEMS: Record<string, string> = {
  TOO_SHORT: 'too short for',
  TOO_LONG: 'too long for',
  INVALID_LENGTH: 'invalid length for',
};

/** Why text that does not even parse is not a number, in words a user can act on. */
function unparsedReason(text: string, region: CountryCode): string {
  const length = validatePhoneNumberLength(text, region);
  if (length === 'INVALID_COUNTRY') return 'invalid country code';
  if (length && LENGTH_PROBLEMS[length]) return `${LENGTH_PROBLEMS[length]} ${region}`;
  return 'not a number';
}

/** Why a parsed number is not valid where it belongs. */
function invalidReason(parsed: PhoneNumber): string {
  const where = parsed.country ?? `+${parsed.countryCallingCode}`;
  const length = parsed.country ? lengthProblem(parsed.nationalNumber, parsed.country) : undefined;
  return length ? `${LENGTH_PROBLEMS[length]} ${where}` : `invalid number for ${where}`;
}

/** The number's type, or null when it is not valid (compiled rules first, the library as fallback). */
function typeOf(parsed: PhoneNumber): NumberType | null {
  const fast = parsed.country ? numberType(parsed.nationalNumber, parsed.country) : undefined;
  if (fast !== undefined) return fast;
  return parsed.isValid() ? parsed.getType() : null;
}

/**
 * Read one number (no separators left in it). `guarded`: the region is CN only by default (the row
 * has no country), so foreign layouts are reported instead of read as CN (see phone-layout.ts).
 */
export function parseOnePhone(part: string, region: CountryCode, guarded = false): ParsedPhone {
  const text = cleanText(part);
  if (!guarded) return readOnePhone(text, region);
  const foreign = foreignLayout(text);
  if (foreign) return { problem: `foreign layout: reads as ${foreign.name} ${foreign.e164}, and the row gives no country` };
  const read = readOnePhone(text, region);
  if (!('problem' in read) || read.problem === 'placeholder') return read;
  const hint = layoutHint(text);
  return hint ? { problem: `${read.problem} (${hint})` } : read;
}

/** A fast path's reading, unless the number is a placeholder (then the full parse says so). */
function fastReading(text: string, region: CountryCode): { e164: string; type: PhoneType } | undefined {
  const fast = fastNumber(text, region);
  if (!fast) return undefined;
  const placeholder = fast.plainCn ? isPlaceholderNumber(fast.national, '') : isPlaceholderNumber(mainDigits(text), fast.national);
  return placeholder ? undefined : { e164: fast.e164, type: TYPE_NAMES[fast.type] ?? 'unknown' };
}

function readOnePhone(text: string, region: CountryCode): ParsedPhone {
  const fast = fastReading(text, region);
  if (fast) return fast;
  const marked = markExtension(text, region);
  const parsed = parsePhoneNumberFromString(marked, region);
  if (isPlaceholderNumber(mainDigits(marked), parsed?.nationalNumber ?? '')) return { problem: 'placeholder' };
  if (!parsed) return { problem: unparsedReason(marked, region) };
  const type = typeOf(parsed);
  if (type === null) return { problem: invalidReason(parsed) };
  const e164 = parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
  return { e164, type: TYPE_NAMES[type ?? 'UAN'] ?? 'unknown' };
}

/** Region to read national numbers in: the row's country when libphonenumber knows it, else the default. */
export function phoneRegion(ctx: NormalizeContext): CountryCode {
  return regionOf(ctx).region;
}

/** The guard (see parseOnePhone) applies when CN is only the configured default, not the row's country. */
interface Region { region: CountryCode; guarded: boolean }
/** Per context object: contexts are shared by many rows, and this sits on the per-cell hot path. */
const regions = new WeakMap<NormalizeContext, Region>();

function regionOf(ctx: NormalizeContext): Region {
  let found = regions.get(ctx);
  if (found) return found;
  const country = ctx.country?.toUpperCase();
  const fallback = ctx.defaultRegion.toUpperCase();
  const region: CountryCode = country && isSupportedCountry(country) ? country : isSupportedCountry(fallback) ? fallback : 'CN';
  found = { region, guarded: region === 'CN' && country !== 'CN' };
  regions.set(ctx, found);
  return found;
}

/**
 * Normalize a phone cell without the cache (`guarded`: see parseOnePhone). `mobileFree`: the cell is
 * a phone column's and the record's mobile is empty, so a cell that opens with a mobile number and
 * holds a landline ("13800138000 / 010-65529988") keeps the landline, and its mobile number goes to
 * mobile (derived): rule "phone.split+e164+mobile_apart".
 */
export function normalizePhoneUncached(raw: string, region: CountryCode, guarded = false, mobileFree = false): NormalizeResult {
  const parts = splitPhoneCell(raw);
  if (parts.length === 0) return blank(raw);
  let results = parts.map((part) => ({ part, parsed: parseOnePhone(part, region, guarded) }));
  if (results.length === 1 && 'problem' in results[0]!.parsed) {
    results = splitOnSpaces(parts[0]!, region, guarded) ?? results;
  }
  const valid = results.flatMap((r) => ('e164' in r.parsed ? [r.parsed] : []));
  const problems = results.flatMap((r, i) =>
    'problem' in r.parsed ? [results.length > 1 ? `${r.parsed.problem} (number ${i + 1} of ${results.length}: ${r.part})` : r.parsed.problem] : [],
  );
  const landline = mobileFree && valid[0]?.type === 'mobile' ? valid.find((v) => v.type !== 'mobile') : undefined;
  if (landline) valid.unshift(...valid.splice(valid.indexOf(landline), 1));
  const first = valid[0];
  if (!first) return invalid(raw, problems.join('; '));
  const result: NormalizeResult = {
    value: first.e164,
    changed: first.e164 !== raw,
    keys: { phone_type: first.type },
  };
  if (result.changed) result.rule = landline ? 'phone.split+e164+mobile_apart' : results.length > 1 ? 'phone.split+e164' : 'phone.e164';
  if (valid.length > 1) {
    result.keys!.phone_others = valid.slice(1).map((v) => v.e164).join(';');
    result.derived = otherNumberFields(valid.slice(1));
  }
  // The cell's value is its first valid number: what else it held that is no number is a note.
  if (problems.length > 0) result.note = problems.join('; ');
  return result;
}

/**
 * Fields a cell's other numbers may fill: mobile a mobile number, phone any number, a landline first.
 * The cell's own field holds its first number, so a phone cell can fill only mobile and a mobile cell
 * only phone; record.ts fills empty fields only and reports the numbers no field took.
 */
function otherNumberFields(others: Array<{ e164: string; type: PhoneType }>): FieldValues {
  const fields: FieldValues = { phone: (others.find((o) => o.type !== 'mobile') ?? others[0]!).e164 };
  const mobile = others.find((o) => o.type === 'mobile');
  if (mobile) fields.mobile = mobile.e164;
  return fields;
}

/** "13800138000 13900139000": numbers separated by spaces only, tried when the whole does not parse. */
function splitOnSpaces(text: string, region: CountryCode, guarded: boolean) {
  const tokens = cleanText(text).split(' ');
  if (tokens.length < 2 || !tokens.every((t) => /^\+?\d{7,}$/.test(t))) return undefined;
  const results = tokens.map((part) => ({ part, parsed: parseOnePhone(part, region, guarded) }));
  return results.every((r) => 'e164' in r.parsed) ? results : undefined;
}

// A bounded cache for the full parse: phone columns repeat (switchboards with extensions, shared
// numbers, re-imports). The fast paths are cheaper than a cache lookup, so their results are not stored.
// When full the cache is cleared: cheaper per call than a true LRU, and memory stays flat on 10M rows.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, NormalizeResult>();

/** The result for a cell a fast path reads on its own (one number), or undefined. */
function fastResult(raw: string, region: CountryCode): NormalizeResult | undefined {
  const fast = fastReading(raw, region);
  if (!fast) return undefined;
  const keys = { phone_type: fast.type };
  return fast.e164 === raw ? { value: raw, changed: false, keys } : { value: fast.e164, changed: true, rule: 'phone.e164', keys };
}

/**
 * Normalize a phone cell to E.164 (see the file comment for the format; `mobileFree`: see
 * normalizePhoneUncached). Results of the full parse are cached by region and raw text, so treat the
 * returned object as read-only.
 */
export function normalizePhone(raw: string, ctx: NormalizeContext, mobileFree = false): NormalizeResult {
  const { region, guarded } = regionOf(ctx);
  // One number (what a fast path reads), so mobileFree changes nothing. Guarded, a cell that may be
  // in a foreign layout takes the fast path only once the layout check (parseOnePhone's) clears it:
  // "166 0536 2343" is one, and most such cells are plain mobiles.
  if (!guarded || !mayBeForeign(raw) || foreignLayout(cleanText(raw)) === undefined) {
    const fast = fastResult(raw, region);
    if (fast) return fast;
  }
  const key = (mobileFree ? 'm' : '') + (guarded ? '?' : '') + region + raw;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = normalizePhoneUncached(raw, region, guarded, mobileFree);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * A phone cell of a row with no country whose other fields point to one (row-country.ts). A
 * national number is read in that country: "(212) 553-4754" in a row with a US state is
 * +12125534754, its rule suffixed "+row_country" so the audit shows where the region came from.
 * Not valid there, it is reported as such and kept, with what the default region would read it as
 * for a hint: a reading that contradicts the row's own evidence is not made silently. International
 * forms (+…, 00…) do not depend on a region and are read as usual.
 */
export function normalizePhoneOfRow(
  raw: string, ctx: NormalizeContext, evidence: RowEvidence, rowCtx: NormalizeContext, mobileFree = false,
): NormalizeResult {
  const text = raw.trimStart();
  if (text.startsWith('+') || text.startsWith('00') || phoneRegion(ctx) === evidence.country) return normalizePhone(raw, ctx, mobileFree);
  const there = normalizePhone(raw, rowCtx, mobileFree);
  if (there.keys?.phone_type) return there.changed ? { ...there, rule: `${there.rule}+row_country` } : there;
  if (there.problem === undefined || there.problem === 'placeholder') return there;
  const here = normalizePhone(raw, ctx);
  if (!here.keys?.phone_type) return there;
  const hint = `reads as ${phoneRegion(ctx)} ${here.value}, but the row's ${evidence.because} points to ${evidence.country}`;
  return { ...there, problem: `${there.problem} (${hint})` };
}

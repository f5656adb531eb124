// Speed for the phone normalizer, with libphonenumber's own "max" metadata and its own logic:
// - numberType(): the library's getNumberType()/isValid(), but with the metadata's patterns compiled
//   once per country (the library builds a RegExp from the pattern text on every call, which makes
//   isValid() the hot spot: ~30k calls/s for CN numbers);
// - fastCnPhone(): the commonest values in Chinese exports, mobiles (138-0013-8000,
//   +86 138 0013 8000) and landlines (021-62345678, (010)62345678), read without the parse.
// - fastPhone(): the same for "+CC …" numbers of the calling codes the exports carry most (+1, +44,
//   +49, +86) in any region, and national numbers in US, GB and DE: digits and layout only.
// Tests check all three against the library on generated numbers. Each fast path answers only
// when it is sure the library would answer the same (a valid number); otherwise the full parse runs.
import { Metadata, type CountryCode, type NumberType } from 'libphonenumber-js/max';

/** A type's pattern and possible lengths, compiled (the library checks both). */
interface TypeRule {
  pattern: RegExp | undefined;
  lengths: number[];
}

interface CountryRules {
  general: RegExp;
  lengths: number[];
  types: Map<string, TypeRule>;
  /** Mobile pattern left empty in the metadata: it equals the fixed-line one. */
  mobileSameAsFixed: boolean;
}

/** The metadata object's methods we read are not in the published typings; read them defensively. */
interface PlanInternals {
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const NON_FIXED_LINE_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const rulesByCountry = new Map<string, CountryRules | null>();
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compileRules(country: CountryCode): CountryRules | null {
  try {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan as unknown as PlanInternals;
    const types = new Map<string, TypeRule>();
    let mobileSameAsFixed = false;
    for (const name of ['FIXED_LINE', ...NON_FIXED_LINE_TYPES]) {
      const type = plan.type(name);
      if (!type) continue;
      const pattern = type.pattern();
      if (name === 'MOBILE' && pattern === '') mobileSameAsFixed = true;
      types.set(name, { pattern: pattern ? whole(pattern) : undefined, lengths: type.possibleLengths() ?? plan.possibleLengths() });
    }
    return { general: whole(plan.nationalNumberPattern()), lengths: plan.possibleLengths(), types, mobileSameAsFixed };
  } catch {
    return null; // metadata layout changed: callers fall back to the library
  }
}

function rulesFor(country: CountryCode): CountryRules | null {
  let rules = rulesByCountry.get(country);
  if (rules === undefined) {
    rules = compileRules(country);
    rulesByCountry.set(country, rules);
  }
  return rules;
}

function isType(national: string, rule: TypeRule | undefined): boolean {
  return !!rule?.pattern && rule.lengths.includes(national.length) && rule.pattern.test(national);
}

/**
 * The library's getNumberType() for a national number of `country`: null when the number is not
 * valid there, undefined when the rules could not be compiled (ask the library).
 */
export function numberType(national: string, country: CountryCode): NumberType | null {
  const r = rulesFor(country);
  if (!r) return undefined;
  if (!r.general.test(national)) return null;
  if (isType(national, r.types.get('FIXED_LINE'))) {
    const mobile = r.types.get('MOBILE');
    if (r.mobileSameAsFixed || !mobile || isType(national, mobile)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const name of NON_FIXED_LINE_TYPES) {
    if (isType(national, r.types.get(name))) return name as NumberType;
  }
  return null;
}

/** "TOO_SHORT" / "TOO_LONG" / "INVALID_LENGTH" for a national number of `country`, or undefined. */
export function lengthProblem(national: string, country: CountryCode): string | undefined {
  const lengths = rulesFor(country)?.lengths;
  if (!lengths || lengths.includes(national.length)) return undefined;
  if (national.length < lengths[0]!) return 'TOO_SHORT';
  return national.length > lengths[lengths.length - 1]! ? 'TOO_LONG' : 'INVALID_LENGTH';
}

const LAYOUT = /[\s()-]/g;
/** Shapes whose national number is unambiguous: +86/0086 international, trunk-0 landline, bare mobile. */
const CN_SHAPE = /^(?:(?:\+86|0086)([1-9]\d{6,11})|0([1-9]\d{8,10})|(?:86)?(1\d{10}))$/;

/** A CN mobile or landline read without the parse; undefined when the parse must decide. */
export function fastCnPhone(text: string): { e164: string; type: 'mobile' | 'fixed_line' } | undefined {
  if (text.length > 24) return undefined;
  const shape = CN_SHAPE.exec(text.replace(LAYOUT, ''));
  if (!shape) return undefined;
  const national = (shape[1] ?? shape[2] ?? shape[3])!;
  const type = numberType(national, 'CN');
  if (type === 'MOBILE') return { e164: '+86' + national, type: 'mobile' };
  if (type === 'FIXED_LINE') return { e164: '+86' + national, type: 'fixed_line' };
  return undefined; // toll-free, invalid, unknown: the full parse says which and why
}

/** Calling codes fastPhone reads, with the main country of each: the one the library tries first. */
const FAST_CALLING_CODES: ReadonlyMap<string, CountryCode> = new Map([['1', 'US'], ['44', 'GB'], ['49', 'DE'], ['86', 'CN']]);
/** Regions whose national numbers fastPhone reads, with their national (trunk) prefix. */
const FAST_TRUNK: Partial<Record<CountryCode, string>> = { US: '1', GB: '0', DE: '0' };
/** Layout characters the library ignores; a slash with a space beside it separates two numbers. */
const FAST_LAYOUT = /[\s().\/-]/g;
const FAST_SHAPE = /^\+?\d{6,15}$/;
const SPACED_SLASH = /\s\/|\/\s/;

export interface FastPhone { e164: string; national: string; type: NonNullable<NumberType> }

/** The national number behind `digits` (no "+"), read in `region`, or undefined. */
function nationalOf(digits: string, region: CountryCode): { national: string; country: CountryCode } | undefined {
  const trunk = FAST_TRUNK[region];
  if (trunk === undefined) return undefined;
  if (region === 'US') return { national: digits.length === 11 && digits[0] === trunk ? digits.slice(1) : digits, country: region };
  if (digits[0] === trunk && digits[1] !== '0') return { national: digits.slice(1), country: region };
  return digits[0] === '0' ? undefined : { national: digits, country: region };
}

/**
 * A valid number written with digits and layout only, read without the parse: "+44 20 7946 0958"
 * anywhere, "(415) 555-0132" in US, "0151 234 5678" in GB, "030 1234567" in DE. In CN only the
 * international form (the CN national forms are fastCnPhone's). Undefined when the parse must decide.
 */
export function fastPhone(text: string, region: CountryCode): FastPhone | undefined {
  if (text.length > 32 || SPACED_SLASH.test(text)) return undefined;
  const compact = text.replace(FAST_LAYOUT, '');
  if (!FAST_SHAPE.test(compact)) return undefined;
  let read: { national: string; country: CountryCode } | undefined;
  if (compact[0] === '+') {
    const code = compact[2] === undefined ? undefined : FAST_CALLING_CODES.has(compact[1]!) ? compact[1]! : compact.slice(1, 3);
    const country = code === undefined ? undefined : FAST_CALLING_CODES.get(code);
    if (country) read = { national: compact.slice(1 + code!.length), country };
  } else if (region !== 'CN') {
    read = nationalOf(compact, region);
  }
  if (!read || read.national[0] === '0') return undefined;
  const type = numberType(read.national, read.country);
  if (!type) return undefined;
  const code = compact[0] === '+' ? compact.slice(1, compact.length - read.national.length) : callingCodeOf(read.country);
  return { e164: `+${code}${read.national}`, national: read.national, type };
}

function callingCodeOf(country: CountryCode): string {
  for (const [code, c] of FAST_CALLING_CODES) if (c === country) return code;
  throw new Error(`no calling code for ${country}`);
}

/** A trailing extension the library reads as one: "x198", "ext. 169", "转801", "#12". */
const EXTENSION = /^(.*?\d)\s*(?:ext\.?|extension|x|#|转|轉|分机|分機|内线|內線)\s*(\d{1,6})$/i;
/** "+49 (0)171 …": the trunk 0 some write after the calling code, for the codes whose prefix it is. */
const TRUNK_IN_PARENS = /^\+(44|49|86)\s*\(0\)\s*/;

export interface FastNumber extends FastPhone {
  /** Read by fastCnPhone from the whole text: its placeholder check is on the national number only. */
  plainCn: boolean;
}

/**
 * fastCnPhone (CN) or fastPhone, also through what often comes with a number: an extension and a
 * "(0)" after the calling code. E.164 with ";ext=" as the library's result would be written.
 */
export function fastNumber(text: string, region: CountryCode): FastNumber | undefined {
  const cn = region === 'CN' ? fastCnPhone(text) : undefined;
  if (cn) return { e164: cn.e164, national: cn.e164.slice(3), type: cn.type === 'mobile' ? 'MOBILE' : 'FIXED_LINE', plainCn: true };
  const ext = EXTENSION.exec(text);
  const main = (ext ? ext[1]! : text).replace(TRUNK_IN_PARENS, '+$1 ');
  let read: FastPhone | undefined;
  const mainCn = ext && region === 'CN' ? fastCnPhone(main) : undefined;
  if (mainCn) read = { e164: mainCn.e164, national: mainCn.e164.slice(3), type: mainCn.type === 'mobile' ? 'MOBILE' : 'FIXED_LINE' };
  else read = fastPhone(main, region);
  if (!read) return undefined;
  return { ...read, e164: ext ? `${read.e164};ext=${ext[2]}` : read.e164, plainCn: false };
}

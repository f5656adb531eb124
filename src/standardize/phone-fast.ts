// Speed for the phone normalizer, with libphonenumber's own "max" metadata and its own logic:
// - numberType(): the library's getNumberType()/isValid(), but with the metadata's patterns compiled
//   once per country (the library builds a RegExp from the pattern text on every call, which makes
//   isValid() the hot spot: ~30k calls/s for CN numbers);
// - fastCnPhone(): the commonest values in Chinese exports, mobiles (138-0013-8000,
//   +86 138 0013 8000) and landlines (021-62345678, (010)62345678), read without the parse.
// A test checks both against the library on generated numbers.
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

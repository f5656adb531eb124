// Postcodes: validated and written one way for CN, US, GB and DE; cleaned text elsewhere.
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';

/** UK outward + inward code (BS 7666), plus the Girobank oddity GIR 0AA. */
const GB = /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?(\d[A-Z]{2})$/;
/** A spreadsheet that stored the code as a number: "100020.0" was 100020. */
const EXCEL_FLOAT = /^(\d+)\.0+$/;

function result(raw: string, value: string, rule: string): NormalizeResult {
  return value === raw ? { value, changed: false } : { value, changed: true, rule };
}

function invalid(raw: string, problem: string): NormalizeResult {
  return { value: raw, changed: false, problem };
}

export function normalizePostcode(raw: string, ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return result(raw, '', 'text.clean');
  const country = (ctx.country ?? ctx.defaultRegion).toUpperCase();
  const compact = cleaned.replace(EXCEL_FLOAT, '$1');
  switch (country) {
    case 'CN': return chinese(raw, compact);
    case 'US': return american(raw, compact);
    case 'GB': case 'UK': return british(raw, compact);
    case 'DE': return german(raw, compact);
    default: return result(raw, cleaned, 'text.clean');
  }
}

/**
 * Six digits. Five digits that start with 1–7 lost a leading zero to a spreadsheet (010020 Hohhot,
 * 030001 Taiyuan, 050000 Shijiazhuang): the zero is put back, under its own rule.
 */
function chinese(raw: string, text: string): NormalizeResult {
  const digits = text.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) return result(raw, digits, 'postcode.clean');
  if (/^[1-7]\d{4}$/.test(digits)) return result(raw, `0${digits}`, 'postcode.leading_zero');
  return invalid(raw, 'CN postcode must be 6 digits');
}

/** ZIP or ZIP+4 as 12345 / 12345-6789; three or four digits lost leading zeros (02134 Boston). */
function american(raw: string, text: string): NormalizeResult {
  const m = /^(\d{3,5})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.replace(/\s+(?=\d{4}$)/, '-'));
  if (m) {
    const zip = m[1]!.padStart(5, '0');
    const value = m[2] ? `${zip}-${m[2]}` : zip;
    return result(raw, value, zip === m[1] ? 'postcode.clean' : 'postcode.leading_zero');
  }
  // Nine digits typed without the dash, or eight after Excel dropped the leading zero.
  const bare = /^(\d{8,9})$/.exec(text);
  if (bare) {
    const nine = bare[1]!.padStart(9, '0');
    const value = `${nine.slice(0, 5)}-${nine.slice(5)}`;
    return result(raw, value, nine === bare[1] ? 'postcode.clean' : 'postcode.leading_zero');
  }
  return invalid(raw, 'US ZIP code must be 5 digits or ZIP+4');
}

/** "sw1a1aa" → "SW1A 1AA": upper-case, one space before the three-character inward code. */
function british(raw: string, text: string): NormalizeResult {
  const m = GB.exec(text.toUpperCase().replace(/\s+/g, ''));
  if (!m) return invalid(raw, 'not a UK postcode');
  return result(raw, `${m[1]} ${m[2]}`, 'postcode.clean');
}

/** Five digits; four digits lost the leading zero of the 0xxxx region (01067 Dresden). */
function german(raw: string, text: string): NormalizeResult {
  const digits = text.replace(/^D-/i, '').replace(/\s/g, '');
  if (/^\d{5}$/.test(digits)) return result(raw, digits, 'postcode.clean');
  if (/^[1-9]\d{3}$/.test(digits)) return result(raw, `0${digits}`, 'postcode.leading_zero');
  return invalid(raw, 'DE postcode must be 5 digits');
}

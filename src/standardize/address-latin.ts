// Latin-script street addresses: abbreviations expanded the same way everywhere, casing fixed.
import { capitalizeWord, foldLatin } from './cjk.js';
import { US_STATE_CODES } from './us-states.js';
import { wordTable } from '../word-table.js';

/** Street types safe to expand wherever they follow a street name. */
const STREET_TYPES = wordTable({
  st: 'Street', str: 'Street', ave: 'Avenue', av: 'Avenue', rd: 'Road', blvd: 'Boulevard', dr: 'Drive',
  ln: 'Lane', ct: 'Court', hwy: 'Highway', pkwy: 'Parkway', pl: 'Place', sq: 'Square', ter: 'Terrace',
  terr: 'Terrace', cir: 'Circle', cres: 'Crescent', trl: 'Trail', expy: 'Expressway', fwy: 'Freeway',
  aly: 'Alley', ctr: 'Center',
});
/** The expanded forms ("Street"), which are street types as they stand. */
const STREET_TYPE_WORDS = new Set(Object.values(STREET_TYPES));
const UNITS = wordTable({
  apt: 'Apartment', ste: 'Suite', fl: 'Floor', flr: 'Floor', rm: 'Room', bldg: 'Building',
});
const DIRECTIONS = wordTable({
  n: 'North', s: 'South', e: 'East', w: 'West', ne: 'Northeast', nw: 'Northwest', se: 'Southeast', sw: 'Southwest',
});
const UNIT_WORDS = new Set(['apartment', 'suite', 'floor', 'room', 'building', 'unit', '#']);

const bare = (token: string): string => token.toLowerCase().replace(/\.$/, '');
const isNumber = (token: string): boolean => /^\d+[a-z]?$/i.test(token) || /^\d+-\d+$/.test(token);
const isOrdinal = (token: string | undefined): boolean => token !== undefined && /^\d+(st|nd|rd|th)$/i.test(token);
const isWord = (token: string | undefined): boolean => token !== undefined && /^\p{L}/u.test(token);
const isUnit = (token: string | undefined): boolean =>
  token !== undefined && (UNIT_WORDS.has(token.toLowerCase()) || bare(token) in UNITS || token.startsWith('#'));
const isStreetType = (token: string | undefined): boolean =>
  token !== undefined && (bare(token) in STREET_TYPES || STREET_TYPE_WORDS.has(token));

/** "Hartford CT 06103": a state code before a ZIP is not Court. */
function isStateBeforeZip(tokens: string[], i: number): boolean {
  return US_STATE_CODES.has(tokens[i]!) && /^\d{5}(-\d{4})?$/.test(tokens[i + 1] ?? '');
}

/** Expand one token of a comma-separated segment, looking at its neighbours. */
function expandToken(tokens: string[], i: number): string {
  const token = tokens[i]!;
  const key = bare(token);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const afterHouseNumber = i === 1 && isNumber(tokens[0]!);
  if (key in DIRECTIONS && /^[nsew]{1,2}\.?$/i.test(token) && !isUnit(prev)) {
    const pre = (i === 0 || afterHouseNumber) && (isWord(next) || isOrdinal(next)) && !isUnit(next);
    const post = isStreetType(prev) && (next === undefined || isUnit(next));
    return pre || post ? DIRECTIONS[key]! : token;
  }
  if (key in UNITS && next !== undefined) return UNITS[key]!;
  if (!(key in STREET_TYPES) || i === 0 || isStateBeforeZip(tokens, i)) return token;
  // "123 St Marks Pl" is Saint; "Dr" right after the number opens a name (Dr Martin Luther King Blvd).
  if (key === 'st' && afterHouseNumber && isWord(next)) return 'Saint';
  if (key === 'dr' && afterHouseNumber && isWord(next)) return token;
  return STREET_TYPES[key]!;
}

/** Title-case a token from an ALL-CAPS or all-lower address; 1ST → 1st, 4B and state codes kept. */
function caseToken(tokens: string[], i: number, last: boolean): string {
  const token = tokens[i]!;
  if (/\d/.test(token)) return /^\d+(st|nd|rd|th)$/i.test(token) ? token.toLowerCase() : token;
  if (US_STATE_CODES.has(token) && (last || isStateBeforeZip(tokens, i))) return token;
  if (token === 'PO' || token === 'po') return 'PO';
  return token.split('-').map(capitalizeWord).join('-');
}

/** "P.O. Box" / "p o box" → "PO Box". */
function poBox(text: string): string {
  return text.replace(/\bp\.?\s?o\.?\s+box\b/gi, 'PO Box');
}

/** Clean a Latin address: abbreviations expanded, casing fixed when typed all upper or all lower. */
export function expandLatinAddress(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const recase = letters.length > 1 && (letters === letters.toUpperCase() || letters === letters.toLowerCase());
  const segments = poBox(text).split(',').map((s) => s.trim());
  const out = segments.map((segment, s) => {
    const tokens = segment.split(' ').filter((t) => t !== '');
    const cased = recase
      ? tokens.map((_, i) => caseToken(tokens, i, s === segments.length - 1 && i >= tokens.length - 2))
      : tokens;
    return cased.map((_, i) => expandToken(cased, i)).join(' ');
  });
  return out.filter((s) => s !== '').join(', ');
}

/** Lower-case tokens for matching: diacritics folded, punctuation out, numbers kept. */
export function latinAddressKey(text: string): string {
  return foldLatin(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

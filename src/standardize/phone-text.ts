// Text-level helpers for phone cells: splitting several numbers, extension markers, placeholders.
import { cleanText } from './text.js';

/** Separators that always mean "another number follows"; ";ext=" (our own output) is not one. */
const HARD_SEPARATORS = /[\n\r,，；、|]+|;(?!ext=)|\s+(?:or|and|或|和)\s+/i;
/** A slash splits only when spaced ("138… / 010…"): "030/1234567" is a German number. */
const SPACED_SLASH = /\s+\/\s*|\s*\/\s+/;
/** Where a number's extension starts ("ext", "x", ";", "#", 转, 分): mainDigits stops there. */
const EXTENSION_START = /ext|[x;#转分]/i;
const NON_DIGITS = /\D+/g;

/** Split a cell holding several numbers. Returns the pieces, cleaned (see cleanText) and non-empty. */
export function splitPhoneCell(raw: string): string[] {
  const parts: string[] = [];
  for (const piece of raw.split(HARD_SEPARATORS)) {
    if (piece === undefined) continue;
    for (const sub of piece.split(SPACED_SLASH)) {
      const cleaned = cleanText(sub);
      if (cleaned !== '') parts.push(cleaned);
    }
  }
  return joinExtensionOnlyParts(parts);
}

/** "021-62345678, ext 801": a piece holding only an extension belongs to the number before it. */
function joinExtensionOnlyParts(parts: string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined.length - 1;
    if (previous >= 0 && /^(?:ext\.?|extension|x|转|分机)\s*\d{1,6}$/i.test(part)) joined[previous] += ' ext. ' + part.replace(/^\D+/, '');
    else joined.push(part);
  }
  return joined;
}

/** Chinese extension markers (转, 分机, 内线) and "#801" become " ext. " which libphonenumber reads. */
const CJK_EXTENSION = /\s*(?:转|轉|分机|分機|内线|內線|#)\s*(?=\d)/;
/** A trailing dash group after a complete CN landline is an extension: 021-62345678-801. */
const CN_LANDLINE_DASH_EXT = /^(\(?0\d{2,3}\)?[\s-]?\d{7,8})-(\d{1,5})$/;

/** Rewrite extension notations libphonenumber does not read into one it does. */
export function markExtension(text: string, region: string): string {
  let out = text.replace(CJK_EXTENSION, ' ext. ');
  if (region === 'CN') {
    const dashExt = CN_LANDLINE_DASH_EXT.exec(out);
    if (dashExt) out = `${dashExt[1]} ext. ${dashExt[2]}`;
  }
  return out;
}

/** The digits of a number without its extension part (for placeholder checks). */
export function mainDigits(text: string): string {
  const cut = text.search(EXTENSION_START);
  return (cut < 0 ? text : text.slice(0, cut)).replace(NON_DIGITS, '');
}

const ASCENDING = '01234567890123456789';
const DESCENDING = '98765432109876543210';

/**
 * Dummy numbers typed to get past a mandatory field: 13800000000, 00000000, 12345678901, 1111111.
 * `digits` is all digits typed; `national` the national significant number when it parsed.
 */
export function isPlaceholderNumber(digits: string, national: string): boolean {
  return isPlaceholderDigits(digits) || isPlaceholderDigits(national);
}

function isPlaceholderDigits(d: string): boolean {
  if (d.length < 6) return false;
  if (/^(\d)\1+$/.test(d)) return true;
  if (d.length >= 8 && (ASCENDING.includes(d) || DESCENDING.includes(d))) return true;
  if (d.length === 11 && /^1[3-9]\d(\d)\1{7}$/.test(d)) return true; // 138 0000 0000
  return /0{7,}$/.test(d) && d.length >= 9; // a local number of zeros after the area code
}

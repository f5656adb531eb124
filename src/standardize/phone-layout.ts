// Phone numbers written the way US, UK or German numbers are, in a row that gives no country.
//
// The default region (CN) reads many foreign national numbers as valid Chinese ones:
// libphonenumber takes "(212) 553-4754" for a Shanghai landline (21 + 8 digits), "07440 683900" for
// a Zhangjiajie one, "0152 16486139" for a mobile behind a trunk 0. Accepting those silently puts a
// wrong +86 number into the output and into matching. So, when the region is only the default:
// - a cell in a layout no Chinese number is written in (STRONG below), that is a valid number of
//   the region the layout belongs to, is reported ("foreign layout") and kept as it was, naming what
//   it reads as. 400-/800- service numbers, written 3-3-4 in China as well, stay with CN.
// - a cell in a layout common abroad but not unknown in China (HINTS) is read as CN as before; only
//   when it is not valid for CN does its problem say what it looks like: "invalid number for CN
//   (looks like UK +441614637486)".
// Digits alone never make a number foreign (0755 79828288 and 020 7524 8893 are both Chinese and
// British layouts): that needs the row's own evidence (row-country.ts, record.ts).
import type { CountryCode } from 'libphonenumber-js/max';
import { fastPhone } from './phone-fast.js';

interface Layout {
  region: CountryCode;
  name: string;
  pattern: RegExp;
}

const STRONG: Layout[] = [
  // NANP 3-3-4 with separators: (212) 553-4754, 212-553-4754, 212.553.4754, 1-212-553-4754.
  // Chinese numbers group 3-4-4 (mobiles) or area code + 7/8 digits, never 3-3-4.
  {
    region: 'US',
    name: 'US/Canada',
    pattern: /^(?:1[-. ])?(?:\((?![48]00)[2-9]\d\d\) ?|(?![48]00)[2-9]\d\d[-. ])[2-9]\d\d[-. ]\d{4}$/,
  },
  // UK 5-6: 07440 683900, (01632) 960123. A Chinese area code has at most four digits with its 0.
  { region: 'GB', name: 'UK', pattern: /^(?:\(0[1-9]\d{3}\) ?|0[1-9]\d{3}[ -])\d{6}$/ },
  // German mobile prefix 015x/016x/017x set apart: 0152 16486139, 0171/8326475. No Chinese area
  // code starts 01 but 010, and a Chinese mobile is not written split after a trunk 0.
  { region: 'DE', name: 'German', pattern: /^(?:\(01[5-7]\d{1,2}\) ?|01[5-7]\d{1,2}[ /-])\d{6,8}$/ },
];

const HINTS: Layout[] = [
  // UK 4-3-4 and 3-4-4 in spaces: 0161 463 7486, (0113) 332 4996, 020 7524 8893.
  { region: 'GB', name: 'UK', pattern: /^(?:\(0[1-9]\d{2}\) ?|0[1-9]\d{2} )\d{3} \d{4}$|^(?:\(0[1-9]\d\) ?|0[1-9]\d )\d{4} \d{4}$/ },
  // The German slash after the area code: 030/453118, 0711/88782829.
  { region: 'DE', name: 'German', pattern: /^0[1-9]\d{1,3}\/\d{4,8}$/ },
];

/** A quick filter before the patterns: digits with a separator, starting with a digit or "(". */
const MAY_BE_FOREIGN = /^\s*(?=.*[\s().\/-])[(\d][\d\s().\/-]{9,19}$/;

/** Whether a cell may hold one of the layouts (cheap; foreignLayout decides). */
export function mayBeForeign(text: string): boolean {
  return MAY_BE_FOREIGN.test(text);
}

function matchLayout(text: string, layouts: Layout[]): { name: string; e164: string } | undefined {
  if (!MAY_BE_FOREIGN.test(text)) return undefined;
  for (const layout of layouts) {
    if (!layout.pattern.test(text)) continue;
    const read = fastPhone(text, layout.region);
    return read ? { name: layout.name, e164: read.e164 } : undefined;
  }
  return undefined;
}

/** The region a cell's (strongly foreign) layout belongs to, with its E.164 there; or undefined. */
export function foreignLayout(text: string): { name: string; e164: string } | undefined {
  return matchLayout(text, STRONG);
}

/** For a number not valid in CN: what its layout suggests it is instead, or undefined. */
export function layoutHint(text: string): string | undefined {
  const found = matchLayout(text, HINTS);
  return found ? `looks like ${found.name} ${found.e164}` : undefined;
}

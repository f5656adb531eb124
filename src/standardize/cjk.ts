// CJK and Latin-folding helpers shared by the name, company and address normalizers.
import { pinyin } from 'pinyin-pro';
import { BoundedCache } from './memo.js';

export { BoundedCache } from './memo.js';

/** One Han ideograph (CJK unified ideographs, extensions and compatibility block). */
export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** White space between two Han characters carries no meaning ("张 伟" is 张伟). */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything outside ASCII and the main Han blocks may carry a diacritic: the rest skips NFD. */
const MAY_FOLD = /[\u0080-\u33ff\ua000-\uffff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Every Han run in the text, in order ("Zhang Wei 张伟" → ["张伟"]). */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

export function joinHanSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_HAN, '');
}

/** Lower-case with diacritics folded: Müller → muller, Straße → strasse, Łódź → lodz. */
export function foldLatin(text: string): string {
  const lower = text.toLowerCase();
  if (!MAY_FOLD.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/**
 * "mÜLLER" → "Müller". A first letter whose upper case is longer (ᾀ → ἈΙ) stays as typed, or
 * the word would read as ALL-CAPS the next time round.
 */
export function capitalizeWord(word: string): string {
  const lower = word.toLowerCase();
  const code = lower.codePointAt(0);
  if (code === undefined) return lower;
  const first = String.fromCodePoint(code);
  const upper = first.toUpperCase();
  return (upper.length === first.length ? upper : first) + lower.slice(first.length);
}

/**
 * Tone-less pinyin syllables of a Han string, ü folded to u (so 吕 = "lu", as on passports
 * that drop the umlaut). `asName` reads the first character(s) as a surname (单 shan, 曾 zeng,
 * 解 xie). Non-Han characters are ignored.
 */
function readSyllables(han: string, asName: boolean): string[] {
  return pinyin(han, {
    toneType: 'none',
    type: 'array',
    surname: asName ? 'head' : 'off',
    nonZh: 'removed',
  }).map((s) => foldLatin(s).replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
}

/** readSyllables(han, asName).join(''), remembered per reading (a table each, keyed by the hanzi
 *  alone: a name's two groups are looked up on every row, and a key string per lookup was garbage). */
const joinedCaches = { name: new BoundedCache<string>(20_000), word: new BoundedCache<string>(20_000) };

export function pinyinJoined(han: string, asName: boolean): string {
  const cache = asName ? joinedCaches.name : joinedCaches.word;
  let joined = cache.get(han);
  if (joined === undefined) {
    joined = readSyllables(han, asName).join('');
    cache.set(han, joined);
  }
  return joined;
}

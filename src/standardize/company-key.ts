// The company match key: legal forms, noise words and a leading place name taken out.
import { foldLatin, hasHan, joinHanSpaces, pinyinJoined } from './cjk.js';
import { PLACE_INDEX } from './divisions.js';

/** Latin legal forms, as tokens after dots are dropped (S.A. → sa, L.L.C. → llc). Also what ends a
 *  company name after a comma ("Acme, Inc."), so name.ts does not read it as "LAST, First". */
export const LATIN_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'gmbh',
  'ag', 'sa', 'sas', 'srl', 'sarl', 'spa', 'bv', 'nv', 'pty', 'plc', 'kk', 'lp', 'llp', 'pte', 'pvt', 'kg',
]);
/** Taken out of the key besides: forms that are also short words or given names ("Ab", "Se") and
 *  group words. */
const LATIN_FORMS = new Set([...LATIN_LEGAL_FORMS, 'oy', 'ab', 'se', 'ug', 'group', 'holding', 'holdings']);
const LATIN_NOISE = new Set(['the', 'and']);
/** Chinese (and Japanese) legal forms at the end of a name, longest first. */
const CJK_FORMS = [
  '集团股份有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团公司', '总公司',
  '株式会社', '有限会社', '公司', '集团', '控股', '中国',
];
/** A parenthesised note dropped from the key: (中国), (集团), (China), or a place: (北京). */
const NOISE_NOTE = /^(中国|集团|控股|china|group|holdings?)$/;
const NOTE = /\(([^()]*)\)/g;

/** The match key of a company name (its branch already split off). */
export function companyKey(parent: string): string {
  const tokens = PLAIN_HAN.test(parent) ? [parent] : keyTokens(parent);
  if (tokens.length === 0) return '';
  const hadForm = stripForms(tokens);
  const kept = tokens.filter((t) => !LATIN_NOISE.has(t));
  const words = kept.length > 0 ? kept : tokens;
  if (hadForm) stripPlacePrefix(words);
  return joinHanSpaces(words.join(' '));
}

/** Unified ideographs only: nothing to fold, no note, no punctuation, one token (the common case). */
const PLAIN_HAN = /^[\u4e00-\u9fff]+$/;

/** Lower-case, diacritics folded, noise notes out, punctuation to spaces: the name's words. */
function keyTokens(parent: string): string[] {
  const folded = foldLatin(parent).replace(NOTE, (_, note: string) => (isNoiseNote(note.trim()) ? ' ' : ` ${note} `));
  return folded.replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((t) => t !== '');
}

function isNoiseNote(note: string): boolean {
  return NOISE_NOTE.test(note) || PLACE_INDEX.longest(note) === note;
}

/** Pop legal forms off the end (Latin tokens, or suffixes of a hanzi token); true if any. */
function stripForms(tokens: string[]): boolean {
  let stripped = false;
  for (let changed = true; changed && tokens.length > 0;) {
    changed = false;
    const last = tokens[tokens.length - 1]!;
    if (LATIN_FORMS.has(last) && tokens.length > 1) {
      tokens.pop();
      changed = true;
    } else if (hasHan(last)) {
      const form = CJK_FORMS.find((f) => last.endsWith(f));
      // A name that is nothing but a legal form (有限公司) keeps it: the key must not be empty.
      if (form && (last.length > form.length || tokens.length > 1)) {
        const rest = last.slice(0, last.length - form.length);
        if (rest === '') tokens.pop();
        else tokens[tokens.length - 1] = rest;
        changed = true;
      }
    }
    stripped ||= changed;
  }
  const first = tokens[0];
  if (first?.startsWith('株式会社') && first.length > 4) tokens[0] = first.slice(4);
  return stripped;
}

/**
 * 北京某某科技有限公司 → 某某科技. Only for names that carried a legal form (so 上海交通大学 or
 * 北京第一人民医院 keep their place) and only when three characters or more remain (北京银行 stays).
 */
function stripPlacePrefix(words: string[]): void {
  for (let first = words[0]; first !== undefined && hasHan(first); first = words[0]) {
    const place = first.startsWith('中国') ? '中国' : PLACE_INDEX.longest(first);
    if (!place || first.length - place.length < 3) return;
    words[0] = first.slice(place.length);
  }
}

/**
 * Pinyin of a company key, spaces out (某某科技 → moumoukeji; Latin words kept), to meet a name
 * typed in pinyin. Not a default key: pinyin-pro costs ~5 µs a name, which would halve
 * normalizeCompany's throughput on unique names; the match stage can call it on the pairs it needs.
 */
export function companyPinyinKey(key: string): string {
  if (!hasHan(key)) return key.replace(/\s+/g, '');
  return key.split(' ')
    .map((w) => (hasHan(w) ? pinyinJoined(w, false) : w))
    .join('');
}

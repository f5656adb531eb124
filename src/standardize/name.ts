// Person names: honorifics out, Latin casing fixed, "LAST, First" reordered, CJK kept, match keys.
import type { FieldValues, NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { LATIN_LEGAL_FORMS } from './company-key.js';
import { foldLatin, hanRuns, hasHan, joinHanSpaces, pinyinJoined } from './cjk.js';
import {
  caseToken, dropHonorifics, isParticle, isParticleSuffixOrHonorific, needsCasing, popTrailingSuffixes, reorderLastFirst, splitSuffixes,
} from './name-latin.js';

/**
 * Title suffixes after a Chinese name, longest first. 王总 is a surname plus a title: the value
 * becomes 王 (a surname alone, derived last_name 王) and the title goes to keys.name_title.
 */
const CJK_TITLE = /^(\p{Script=Han}{1,4}?)(总经理|董事长|先生|女士|小姐|太太|夫人|经理|老师|博士|教授|主任|医生|总|工)$/u;

/** Compound surnames read as one family name (欧阳娜娜 = 欧阳 + 娜娜). */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '慕容', '令狐', '夏侯', '尉迟', '公孙', '长孙',
  '宇文', '司徒', '端木', '独孤', '南宫', '西门', '轩辕', '呼延', '万俟', '闻人', '赫连', '澹台',
  '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '钟离', '百里', '东郭', '拓跋', '完颜',
  '司空', '第五', '梁丘', '左丘', '谷梁', '东门', '公羊', '乐正', '漆雕', '壤驷', '公良', '夹谷',
]);

/** Middle-dot look-alikes used in transliterated names (阿沛·阿旺晋美). */
const NAME_DOTS = /\s*[•‧・･∙⋅]\s*|\s*·\s*/g;
const NOTE = /\s*\(([^()]*)\)\s*/;

interface ParsedName {
  value: string;
  first?: string;
  last?: string;
  /** Name tokens in display order, without suffixes (Latin) or the hanzi string (CJK). */
  keyTokens: string[];
  /** Groups for the pinyin key: CJK surname and given name, or Latin tokens. */
  pinyinGroups: string[];
  suffix?: string;
  title?: string;
  rules: string[];
}

/** Pure; pinyin is cached per hanzi string in cjk.ts (the commonest names take plainName). */
export function normalizePersonName(raw: string, _ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return result(raw, '', cleaned === raw ? [] : ['text.clean']);
  const plain = plainName(raw, cleaned);
  if (plain) return plain;
  if (/@|\d/.test(cleaned)) {
    return { value: raw, changed: false, problem: /@/.test(cleaned) ? 'looks like an e-mail address, not a name' : 'name contains digits' };
  }
  const rules: string[] = cleaned === raw ? [] : ['text.clean'];
  // The note goes (its text stays in the audit's "before"): as a key it would not survive a re-run.
  const { text, note } = takeNote(cleaned);
  if (note !== undefined) rules.push('name.note');
  const parsed = hasHan(text) ? parseWithHan(text) : parseLatin(text);
  const out = result(raw, parsed.value, [...rules, ...parsed.rules]);
  const keys = nameKeys(parsed);
  if (Object.keys(keys).length > 0) out.keys = keys;
  const derived: FieldValues = {};
  if (parsed.first) derived.first_name = parsed.first;
  if (parsed.last) derived.last_name = parsed.last;
  if (parsed.first || parsed.last) out.derived = derived;
  return out;
}

/** 张伟 or 欧阳娜娜: hanzi only, two to four of them. */
const PLAIN_HAN = /^\p{Script=Han}{2,4}$/u;
/** Sophie Scholz: two ASCII words, each capitalised. */
const PLAIN_LATIN = /^([A-Z][a-z]+) ([A-Z][a-z]+)$/;

/**
 * The commonest names, without the general parse: a 2–4 hanzi name with no title, or two
 * capitalised ASCII words that are no honorific, particle or suffix. The result is the one the
 * general parse gives (parseWithHan / parseLatin then nameKeys); the name tests check both ways.
 */
function plainName(raw: string, cleaned: string): NormalizeResult | undefined {
  let first: string;
  let last: string;
  let nameKey: string;
  let groups: string[];
  if (PLAIN_HAN.test(cleaned)) {
    if (CJK_TITLE.test(cleaned)) return undefined;
    const split = splitHan(cleaned);
    first = split.first!;
    last = split.last!;
    // latinKey leaves the main block's hanzi as they are; radicals and the like take the long way.
    nameKey = UNIFIED_HAN.test(cleaned) ? cleaned : latinKey(cleaned);
    // Tone-less pinyin is a-z only already: latinKey would change nothing.
    groups = [pinyinJoined(last, true), pinyinJoined(first, false)];
  } else {
    const m = PLAIN_LATIN.exec(cleaned);
    if (!m || isParticleSuffixOrHonorific(m[1]!, 1) || isParticleSuffixOrHonorific(m[2]!, 0)) return undefined;
    first = m[1]!;
    last = m[2]!;
    // ASCII letters: latinKey is lower case.
    groups = [first.toLowerCase(), last.toLowerCase()];
    nameKey = `${groups[0]} ${groups[1]}`;
  }
  const out = result(raw, cleaned, cleaned === raw ? [] : ['text.clean']);
  out.keys = plainKeys(nameKey, groups);
  out.derived = { first_name: first, last_name: last };
  return out;
}

const UNIFIED_HAN = /^[\u4e00-\u9fff]+$/;

/** nameKeys for a plain name, whose key and two pinyin groups are already in key form. */
function plainKeys(nameKey: string, groups: string[]): Record<string, string> {
  const keys: Record<string, string> = {};
  if (nameKey !== '') keys.name_key = nameKey;
  const [a, b] = groups as [string, string];
  const sorted = a === '' ? (b === '' ? [] : [b]) : b === '' ? [a] : b < a ? [b, a] : [a, b];
  if (sorted.length > 0) {
    keys.pinyin_key = sorted.join(' ');
    keys.name_initials = sorted.map((g) => g[0]).join('');
  }
  return keys;
}

/** One part (a first_name or last_name column): the same cleaning and casing, no reordering. */
export function normalizeNamePart(raw: string, _ctx: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  const rules: string[] = cleaned === raw ? [] : ['text.clean'];
  if (cleaned === '') return result(raw, '', rules);
  if (/@|\d/.test(cleaned)) return { value: raw, changed: false, problem: 'name part contains digits or @' };
  let value = joinHanSpaces(cleaned.replace(NAME_DOTS, '·'));
  if (hasHan(value)) {
    const title = CJK_TITLE.exec(value);
    if (title) { value = title[1]!; rules.push('name.title'); }
  } else {
    const tokens = dropHonorifics(value.split(' ')).tokens;
    const cased = tokens.map((t, i) => (needsCasing(t) ? caseToken(t, i === 0) : t));
    value = cased.join(' ');
    if (value !== cleaned) rules.push('name.case');
  }
  return result(raw, value, rules);
}

/** "Inc.", "Co. Ltd", "Pty Ltd", "L.L.C.": every word a legal form (company-key.ts's list), so after
 *  a comma they end a company name ("Acme, Inc."), not a "LAST, First" name. */
function isLegalForm(text: string): boolean {
  const words = text.split(/[\s,]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => LATIN_LEGAL_FORMS.has(w.toLowerCase().replace(/[.&]/g, '')));
}

/**
 * A last_name cell of a record with no first name. "SMITH, John" (Outlook and ERPs put "LAST, First"
 * in one cell) becomes Smith, with John derived for first_name; anything else reads as a name part.
 * Only two comma parts with no suffix among them: "Smith, John, Jr." and "Smith, Jr." are not guessed
 * at, nor a company that reached a name column ("Acme, Inc.", "Widget, Ltd").
 */
export function normalizeLoneLastName(raw: string, ctx: NormalizeContext): NormalizeResult {
  const whole = normalizeNamePart(raw, ctx);
  const cleaned = cleanText(raw);
  if (whole.problem || !cleaned.includes(',') || hasHan(cleaned)) return whole;
  const { parts, suffixes } = splitSuffixes(cleaned);
  if (parts.length !== 2 || suffixes.length > 0 || isLegalForm(parts[1]!)) return whole;
  const last = normalizeNamePart(parts[0]!, ctx).value;
  const first = normalizeNamePart(parts[1]!, ctx).value;
  return { value: last, changed: true, rule: 'last_name.split', derived: { first_name: first } };
}

function result(raw: string, value: string, rules: string[]): NormalizeResult {
  if (value === raw) return { value, changed: false };
  return { value, changed: true, rule: rules.length > 0 ? [...new Set(rules)].join('+') : 'name.clean' };
}

/** "张伟(销售)" → 张伟 with the note "销售" kept aside, unless the note is all there is. */
function takeNote(text: string): { text: string; note?: string } {
  const m = NOTE.exec(text);
  if (!m) return { text };
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim();
  if (rest === '' || /[()]/.test(rest)) return { text };
  return { text: rest, note: m[1]!.trim() };
}

/** Names with hanzi: CJK kept; any Latin words beside them ("Zhang Wei 张伟") only re-cased. */
function parseWithHan(text: string): ParsedName {
  const rules: string[] = [];
  let value = joinHanSpaces(text.replace(NAME_DOTS, '·'));
  if (value !== text) rules.push('name.cjk_spacing');
  let title: string | undefined;
  const honor = dropHonorifics(value.split(' '));
  const fixed = honor.tokens.map((word, i) => {
    if (!hasHan(word)) return needsCasing(word) ? caseToken(word, i === 0) : word;
    const m = CJK_TITLE.exec(word);
    if (!m) return word;
    title = m[2];
    return m[1]!;
  });
  if (title !== undefined || honor.dropped.length > 0) rules.push('name.honorific');
  if (fixed.some((w, i) => w !== honor.tokens[i] && !hasHan(w))) rules.push('name.case');
  value = fixed.join(' ');
  const han = hanRuns(value).join('');
  const split = splitHan(value.includes('·') ? '' : han);
  return {
    value, ...split, title, rules,
    keyTokens: [hanRuns(value).join(value.includes('·') ? '·' : '')],
    pinyinGroups: han.length > 4 || value.includes('·')
      ? value.split('·').map((p) => pinyinJoined(p, false))
      : [split.last ?? '', split.first ?? ''].filter((p) => p !== '').map((p, i) => pinyinJoined(p, i === 0)),
  };
}

/** Surname = first character, or a compound surname from the list; only for 2–4 character names. */
function splitHan(han: string): { first?: string; last?: string } {
  // Characters, not UTF-16 units: a CJK Extension B character (𠮷) is two, and a split between
  // them left lone surrogates in both names (and a 5-unit name of 3 characters no split at all).
  const chars = SURROGATE.test(han) ? Array.from(han) : han;
  if (chars.length === 1) return { last: han };
  if (chars.length < 2 || chars.length > 4) return {};
  const surnameLength = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  const at = typeof chars === 'string' ? surnameLength : chars.slice(0, surnameLength).join('').length;
  return { last: han.slice(0, at), first: han.slice(at) };
}

const SURROGATE = /[\ud800-\udfff]/;

function parseLatin(text: string): ParsedName {
  const rules: string[] = [];
  const { parts, suffixes } = splitSuffixes(text);
  const order = reorderLastFirst(parts);
  if (order.reordered) rules.push('name.reorder');
  const words = order.text.split(' ').filter((t) => t !== '');
  suffixes.unshift(...popTrailingSuffixes(words));
  const honor = dropHonorifics(words);
  if (honor.dropped.length > 0) rules.push('name.honorific');
  const tokens = honor.tokens.map((t, i) => (needsCasing(t) ? caseToken(t, i === 0) : t));
  if (tokens.some((t, i) => t !== honor.tokens[i])) rules.push('name.case');
  const value = [...tokens, ...suffixes].join(' ');
  return {
    value, ...splitLatin(tokens, honor.tokens, honor.dropped.length > 0), rules,
    keyTokens: tokens,
    pinyinGroups: tokens.filter((t) => !isParticle(t) || tokens.length < 2),
    suffix: suffixes.length > 0 ? suffixes.join(' ') : undefined,
    title: honor.dropped.length > 0 ? honor.dropped.join(' ') : undefined,
  };
}

/**
 * Last token is the family name, with any particles before it (Ludwig van Beethoven). A single
 * all-caps word among mixed-case ones is the family name as typed ("ZHANG Wei"). One word alone
 * is a family name only after an honorific ("Mr. Smith").
 */
function splitLatin(tokens: string[], typed: string[], hadHonorific: boolean): { first?: string; last?: string } {
  if (tokens.length === 0) return {};
  if (tokens.length === 1) return hadHonorific ? { last: tokens[0] } : {};
  const caps = typed.map((t) => t.replace(/[^\p{L}]/gu, '').length > 1 && t === t.toUpperCase());
  if (caps.filter(Boolean).length === 1 && caps.indexOf(true) >= 0 && tokens.length === 2) {
    const at = caps.indexOf(true);
    return { last: tokens[at], first: tokens[1 - at] };
  }
  let start = tokens.length - 1;
  while (start > 1 && isParticle(tokens[start - 1]!)) start--;
  return { first: tokens.slice(0, start).join(' '), last: tokens.slice(start).join(' ') };
}

function latinKey(token: string): string {
  return foldLatin(token).replace(/[-‐‑–]/g, ' ').replace(/[^\p{L}\p{N}\s·]/gu, '').trim();
}

function nameKeys(parsed: ParsedName): Record<string, string> {
  const keys: Record<string, string> = {};
  const nameKey = parsed.keyTokens.map(latinKey).filter((t) => t !== '').join(' ').replace(/\s+/g, ' ');
  if (nameKey !== '') keys.name_key = nameKey;
  const groups = parsed.pinyinGroups.map((g) => latinKey(g).replace(/[\s·]/g, '')).filter((g) => g !== '');
  if (groups.length > 0) {
    // Two groups (surname and given name) are the common case: Array.prototype.sort allocated more
    // per call than the rest of the key. `<` orders strings as sort() does, by UTF-16 code units.
    if (groups.length === 2) {
      if (groups[1]! < groups[0]!) groups.reverse();
    } else groups.sort();
    keys.pinyin_key = groups.join(' ');
    keys.name_initials = groups.map((g) => g[0]).join('');
  }
  if (parsed.suffix) keys.name_suffix = parsed.suffix;
  return keys;
}

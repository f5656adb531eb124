// Company names: display form cleaned, a match key without legal forms, branches kept apart.
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { capitalizeWord, hasHan, joinHanSpaces } from './cjk.js';
import { companyKey } from './company-key.js';

export { companyPinyinKey } from './company-key.js';
import { PLACE_INDEX } from './divisions.js';
import { wordTable } from '../word-table.js';

/** Canonical written forms of legal forms when an ALL-CAPS name is re-cased. */
const FORM_CASE = wordTable({
  INC: 'Inc', LTD: 'Ltd', CO: 'Co', CORP: 'Corp', GMBH: 'GmbH', LLC: 'LLC', PLC: 'PLC', AG: 'AG',
  SA: 'SA', SAS: 'SAS', BV: 'BV', NV: 'NV', KK: 'KK', LLP: 'LLP', LP: 'LP', PTY: 'Pty', SRL: 'Srl',
  LIMITED: 'Limited', COMPANY: 'Company', CORPORATION: 'Corporation',
});
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le', 'et', 'und', 'van', 'von']);

/** Branch markers at the end of a Chinese name, and what may close the parent name before them. */
const CJK_BRANCH = /(分公司|分店|分行|支行|营业部|办事处|分厂)$/;
const PARENT_END = /(股份有限公司|有限责任公司|有限公司|公司|集团|银行|\))/g;
const LATIN_BRANCH = /\s*[-–,(]\s*([^-–,()]*\bbranch\b[^-–,()]*)\)?$/iu;
const LATIN_BRANCH_BARE = /\s+(\p{L}+\s+branch)$/iu;
const MAY_BE_LATIN_BRANCH = /branch/i;
/** Only white space and parentheses are rewritten between hanzi: without them there is nothing to do. */
const SPACE_OR_PAREN = /[\s()]/;
const TRAILING_PUNCT = /[\s,;:!?。，；：、·\-_/\\|]+$/u;

/** Pure (not memoized: company names are too many to remember usefully, see record.ts). */
export function normalizeCompany(raw: string, _ctx: NormalizeContext): NormalizeResult {
  const display = displayForm(raw);
  const out: NormalizeResult = display.value === raw
    ? { value: raw, changed: false }
    : { value: display.value, changed: true, rule: display.rule };
  if (display.value === '') return out;
  const { parent, branch } = splitBranch(display.value);
  const key = companyKey(parent);
  out.keys = {};
  if (key !== '') out.keys.company_key = key;
  if (branch) out.keys.company_branch = branch;
  return out;
}

function displayForm(raw: string): { value: string; rule: string } {
  let value = cleanText(raw);
  let rule = 'text.clean';
  // Until nothing changes (each step only removes characters): dropping trailing punctuation can
  // leave a paren at the end to join ("张 )，" → "张 )" → "张)"), so one pass of each was not
  // idempotent.
  for (let before = ''; before !== value; ) {
    before = value;
    if (hasHan(value) && SPACE_OR_PAREN.test(value)) {
      // 某某科技 (北京) 有限公司 → 某某科技(北京)有限公司: spaces mean nothing between hanzi.
      value = joinHanSpaces(value).replace(/(?<=\p{Script=Han})\s*([()])\s*(?=\p{Script=Han}|$)/gu, '$1');
    }
    value = dropTrailingPunctuation(value);
  }
  const recased = recaseAllCaps(value);
  if (recased !== value) rule = 'company.case';
  return { value: recased, rule };
}

/** "Acme Corporation." → "Acme Corporation", but "Acme Inc." and "Foo S.A." keep their dot. */
function dropTrailingPunctuation(value: string): string {
  let out = value.replace(TRAILING_PUNCT, '');
  while (out.endsWith('.')) {
    const lastWord = out.slice(0, -1).split(/[\s,]/).pop() ?? '';
    const abbreviation = lastWord.includes('.') || (/^\p{L}{1,4}$/u.test(lastWord) && !hasHan(lastWord));
    if (abbreviation) break;
    out = out.slice(0, -1).replace(TRAILING_PUNCT, '');
  }
  return out;
}

/** ACME HOLDINGS LLC → Acme Holdings LLC; a single word (IBM, NVIDIA) is left as typed. */
function recaseAllCaps(value: string): string {
  const words = value.match(/\p{Script=Latin}+/gu) ?? [];
  if (words.length < 2 || words.some((w) => w !== w.toUpperCase())) return value;
  let first = true;
  return value.replace(/\p{Script=Latin}+/gu, (word) => {
    const isFirst = first;
    first = false;
    if (word in FORM_CASE) return FORM_CASE[word]!;
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower) && !isFirst) return lower;
    if (word.length <= 3) return word;
    return capitalizeWord(word);
  });
}

/** 某某科技有限公司上海分公司 → parent 某某科技有限公司, branch 上海分公司. */
export function splitBranch(name: string): { parent: string; branch?: string } {
  const cjk = CJK_BRANCH.exec(name);
  if (cjk) {
    const before = name.slice(0, cjk.index);
    let start = -1;
    for (const m of before.matchAll(PARENT_END)) start = m.index + m[0].length;
    if (start < 0) start = placeBefore(before);
    const branch = name.slice(start).trim();
    const parent = name.slice(0, start).trim();
    return parent === '' ? { parent: name } : { parent, branch };
  }
  if (!MAY_BE_LATIN_BRANCH.test(name)) return { parent: name }; // both patterns below need the word
  const latin = LATIN_BRANCH.exec(name) ?? LATIN_BRANCH_BARE.exec(name);
  if (latin && latin.index > 0) return { parent: name.slice(0, latin.index).trim(), branch: latin[1]!.trim() };
  return { parent: name };
}

/** Where a place name ending right before the marker starts (某某科技上海分公司 → at 上海). */
function placeBefore(before: string): number {
  for (let from = Math.max(0, before.length - 8); from < before.length; from++) {
    const place = PLACE_INDEX.longest(before, from);
    if (place && from + place.length === before.length) return from;
  }
  return before.length;
}

// Latin-script person names: honorifics, generational/academic suffixes, casing, "LAST, First".
import { capitalizeWord } from './cjk.js';
import { wordTable } from '../word-table.js';

/** Honorifics dropped from the front of a name, compared lower-case without the dot. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle',
]);

/** Suffixes kept, in one written form each. */
const SUFFIX_FORMS = wordTable({
  jr: 'Jr.', sr: 'Sr.', ii: 'II', iii: 'III', iv: 'IV', phd: 'PhD', md: 'MD', esq: 'Esq.',
});

/** Family-name particles written lower-case unless they open the name (van der Berg). */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'le', 'la', 'del', 'della', 'dos', 'das',
  'do', 'ten', 'ter', 'zu', 'bin', 'y',
]);

const bare = (token: string): string => token.toLowerCase().replace(/\./g, '');

/** "Dr." → true; "M." only counts when two more words follow (else it may be an initial). */
function isHonorific(token: string, following: number): boolean {
  const word = bare(token);
  if (HONORIFICS.has(word)) return following >= 1;
  return token === 'M.' && following >= 2;
}

export function suffixForm(token: string): string | undefined {
  return SUFFIX_FORMS[bare(token).replace(/,$/, '')];
}

/** For a word of letters only ("Sophie"): whether it is a particle, a suffix, or an honorific before
 *  `following` more words (what isParticle, suffixForm and isHonorific say), lower-cased once. */
export function isParticleSuffixOrHonorific(word: string, following: number): boolean {
  const lower = word.toLowerCase();
  return PARTICLES.has(lower) || lower in SUFFIX_FORMS || (HONORIFICS.has(lower) && following >= 1);
}

export function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

/** Drop leading honorifics ("Prof. Dr. Anna Schmidt" → "Anna Schmidt"); returns what was dropped. */
export function dropHonorifics(tokens: string[]): { tokens: string[]; dropped: string[] } {
  let start = 0;
  while (start < tokens.length && isHonorific(tokens[start]!, tokens.length - start - 1)) start++;
  return { tokens: tokens.slice(start), dropped: tokens.slice(0, start) };
}

/** Split "Smith, John, Jr." into comma parts and the suffix parts after the first, in kept form. */
export function splitSuffixes(text: string): { parts: string[]; suffixes: string[] } {
  const suffixes: string[] = [];
  const parts: string[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const forms = part.split(' ').map(suffixForm);
    if (parts.length > 0 && forms.every((f) => f !== undefined)) suffixes.push(...(forms as string[]));
    else parts.push(part);
  }
  return { parts, suffixes };
}

/** Trailing suffixes of the (reordered) name: "John Smith Jr." — never the only word left. */
export function popTrailingSuffixes(tokens: string[]): string[] {
  const trailing: string[] = [];
  while (tokens.length > 1 && suffixForm(tokens[tokens.length - 1]!) !== undefined) {
    trailing.unshift(suffixForm(tokens.pop()!)!);
  }
  return trailing;
}

/** "Smith, John Paul" → "John Paul Smith"; more than two comma parts are just joined. */
export function reorderLastFirst(parts: string[]): { text: string; reordered: boolean } {
  if (parts.length === 2) return { text: `${parts[1]} ${parts[0]}`, reordered: true };
  return { text: parts.join(' '), reordered: false };
}

const hasLower = (s: string): boolean => s !== s.toUpperCase();
const hasUpper = (s: string): boolean => s !== s.toLowerCase();

/** A token needs fixing when typed all upper (two letters or more) or all lower. */
export function needsCasing(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters === '') return false;
  if (!hasLower(letters)) return letters.length > 1;
  return !hasUpper(letters);
}

const capitalize = capitalizeWord;

/** mcdonald → McDonald; o'brien → O'Brien; d'angelo → D'Angelo. Mac is left alone (Mack, Macy). */
function caseSegment(segment: string): string {
  const apostrophe = /^([\p{L}])['’]([\p{L}].*)$/u.exec(segment);
  if (apostrophe) return `${capitalize(apostrophe[1]!)}'${capitalize(apostrophe[2]!)}`;
  const mc = /^mc([\p{L}].*)$/iu.exec(segment);
  if (mc && mc[1]!.length > 1) return `Mc${capitalize(mc[1]!)}`;
  return capitalize(segment);
}

/** Title-case one token; particles stay lower-case unless they open the name. */
export function caseToken(token: string, first: boolean): string {
  if (!first && isParticle(token)) return token.toLowerCase();
  return token.split('-').map(caseSegment).join('-');
}

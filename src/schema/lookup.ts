import { CANONICAL_FIELDS, type CanonicalField } from '../types.js';
import { normalizeHeader, stripAnnotations } from './normalize.js';
import { EN_SYNONYMS, type SynonymTable } from './synonyms-en.js';
import { WEAK_SYNONYMS } from './synonyms-weak.js';
import { ZH_SYNONYMS } from './synonyms-zh.js';

/** What a header means on its own, before the other headers of the row are considered. */
export interface SynonymHit {
  field: CanonicalField;
  /** Weak hits yield to strong ones for the same field (see synonyms-weak.ts). */
  weak: boolean;
  /** Field to take when `field` is already taken by another column. */
  alt?: CanonicalField;
}

function addTable(index: Map<string, SynonymHit>, table: SynonymTable): void {
  for (const field of CANONICAL_FIELDS) {
    for (const header of table[field] ?? []) index.set(normalizeHeader(header), { field, weak: false });
  }
}

function buildIndex(): Map<string, SynonymHit> {
  const index = new Map<string, SynonymHit>();
  addTable(index, EN_SYNONYMS);
  addTable(index, ZH_SYNONYMS);
  for (const [header, field, alt] of WEAK_SYNONYMS) {
    index.set(normalizeHeader(header), alt ? { field, weak: true, alt } : { field, weak: true });
  }
  // A column already named after a canonical field ("first_name", "created_at") means that field.
  for (const field of CANONICAL_FIELDS) {
    const key = normalizeHeader(field);
    if (!index.has(key)) index.set(key, { field, weak: false });
  }
  return index;
}

const INDEX = buildIndex();

/** Prefixes that qualify a header without changing its field: "客户手机", "Contact Email", "Primary City". */
const QUALIFIER_RE = /^(客户|联系人|contact|customer|primary|main)(?=.)/u;

/** The synonym a header matches, trying it as written, without annotations, then without a qualifier. */
export function lookupSynonym(h: string): SynonymHit | undefined {
  const key = normalizeHeader(h);
  const direct = INDEX.get(key);
  if (direct) return direct;
  const stripped = stripAnnotations(h);
  const bare = stripped === undefined ? key : normalizeHeader(stripped);
  if (bare !== key) {
    const hit = INDEX.get(bare);
    if (hit) return hit;
  }
  const unqualified = bare.replace(QUALIFIER_RE, '');
  // "客户名" must not become "名" (first name): a qualifier needs at least two characters after it.
  return unqualified === bare || unqualified.length < 2 ? undefined : INDEX.get(unqualified);
}

/** The canonical field a header means by the built-in synonyms, or undefined. */
export function matchHeader(h: string): CanonicalField | undefined {
  return lookupSynonym(h)?.field;
}

/** How many cells of a row are known headers; the row with the highest score is the header row. */
export function headerScore(cells: string[]): number {
  let score = 0;
  for (const cell of cells) {
    if (cell.length > 0 && cell.length <= 60 && lookupSynonym(cell)) score++;
  }
  return score;
}

/** Every normalized synonym key, for tests and for `recon inspect` suggestions. */
export function synonymKeys(): ReadonlyMap<string, SynonymHit> {
  return INDEX;
}

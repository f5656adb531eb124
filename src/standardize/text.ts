// Plain text cleanup: the first step of every normalizer.
import type { NormalizeResult } from '../types.js';

/** Printable ASCII and CJK unified ideographs (U+4E00–U+9FFF) only: already NFKC (neither has a
 *  decomposition), no invisible characters; the common case in Chinese and English exports, so the
 *  NFKC call (an ICU round trip per value) is skipped. Compatibility ideographs and full-width
 *  forms (U+F900–, U+FF00–) do change under NFKC and take the full path. */
const PLAIN_ASCII = /^[\x20-\x7e\u4e00-\u9fff]*$/;
/** Line breaks and tabs become spaces (they are white space, not garbage). */
const CONTROL_SPACE = /[\t\n\v\f\r\x85]/g;
/** Invisible characters dropped outright: C0/C1 controls, soft hyphen, zero-width
 *  space/non-joiner/joiner, word joiner, BOM, and bidi marks/embeddings/isolates. */
const INVISIBLE = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const SPACE_RUN = /\s+/g;
const DOUBLE_SPACE = /\s\s|^\s|\s$/;

/**
 * Clean a string: invisible and control characters out, Unicode NFKC (full-width ＡＢＣ１２３＠ →
 * ABC123@, ideographic space → space), white space collapsed to single spaces, trimmed.
 */
export function cleanText(raw: string): string {
  if (PLAIN_ASCII.test(raw)) {
    return DOUBLE_SPACE.test(raw) ? raw.replace(SPACE_RUN, ' ').trim() : raw;
  }
  // Drop invisibles before NFKC so that characters they separated may compose.
  const visible = raw.replace(CONTROL_SPACE, ' ').replace(INVISIBLE, '');
  return visible.normalize('NFKC').replace(SPACE_RUN, ' ').trim();
}

/** Normalizer for free-text fields (id, title, notes, city without a better normalizer ...). */
export function normalizeText(raw: string): NormalizeResult {
  const value = cleanText(raw);
  if (value === raw) return { value, changed: false };
  return { value, changed: true, rule: 'text.clean' };
}

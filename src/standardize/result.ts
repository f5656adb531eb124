// Small constructors for NormalizeResult, so every normalizer reports the same way.
import type { NormalizeResult } from '../types.js';

/** The value is fine and the raw input was already in standard form. */
export function unchanged(raw: string): NormalizeResult {
  return { value: raw, changed: false };
}

/** The value is fine once rewritten; `rule` names the rewrite for the audit. */
export function rewritten(raw: string, value: string, rule: string): NormalizeResult {
  return value === raw ? { value, changed: false } : { value, changed: true, rule };
}

/** The value is invalid: kept exactly as it came, with the reason (a remark on a valid value is a
 *  NormalizeResult.note instead). */
export function invalid(raw: string, problem: string): NormalizeResult {
  return { value: raw, changed: false, problem };
}

/** Blank input (only white space or invisibles) becomes the empty string. */
export function blank(raw: string): NormalizeResult {
  return rewritten(raw, '', 'text.clean');
}

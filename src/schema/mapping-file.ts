import { readFile } from 'node:fs/promises';
import { closest } from 'fastest-levenshtein';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CANONICAL_FIELDS } from '../types.js';
import type { MappingOverrides } from './mapping.js';

const FIELD_LIST = CANONICAL_FIELDS.join(', ');

const overridesSchema = z.record(
  z.string(),
  z.string({ invalid_type_error: 'expected a canonical field name or null' }).nullable(),
);

/** One line per problem, naming the key, with the nearest field name when it looks like a typo. */
function checkFields(path: string, raw: Record<string, string | null>): MappingOverrides {
  const known = new Set<string>(CANONICAL_FIELDS);
  const errors: string[] = [];
  for (const [header, field] of Object.entries(raw)) {
    if (field === null || known.has(field)) continue;
    const hint = closest(field.toLowerCase(), [...CANONICAL_FIELDS]);
    errors.push(`key "${header}": unknown canonical field "${field}" (did you mean "${hint}"? fields: ${FIELD_LIST})`);
  }
  if (errors.length > 0) throw new Error(`${path}: ${errors.join('; ')}`);
  return raw as MappingOverrides;
}

/**
 * Reads a per-source mapping file, YAML or JSON (JSON is YAML): `{ "Cust Name": name, "Ignore me": null }`.
 * Errors name the file and the key.
 */
export async function loadMappingFile(path: string): Promise<MappingOverrides> {
  const text = await readFile(path, 'utf8');
  let data: unknown;
  try {
    data = parseYaml(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new Error(`${path}: not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  const parsed = overridesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `key "${issue.path.join('.')}"` : 'top level';
    const msg = issue.path.length > 0 ? issue.message : 'expected a mapping of header: field';
    throw new Error(`${path}: ${where}: ${msg}`);
  }
  return checkFields(path, parsed.data);
}

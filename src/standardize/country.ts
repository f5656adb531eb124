// Country names (English, Chinese, a few other languages) and ISO codes → ISO 3166-1 alpha-2.
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { blank, invalid, rewritten } from './result.js';
import { ALPHA2_CODES, ALPHA3_TO_ALPHA2, COUNTRY_PLACEHOLDERS, COUNTRY_VARIANTS } from './country-data.js';

/** Locales whose region names we accept; English first so it wins a (rare) collision. */
const NAME_LOCALES = ['en', 'zh', 'zh-Hant', 'de', 'fr', 'es', 'it', 'ja', 'pt'];
const NAME_STYLES = ['long', 'short', 'narrow'] as const;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PUNCTUATION_TO_SPACE = /[,()\-_/·]+/g;

/** The form names are compared in: lower case, no accents, no dots, single spaces, no leading "the". */
export function countryLookupKey(text: string): string {
  const key = cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(PUNCTUATION_TO_SPACE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

let namesTable: Map<string, string> | undefined;

/** Built once, on first use: every region's display name in every NAME_LOCALES locale and style. */
function countryNames(): Map<string, string> {
  if (namesTable) return namesTable;
  const table = new Map<string, string>();
  for (const locale of NAME_LOCALES) {
    for (const style of NAME_STYLES) {
      const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const code of ALPHA2_CODES) {
        const name = names.of(code);
        if (!name) continue;
        const key = countryLookupKey(name);
        if (key && !table.has(key)) table.set(key, code);
      }
    }
  }
  for (const [key, code] of Object.entries(COUNTRY_VARIANTS)) table.set(countryLookupKey(key), code);
  namesTable = table;
  return table;
}

/** ISO alpha-2 code for a country name or code, or undefined when unknown. */
export function countryCode(raw: string): string | undefined {
  const cleaned = cleanText(raw);
  const upper = cleaned.toUpperCase();
  // "NA" exactly is Namibia (our own output must read back); "na", "n/a", "N.A." are placeholders.
  if (upper.length === 2 && ALPHA2_CODES.has(upper) && (upper !== 'NA' || cleaned === 'NA')) return upper;
  if (upper.length === 3 && ALPHA3_TO_ALPHA2.has(upper)) return ALPHA3_TO_ALPHA2.get(upper);
  const key = countryLookupKey(cleaned);
  if (key === '' || COUNTRY_PLACEHOLDERS.has(key)) return undefined;
  return countryNames().get(key);
}

/**
 * Normalize a country to ISO 3166-1 alpha-2 ("中华人民共和国" → CN, "U.S.A." → US, "DEU" → DE).
 * "na", "n/a", "N.A." are read as "not available"; only "NA" exactly (and "Namibia", "NAM") is Namibia.
 */
export function normalizeCountry(raw: string, _ctx?: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return blank(raw);
  const code = countryCode(cleaned);
  if (code !== undefined) return rewritten(raw, code, 'country.iso2');
  const key = countryLookupKey(cleaned);
  const isPlaceholder = key === '' || COUNTRY_PLACEHOLDERS.has(key);
  return invalid(raw, isPlaceholder ? 'placeholder' : 'unknown country');
}

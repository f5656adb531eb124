// The country a row's own fields point to, for a row without a country column: merged CRM dumps
// mix Chinese customers with US, UK and German ones, and only the default region (CN) would
// otherwise decide how "(212) 553-4754" or "0151 234 5678" is read.
//
// Evidence is taken only where it is hard to mistake, and only for US, GB and DE (the foreign
// numbers these exports carry; a wider list would need evidence of the same quality per country):
// - postcode: a UK postcode (SW1A 1AA) → GB; a ZIP+4 (10079-2562) → US;
// - region: a US state (name, old abbreviation or USPS code) → US; a German Land → DE; England,
//   Scotland, Wales, Northern Ireland → GB;
// - e-mail domain: .de → DE, .uk → GB, .us → US.
// A row with hanzi in its name, company, address, city or region (other than a placeholder such as
// 无) is Chinese whatever else it says, and evidence that points two ways is no evidence. Five-digit postcodes alone say nothing (US ZIP
// or German PLZ), nor do city names (Richmond, Cambridge) or person names.
import type { FieldValues } from '../types.js';
import { cleanText } from './text.js';
import { usStateCode } from './us-states.js';
import { wordTable } from '../word-table.js';

export type RowCountry = 'US' | 'GB' | 'DE';

export interface RowEvidence {
  country: RowCountry;
  /** Which field said so, for the problem text: "postcode", "region" or "e-mail domain". */
  because: string;
}

const HAN = /\p{Script=Han}/u;
/** Placeholders typed into required fields ("无" = none): not a sign that the row is Chinese. */
const HAN_PLACEHOLDERS = new Set(['无', '暂无', '没有', '空', '未知', '不详', '其他', '无名', '待定']);
const CHINESE_FIELDS = ['name', 'company', 'address', 'city', 'region', 'first_name', 'last_name'] as const;
const GB_POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/i;
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
const US_STATE_CODE = /^[A-Z]{2}$/;
const GB_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);
const DE_LANDS = new Set([
  'baden-württemberg', 'baden-wuerttemberg', 'bayern', 'bavaria', 'berlin', 'brandenburg', 'bremen',
  'hamburg', 'hessen', 'hesse', 'mecklenburg-vorpommern', 'niedersachsen', 'lower saxony',
  'nordrhein-westfalen', 'north rhine-westphalia', 'rheinland-pfalz', 'rhineland-palatinate', 'saarland',
  'sachsen', 'saxony', 'sachsen-anhalt', 'saxony-anhalt', 'schleswig-holstein', 'thüringen', 'thueringen',
  'thuringia',
]);
const EMAIL_TLD = wordTable<RowCountry>({ de: 'DE', uk: 'GB', us: 'US' });

function fromPostcode(raw: string): RowCountry | undefined {
  const text = cleanText(raw);
  if (GB_POSTCODE.test(text)) return 'GB';
  return ZIP_PLUS_4.test(text) ? 'US' : undefined;
}

function fromRegion(raw: string): RowCountry | undefined {
  const text = cleanText(raw);
  const lower = text.toLowerCase();
  if (DE_LANDS.has(lower)) return 'DE';
  if (GB_NATIONS.has(lower)) return 'GB';
  // A bare two-letter code counts only in capitals (GA, NY), the way US addresses write it.
  return usStateCode(text, US_STATE_CODE.test(text)) ? 'US' : undefined;
}

function fromEmail(raw: string): RowCountry | undefined {
  const text = cleanText(raw).toLowerCase();
  const at = text.lastIndexOf('@');
  if (at < 0) return undefined;
  const tld = text.slice(text.lastIndexOf('.') + 1).replace(/[^a-z]+$/, '');
  return text.lastIndexOf('.') > at ? EMAIL_TLD[tld] : undefined;
}

/** The country the row's fields agree on (see the file comment), or undefined. */
export function rowCountry(fields: FieldValues): RowEvidence | undefined {
  for (const f of CHINESE_FIELDS) {
    const v = fields[f];
    if (v && HAN.test(v) && !HAN_PLACEHOLDERS.has(v.trim())) return undefined;
  }
  // Each field in turn (postcode, region, e-mail domain): the first that says a country is the
  // reason given; one that says another country voids the evidence. No arrays: this runs per row.
  const postcode = fields.postcode ? fromPostcode(fields.postcode) : undefined;
  const region = fields.region ? fromRegion(fields.region) : undefined;
  const email = fields.email ? fromEmail(fields.email) : undefined;
  const country = postcode ?? region ?? email;
  if (country === undefined) return undefined;
  if ((region !== undefined && region !== country) || (email !== undefined && email !== country)) return undefined;
  return { country, because: postcode ? 'postcode' : region ? 'region' : 'e-mail domain' };
}

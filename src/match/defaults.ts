// Default blocking rules and comparisons for the canonical schema. Fields a dataset lacks are
// simply empty: their rules produce nothing and their comparisons sit at the 'null' level (weight 0).
import type { BlockingRule, Comparison, ComparisonLevel, MatchSettings } from './types.js';

/** First or last name: exact (term-frequency adjusted), same name tokens in any order or script
 * (pinyin key: swapped names, 张伟 vs Wei Zhang), the same sound (张 vs Zhang), close spelling,
 * first/last swapped, similar. */
function nameComparison(name: string, field: string, other: string): Comparison {
  return {
    name,
    fields: [field],
    tfAdjust: true,
    levels: [
      { name: 'null', method: 'null' },
      { name: 'exact', method: 'exact' },
      { name: 'same_tokens', method: 'exact', fields: ['keys.pinyin_key'] },
      { name: 'same_sound', method: 'exact', fields: [`${field}:sound`] },
      { name: 'close', method: 'jaro_winkler', threshold: 0.92 },
      { name: 'swapped', method: 'jaro_winkler', threshold: 0.92, fields: [field, other], swap: true },
      { name: 'similar', method: 'jaro_winkler', threshold: 0.8 },
      { name: 'else', method: 'else' },
    ],
  };
}

function levels(...rest: ComparisonLevel[]): ComparisonLevel[] {
  return [{ name: 'null', method: 'null' }, ...rest, { name: 'else', method: 'else' }];
}

export const DEFAULT_COMPARISONS: Comparison[] = [
  nameComparison('first_name', 'first_name', 'last_name'),
  nameComparison('last_name', 'last_name', 'first_name'),
  {
    name: 'birth_date',
    fields: ['birth_date'],
    levels: levels(
      { name: 'exact', method: 'exact' },
      { name: 'transposed', method: 'date_transposed' },
      { name: 'one_edit', method: 'levenshtein', threshold: 1 },
      { name: 'within_year', method: 'date_distance', threshold: 366 },
    ),
  },
  {
    name: 'email',
    fields: ['email'],
    tfAdjust: true,
    // A typo keeps the digits and separators; other people's addresses made from the same name
    // (grace.johnson@ / grace_johnson@ / gracejohnson52@) differ exactly there. Without that
    // condition EM took those name-made look-alikes for the match class.
    levels: levels(
      { name: 'exact', method: 'exact' },
      { name: 'typo', method: 'levenshtein', threshold: 2, requireEqual: ['email:nonletters'] },
      { name: 'similar', method: 'levenshtein', threshold: 0.85, requireEqual: ['email:nonletters'] },
    ),
  },
  {
    name: 'phone',
    fields: ['phone', 'mobile'],
    levels: levels({ name: 'exact', method: 'exact' }, { name: 'one_edit', method: 'levenshtein', threshold: 1 }),
  },
  {
    name: 'national_id',
    fields: ['national_id'],
    levels: levels(
      { name: 'exact', method: 'exact' },
      { name: 'one_edit', method: 'levenshtein', threshold: 1 },
      { name: 'two_edits', method: 'levenshtein', threshold: 2 },
    ),
  },
  {
    name: 'company',
    fields: ['keys.company_key'],
    tfAdjust: true,
    levels: levels(
      { name: 'exact', method: 'exact' },
      { name: 'close', method: 'jaro_winkler', threshold: 0.92 },
      { name: 'same_words', method: 'token_set', threshold: 0.6 },
    ),
  },
  {
    name: 'address',
    fields: ['address'],
    levels: levels(
      { name: 'exact', method: 'exact' },
      { name: 'close', method: 'token_set', threshold: 0.7 },
      { name: 'similar', method: 'levenshtein', threshold: 0.8 },
      { name: 'some_words', method: 'token_set', threshold: 0.4 },
    ),
  },
  // Postcode, city and region are nested (one postcode lies in one city, in one region), so they are
  // one piece of evidence, not three: scored separately, every same-postcode pair counted its
  // location three times, and EM took "same surname, same place" for the match class.
  {
    name: 'location',
    fields: ['postcode', 'city', 'region'],
    tfAdjust: true,
    levels: levels(
      { name: 'postcode_exact', method: 'exact', fields: ['postcode'] },
      { name: 'postcode_one_edit', method: 'levenshtein', threshold: 1, fields: ['postcode'] },
      { name: 'city_exact', method: 'exact', fields: ['city'] },
      { name: 'city_same_sound', method: 'exact', fields: ['city:place'] },
      { name: 'city_close', method: 'jaro_winkler', threshold: 0.9, fields: ['city'] },
      { name: 'region_exact', method: 'exact', fields: ['region'] },
      { name: 'region_same_sound', method: 'exact', fields: ['region:place'] },
    ),
  },
];

export const DEFAULT_BLOCKING: BlockingRule[] = [
  { name: 'email', keys: ['email'] },
  { name: 'phone', keys: ['phone'] },
  { name: 'mobile', keys: ['mobile'] },
  { name: 'national_id', keys: ['national_id'] },
  { name: 'name_birth_date', keys: ['keys.pinyin_key', 'birth_date'] },
  { name: 'first_name_birth_date', keys: ['first_name', 'birth_date'] },
  { name: 'last_name_birth_date', keys: ['last_name', 'birth_date'] },
  { name: 'name_postcode', keys: ['keys.pinyin_key', 'postcode'] },
  { name: 'name_city', keys: ['keys.pinyin_key', 'city'] },
  { name: 'birth_date_postcode', keys: ['birth_date', 'postcode'] },
  { name: 'first_name_postcode', keys: ['first_name', 'postcode'] },
  { name: 'last_name_postcode', keys: ['last_name', 'postcode'] },
  { name: 'company_last_name', keys: ['keys.company_key', 'last_name'] },
  { name: 'name_sorted', keys: ['keys.name_key'], kind: 'sorted_neighbourhood', window: 5 },
  { name: 'email_sorted', keys: ['email'], kind: 'sorted_neighbourhood', window: 2 },
  { name: 'national_id_sorted', keys: ['national_id'], kind: 'sorted_neighbourhood', window: 2 },
  { name: 'phone_sorted', keys: ['phone'], kind: 'sorted_neighbourhood', window: 2 },
];

export const DEFAULT_SETTINGS: MatchSettings = {
  blocking: DEFAULT_BLOCKING,
  comparisons: DEFAULT_COMPARISONS,
  matchThreshold: 0.9,
  reviewThreshold: 0.5,
  maxBlockSize: 500,
  linkOnly: false,
  seed: 42,
  uSampleSize: 250_000,
  emIterations: 100,
  deterministic: [],
  maxClusterSize: 50,
  weakLinkRatio: 0.5,
};

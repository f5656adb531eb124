// The named types every stage shares. A stage imports from here, never from a later stage.

/** Canonical fields of the customer schema (see DESIGN.md "Canonical schema"). */
export const CANONICAL_FIELDS = [
  'id',
  'name',
  'first_name',
  'last_name',
  'company',
  'title',
  'email',
  'phone',
  'mobile',
  'address',
  'district',
  'city',
  'region',
  'postcode',
  'country',
  'national_id',
  'birth_date',
  'created_at',
  'updated_at',
  'amount',
  'currency',
  'owner',
  'status',
  'website',
  'notes',
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** The kind of normalizer a field goes through. */
export type FieldKind =
  | 'id'
  | 'name'
  | 'first_name'
  | 'last_name'
  | 'company'
  | 'email'
  | 'phone'
  | 'address'
  | 'district'
  | 'city'
  | 'region'
  | 'postcode'
  | 'country'
  | 'date'
  | 'amount'
  | 'currency'
  | 'owner'
  | 'status'
  | 'text';

/** A field's values by canonical name; absent means the source had no such column. */
export type FieldValues = Partial<Record<CanonicalField, string>>;

/** One row as read from a file, before mapping: cells in header order. */
export interface RawRow {
  /** 1-based row number as a user sees it in Excel or a text editor (header row included). */
  row: number;
  cells: string[];
}

/** One record after header mapping: where it came from, its canonical values, the rest untouched. */
export interface SourceRecord {
  /** Source name (e.g. "salesforce"), given by the user or derived from the file name. */
  source: string;
  /** Path of the file it was read from ("-" for stdin). */
  file: string;
  /** 1-based source row number (see RawRow.row). */
  row: number;
  /** Mapped canonical values, raw (not yet standardized). */
  fields: FieldValues;
  /** Columns that map to no canonical field, by their original header. */
  extra: Record<string, string>;
}

/** A row that could not be used, with the reason. Every input row ends in an output or here. */
export interface Reject {
  source: string;
  file: string;
  row: number;
  /** Column header the problem is in, or "" when it concerns the whole row. */
  column: string;
  value: string;
  reason: string;
}

/** What a normalizer returns. An invalid value is kept as it was and the problem reported. */
export interface NormalizeResult {
  /** The standard value, or the raw value unchanged when it is invalid. */
  value: string;
  /** True when value differs from the raw input. */
  changed: boolean;
  /** Why the value is invalid: it is kept exactly as it came. Absent when the value is fine. */
  problem?: string;
  /** A remark on a value that was standardized and is valid all the same: a reading the configured
   *  order decided ("ambiguous: read as dmy"), a probable typo, parts of a phone cell that are no
   *  number. Reported like a problem (problems.csv), but never makes the value invalid. */
  note?: string;
  /** Name of the rule that changed the value (for the audit), e.g. "phone.e164". */
  rule?: string;
  /** Other canonical fields derived from this one (an address split into region/city/district,
   * an amount's currency, a name split into first/last). Filled only where the record has none. */
  derived?: FieldValues;
  /** Keys for matching that are not shown to users (company key, pinyin key, phone type...). */
  keys?: Record<string, string>;
}

/** Context a normalizer may use. */
export interface NormalizeContext {
  /** ISO 3166 alpha-2 region for phones without a country code (default "CN"). */
  defaultRegion: string;
  /** Preferred order of day and month in numeric dates. */
  dateOrder: 'dmy' | 'mdy' | 'ymd';
  /** Per date field, the day/month order the source's own column proves (src/standardize/date-order.ts);
   *  it replaces dateOrder for that field. Absent: dateOrder. */
  dateOrders?: Partial<Record<CanonicalField, 'dmy' | 'mdy'>>;
  /** The row's own country (ISO alpha-2), when known; overrides defaultRegion for phones. */
  country?: string;
  /** Apply suggested fixes (e-mail domain typos) instead of only reporting them. */
  autoFix?: boolean;
}

/** One change the standardize stage made: the audit trail. */
export interface FieldChange {
  source: string;
  row: number;
  field: CanonicalField;
  before: string;
  after: string;
  rule: string;
}

/** Whether a reported problem makes its value invalid (kept as it came: a malformed e-mail, an
 *  impossible date) or is a note on a value that was standardized fine (an ambiguous reading, a
 *  domain typo suggestion, a number of a phone cell that no field kept). */
export type ProblemKind = 'invalid' | 'note';

/** One invalid or doubtful value, kept in the record and reported. */
export interface FieldProblem {
  source: string;
  row: number;
  field: CanonicalField;
  value: string;
  reason: string;
  /** Not written to problems.csv (its columns stay source,source_row,field,value,reason); read by
   *  survivorship, which prefers valid values (src/merge/validity.ts). */
  kind: ProblemKind;
}

/** A record after standardization: clean values plus hidden match keys. */
export interface CleanRecord extends SourceRecord {
  /** Standardized values (invalid values stay raw and are listed in problems). */
  fields: FieldValues;
  /** Match keys: name_key, pinyin_key, company_key, phone_type ... */
  keys: Record<string, string>;
  problems: FieldProblem[];
}

/** What the stages after matching (merge, outputs) read of a record. */
export type StoredRecord = Pick<CleanRecord, 'source' | 'row' | 'fields'>;

/** Records by index for the stages after matching: an array of CleanRecords is one (Array.prototype.at),
 *  the dedupe pipeline's compact PackedRecords another. */
export interface RecordList {
  readonly length: number;
  at(index: number): StoredRecord | undefined;
}

/** A candidate pair of records by their integer ids (index in the record array), i < j. */
export interface CandidatePair {
  a: number;
  b: number;
}

/** One field's contribution to a pair's score: what level it reached and the weight it adds. */
export interface FieldWeight {
  comparison: string;
  level: string;
  weight: number;
}

export interface ScoredPair extends CandidatePair {
  /** Sum of field weights plus the prior, in log2 odds. */
  score: number;
  probability: number;
  weights: FieldWeight[];
  /** The blocking rules that produced this pair. */
  rules: string[];
}

export interface Cluster {
  id: string;
  members: number[];
}

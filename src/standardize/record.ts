// The standardize stage for one record: every present field through the normalizer of its kind,
// with every change and problem recorded, derived fields filled where the record has none.
import type {
  CanonicalField,
  CleanRecord,
  FieldChange,
  FieldProblem,
  FieldValues,
  NormalizeContext,
  NormalizeResult,
  SourceRecord,
} from '../types.js';
import { cleanText, normalizeText } from './text.js';
import { normalizePhone, normalizePhoneOfRow } from './phone.js';
import { rowCountry, type RowEvidence } from './row-country.js';
import { normalizeEmail } from './email.js';
import { normalizeColumnDate, normalizeDate } from './date.js';
import { normalizeAmount } from './amount.js';
import { normalizeCurrency } from './currency.js';
import { normalizeCountry } from './country.js';
import { normalizeLoneLastName, normalizeNamePart, normalizePersonName } from './name.js';
import { normalizeCompany } from './company.js';
import { normalizeAddress, normalizeCity, normalizeRegion } from './address.js';
import { normalizePostcode } from './postcode.js';
import { BoundedCache } from './memo.js';
import { wordTable } from '../word-table.js';

export interface StandardizeOptions {
  /** Record each change (default). false: `changes` comes back empty, for a caller that reads none
   *  (dedupe: six objects a row it would drop). Records and problems are the same either way. */
  changes?: boolean;
}

export interface StandardizeOutput {
  record: CleanRecord;
  changes: FieldChange[];
}

type Normalizer = (raw: string, ctx: NormalizeContext) => NormalizeResult;

/** The normalizer each canonical field goes through (the same kinds as src/schema, kept local so
 *  this stage does not depend on the mapping stage). */
const NORMALIZERS: Record<CanonicalField, Normalizer> = {
  id: normalizeText,
  national_id: normalizeText,
  name: normalizePersonName,
  first_name: normalizeNamePart,
  last_name: normalizeNamePart,
  company: normalizeCompany,
  title: normalizeText,
  owner: normalizeText,
  status: normalizeText,
  notes: normalizeText,
  website: normalizeText,
  email: normalizeEmail,
  phone: normalizePhone,
  mobile: normalizePhone,
  address: normalizeAddress,
  district: normalizeText,
  city: normalizeCity,
  region: normalizeRegion,
  postcode: normalizePostcode,
  country: normalizeCountry,
  birth_date: normalizeDate,
  created_at: normalizeDate,
  updated_at: normalizeDate,
  amount: normalizeAmount,
  currency: normalizeCurrency,
};

const HAN = /\p{Script=Han}/u;

/**
 * Fields with few distinct values (places, statuses, owners): their results are remembered per
 * field, in bounded tables (memo.ts). Not names, companies or dates: on the 1M-row bench file they
 * have 273k, 380k and 144k distinct values, and with their plain-value shortcuts a lookup in a table
 * big enough to hit (a cache miss in memory, under GC pressure) cost more than it saved — dropping
 * those tables took 12% CPU off the clean bench and 40 MB of peak RSS. Near-unique fields (ids,
 * e-mails, phones, addresses, amounts) never paid.
 */
const MEMO_LIMITS: Partial<Record<CanonicalField, number>> = {
  city: 8_192, region: 8_192, district: 8_192, postcode: 8_192, status: 8_192, owner: 8_192,
  title: 8_192, currency: 8_192,
};
type Memo = Partial<Record<CanonicalField, BoundedCache<NormalizeResult>>>;
/** Tables per context signature: a result depends on the row's country and the settings. */
const memosBySignature = new Map<string, Memo>();
/** A context's tables, found by identity first: the signature string is built once per context object. */
const memoOfContext = new WeakMap<NormalizeContext, Memo>();

function memoFor(ctx: NormalizeContext): Memo {
  let memo = memoOfContext.get(ctx);
  if (memo) return memo;
  // Dates are not memoized today; their per-field orders are in the signature all the same, so that
  // a table added for a date field could not hand one column's reading to another.
  const dates = ctx.dateOrders ? JSON.stringify(ctx.dateOrders) : '';
  const signature = `${ctx.country ?? ''}|${ctx.defaultRegion}|${ctx.dateOrder}|${dates}|${ctx.autoFix ? 1 : 0}`;
  memo = memosBySignature.get(signature);
  if (!memo) {
    if (memosBySignature.size >= 256) memosBySignature.clear(); // pathological: endless distinct settings
    memo = {};
    memosBySignature.set(signature, memo);
  }
  memoOfContext.set(ctx, memo);
  return memo;
}

/** Collects what normalizing one record produces. */
class RecordBuilder {
  readonly fields: FieldValues = {};
  readonly keys: Record<string, string> = {};
  readonly problems: FieldProblem[] = [];
  readonly changes: FieldChange[] = [];
  readonly derived: Array<{ from: CanonicalField; values: FieldValues }> = [];

  /** `auditing`: changes are recorded (dedupe reads none, and skips making them). */
  constructor(
    private readonly rec: SourceRecord,
    private readonly auditing: boolean,
  ) {}

  add(field: CanonicalField, raw: string, result: NormalizeResult): void {
    const { source, row } = this.rec;
    this.fields[field] = result.value;
    if (result.changed && this.auditing) {
      this.changes.push({ source, row, field, before: raw, after: result.value, rule: result.rule ?? 'text.clean' });
    }
    if (result.problem) this.problems.push({ source, row, field, value: result.value, reason: result.problem, kind: 'invalid' });
    if (result.note) this.problems.push({ source, row, field, value: result.value, reason: result.note, kind: 'note' });
    if (result.keys) this.addKeys(field, result.keys);
    if (result.derived) this.derived.push({ from: field, values: result.derived });
  }

  /** A mobile column's keys are mobile_type/mobile_others, so they do not overwrite the phone's. */
  private addKeys(field: CanonicalField, keys: Record<string, string>): void {
    const rename = field === 'mobile';
    for (const name in keys) this.keys[rename ? mobileKeyName(name) : name] = keys[name]!;
  }

  /** Derived values fill empty or absent fields only, first derivation first. */
  fillDerived(): void {
    const { source, row } = this.rec;
    for (const { from, values } of this.derived) {
      for (const key in values) {
        const field = key as CanonicalField;
        const value = values[field];
        if (!value || this.fields[field]) continue;
        this.fields[field] = value;
        if (this.auditing) this.changes.push({ source, row, field, before: '', after: value, rule: `${from}.derive` });
      }
    }
  }
}

/** A mobile cell's key names (the phone normalizer's, renamed), without a replace on every cell. */
const MOBILE_KEY_NAMES = wordTable({ phone_type: 'mobile_type', phone_others: 'mobile_others' });
const mobileKeyName = (name: string): string => MOBILE_KEY_NAMES[name] ?? name.replace(/^phone_/, 'mobile_');

const OTHERS_KEY = { phone: 'phone_others', mobile: 'mobile_others' } as const;

/** Numbers after the first of a phone or mobile cell that no field took (fillDerived fills only empty
 *  ones): notes, so that problems.csv shows them (the field holds a valid number); keys.*_others
 *  reach no output. */
function reportUnkeptNumbers(builder: RecordBuilder, rec: SourceRecord): void {
  const { phone, mobile } = builder.fields;
  for (const field of ['phone', 'mobile'] as const) {
    const others = builder.keys[OTHERS_KEY[field]];
    if (!others) continue;
    // Numbers are joined by ";" and each starts with "+"; ";ext=" stays with its number.
    for (const number of others.split(/;(?=\+)/)) {
      if (number === phone || number === mobile) continue;
      const why = field === 'phone' && !mobile ? 'not a mobile number, and phone holds the first' : 'phone and mobile hold other numbers';
      const reason = `other number not kept: ${number} (${why})`;
      builder.problems.push({ source: rec.source, row: rec.row, field, value: builder.fields[field]!, reason, kind: 'note' });
    }
  }
}

/** Match keys of a person given as first_name/last_name columns only (no name column). */
function namePartKeys(fields: FieldValues, ctx: NormalizeContext): Record<string, string> | undefined {
  const first = fields.first_name ?? '';
  const last = fields.last_name ?? '';
  if (first === '' && last === '') return undefined;
  const full = HAN.test(first + last) ? last + first : `${first} ${last}`.trim();
  return normalizePersonName(full, ctx).keys;
}

/** Per configured context, per country code: the row context, one object each so the memo tables
 *  above find it by identity. */
const rowContexts = new WeakMap<NormalizeContext, Map<string, NormalizeContext>>();
const countryResults = new BoundedCache<NormalizeResult>(4_096);

/** The row's context: its own country, once normalized, overrides the configured region. */
function rowContext(builder: RecordBuilder, rec: SourceRecord, ctx: NormalizeContext): NormalizeContext {
  const raw = rec.fields.country;
  if (raw === undefined) return ctx;
  let result = countryResults.get(raw);
  if (result === undefined) {
    result = normalizeCountry(raw);
    countryResults.set(raw, result);
  }
  builder.add('country', raw, result);
  return result.problem || result.value === '' ? ctx : withCountry(ctx, result.value);
}

function withCountry(ctx: NormalizeContext, country: string): NormalizeContext {
  let byCountry = rowContexts.get(ctx);
  if (!byCountry) rowContexts.set(ctx, (byCountry = new Map()));
  let rowCtx = byCountry.get(country);
  if (!rowCtx) byCountry.set(country, (rowCtx = { ...ctx, country }));
  return rowCtx;
}

/** A phone cell: read in the country the row's other fields point to, when it has no country column.
 *  `mobileFree`: a phone column's cell in a record with no mobile (see normalizePhoneUncached). */
function normalizeRowPhone(raw: string, ctx: NormalizeContext, evidence: RowEvidence | undefined, mobileFree: boolean): NormalizeResult {
  return evidence
    ? normalizePhoneOfRow(raw, ctx, evidence, withCountry(ctx, evidence.country), mobileFree)
    : normalizePhone(raw, ctx, mobileFree);
}

/** A postcode read in the country the row's other fields point to (a US state, a UK postcode shape,
 * a .de e-mail...), when it has no country column: 70185 in a Stuttgart row is German, not a CN code
 * that lost its leading zero. The audit rule says the country came from the row. */
function normalizeRowPostcode(raw: string, ctx: NormalizeContext, evidence: RowEvidence): NormalizeResult {
  const result = normalizePostcode(raw, withCountry(ctx, evidence.country));
  return result.changed && result.rule ? { ...result, rule: `${result.rule}+row_country` } : result;
}

/** What a record's cells are read with: its context (its own country), the country its other fields
 *  point to, and the flags that change how one field reads because of another. */
interface RowPlan {
  builder: RecordBuilder;
  rowCtx: NormalizeContext;
  evidence: RowEvidence | undefined;
  /** A last_name cell with no first name beside it ("SMITH, John"). */
  noFirstName: boolean;
  /** A phone cell in a record whose mobile is empty (see normalizePhoneUncached). */
  mobileFree: boolean;
}

/** Country goes first, so that the row's own country is the context of its phones. */
function planRow(rec: SourceRecord, ctx: NormalizeContext, auditing: boolean): RowPlan {
  const builder = new RecordBuilder(rec, auditing);
  const rowCtx = rowContext(builder, rec, ctx);
  const { phone, mobile, postcode } = rec.fields;
  return {
    builder,
    rowCtx,
    evidence: rowCtx.country === undefined && (phone || mobile || postcode) ? rowCountry(rec.fields) : undefined,
    noFirstName: rec.fields.last_name !== undefined && cleanText(rec.fields.first_name ?? '') === '',
    // A phone cell opening with a mobile then gives it to mobile and keeps its landline: no number lost.
    mobileFree: phone !== undefined && cleanText(mobile ?? '') === '',
  };
}

/** How one field's non-empty cells go through its normalizer, as each row's plan says. */
type CellNormalizer = (raw: string, plan: RowPlan) => NormalizeResult;

/** Each field's CellNormalizer, made once: which normalizer, which special case and which memo
 *  table a cell takes were looked up again for every cell (12 a row). */
const cellNormalizers = new Map<CanonicalField, CellNormalizer>();

function cellNormalizer(field: CanonicalField): CellNormalizer {
  let cell = cellNormalizers.get(field);
  if (!cell) cellNormalizers.set(field, (cell = makeCellNormalizer(field)));
  return cell;
}

function makeCellNormalizer(field: CanonicalField): CellNormalizer {
  const normalize = NORMALIZERS[field];
  const plain = memoized(field, normalize);
  if (normalize === normalizePhone) {
    const isPhone = field === 'phone';
    return (raw, plan) => normalizeRowPhone(raw, plan.rowCtx, plan.evidence, plan.mobileFree && isPhone);
  }
  if (field === 'postcode') return (raw, plan) => (plan.evidence ? normalizeRowPostcode(raw, plan.rowCtx, plan.evidence) : plain(raw, plan.rowCtx));
  if (field === 'last_name') return (raw, plan) => (plan.noFirstName ? normalizeLoneLastName(raw, plan.rowCtx) : plain(raw, plan.rowCtx));
  if (normalize === normalizeDate) {
    return (raw, plan) => (plan.rowCtx.dateOrders ? normalizeColumnDate(raw, plan.rowCtx, plan.rowCtx.dateOrders[field]) : plain(raw, plan.rowCtx));
  }
  return (raw, plan) => plain(raw, plan.rowCtx);
}

/** A field's normalizer through its memo table, when it has one (MEMO_LIMITS), the table found once
 *  per context, not per cell. */
function memoized(field: CanonicalField, normalize: Normalizer): Normalizer {
  const limit = MEMO_LIMITS[field];
  if (limit === undefined) return normalize;
  let lastCtx: NormalizeContext | undefined;
  let table: BoundedCache<NormalizeResult> | undefined;
  return (raw, ctx) => {
    if (ctx !== lastCtx) {
      const memo = memoFor(ctx);
      table = memo[field] ??= new BoundedCache<NormalizeResult>(limit);
      lastCtx = ctx;
    }
    let result = table!.get(raw);
    if (result === undefined) {
      result = normalize(raw, ctx);
      table!.set(raw, result);
    }
    return result;
  };
}

/** A cell's field, when it is one the stage normalizes (country is read by planRow). */
const normalized = (field: string): field is CanonicalField => field !== 'country' && NORMALIZERS[field as CanonicalField] !== undefined;

/** The record with its normalized cells (record i's in `results`, see standardizeRecords), its
 *  changes and problems in the record's field order, derived fields filled. */
function finishRow(rec: SourceRecord, plan: RowPlan, results: Results, i: number): StandardizeOutput {
  const { builder, rowCtx } = plan;
  for (const field in rec.fields) {
    const raw = rec.fields[field as CanonicalField];
    if (raw === undefined || !normalized(field)) continue;
    if (raw === '') builder.fields[field] = ''; // an empty cell: nothing to normalize or report
    else builder.add(field, raw, results.of[results.place.get(field)! + i]!);
  }
  builder.fillDerived();
  reportUnkeptNumbers(builder, rec);
  if (rec.fields.name === undefined || rec.fields.name === '') {
    const keys = namePartKeys(builder.fields, rowCtx);
    if (keys) Object.assign(builder.keys, keys);
  }
  const record: CleanRecord = {
    source: rec.source,
    file: rec.file,
    row: rec.row,
    fields: builder.fields,
    extra: rec.extra,
    keys: builder.keys,
    problems: builder.problems,
  };
  return { record, changes: builder.changes };
}

/** Standardize one record: every present field through its normalizer, every change and problem
 *  recorded. Returns the clean record and its audit trail. */
export function standardizeRecord(rec: SourceRecord, ctx: NormalizeContext): StandardizeOutput {
  return standardizeRecords([rec], ctx)[0]!;
}

/**
 * Standardize records: the same outputs as standardizeRecord on each, in order, made field by field
 * (every name of the batch, then every company...), so that one normalizer's code and tables stay in
 * the cache while it runs. Row by row, the normalizers of a record evicted each other: on 100k bench
 * rows, field by field took 22 µs a row against 26–29 µs.
 */
export function standardizeRecords(recs: SourceRecord[], ctx: NormalizeContext, opts: StandardizeOptions = {}): StandardizeOutput[] {
  const auditing = opts.changes ?? true;
  const plans = recs.map((rec) => planRow(rec, ctx, auditing));
  const fields = fieldsOf(recs);
  const n = recs.length;
  // Results by field, then record: an array rather than an object per record keyed by field, whose
  // stores under ever-changing names V8 could only do the slow, generic way.
  const results = new Array<NormalizeResult | undefined>(fields.length * n);
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const cell = cellNormalizer(field);
    for (let i = 0; i < n; i++) {
      const raw = recs[i]!.fields[field];
      if (raw) results[f * n + i] = cell(raw, plans[i]!);
    }
  }
  // Where a field's results start, looked up once per cell: indexOf over the fields was 1.4 µs a row,
  // and a null-prototype object keyed by field (a dictionary) and a closure per record 1.8 µs.
  const place = new Map<string, number>();
  fields.forEach((field, f) => place.set(field, f * n));
  const byField: Results = { of: results, place };
  const out = new Array<StandardizeOutput>(n);
  for (let i = 0; i < n; i++) out[i] = finishRow(recs[i]!, plans[i]!, byField, i);
  return out;
}

/** A batch's normalized cells by field, then record, and where each field's results start. */
interface Results {
  of: (NormalizeResult | undefined)[];
  place: Map<string, number>;
}

/** The normalized fields the records hold, in first-seen order (one mapper gives them all the same). */
function fieldsOf(recs: SourceRecord[]): CanonicalField[] {
  const seen = new Set<CanonicalField>();
  for (const rec of recs) for (const key in rec.fields) if (normalized(key)) seen.add(key);
  return [...seen];
}

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
import { normalizeText } from './text.js';
import { normalizePhone } from './phone.js';
import { normalizeEmail } from './email.js';
import { normalizeDate } from './date.js';
import { normalizeAmount } from './amount.js';
import { normalizeCurrency } from './currency.js';
import { normalizeCountry } from './country.js';
import { normalizeNamePart, normalizePersonName } from './name.js';
import { normalizeCompany } from './company.js';
import { normalizeAddress, normalizeCity, normalizeRegion } from './address.js';
import { normalizePostcode } from './postcode.js';

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

/** Fields whose values repeat across rows (few cities, provinces, statuses, common names): their
 *  results are remembered per field. Unique-valued fields (ids, e-mails, phones, addresses) are not:
 *  there a lookup that misses costs more than it saves (a memo on every field measured ~5% slower
 *  on the bench file; this selective one measured neutral there, and CRM columns such as status,
 *  owner and city repeat far more than that generated file's). */
const REPEATING: ReadonlySet<CanonicalField> = new Set([
  'name', 'city', 'region', 'district', 'postcode', 'status', 'owner', 'title', 'currency',
]);
const MEMO_LIMIT = 4_096;
/** Per context signature (country and settings), per field: raw value → result. Bounded. */
const memos = new Map<string, Map<string, NormalizeResult>>();

function remembered(field: CanonicalField, raw: string, ctx: NormalizeContext, normalize: Normalizer): NormalizeResult {
  const name = `${field}|${ctx.country ?? ''}|${ctx.defaultRegion}|${ctx.dateOrder}|${ctx.autoFix ? 1 : 0}`;
  let memo = memos.get(name);
  if (!memo) {
    if (memos.size >= 256) memos.clear();
    memo = new Map();
    memos.set(name, memo);
  }
  let result = memo.get(raw);
  if (result === undefined) {
    result = normalize(raw, ctx);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, result);
  }
  return result;
}

/** Collects what normalizing one record produces. */
class RecordBuilder {
  readonly fields: FieldValues = {};
  readonly keys: Record<string, string> = {};
  readonly problems: FieldProblem[] = [];
  readonly changes: FieldChange[] = [];
  readonly derived: Array<{ from: CanonicalField; values: FieldValues }> = [];

  constructor(private readonly rec: SourceRecord) {}

  add(field: CanonicalField, raw: string, result: NormalizeResult): void {
    const { source, row } = this.rec;
    this.fields[field] = result.value;
    if (result.changed) {
      this.changes.push({ source, row, field, before: raw, after: result.value, rule: result.rule ?? 'text.clean' });
    }
    if (result.problem) this.problems.push({ source, row, field, value: result.value, reason: result.problem });
    if (result.keys) this.addKeys(field, result.keys);
    if (result.derived) this.derived.push({ from: field, values: result.derived });
  }

  /** A mobile column's keys are mobile_type/mobile_others, so they do not overwrite the phone's. */
  private addKeys(field: CanonicalField, keys: Record<string, string>): void {
    const rename = field === 'mobile';
    for (const name in keys) this.keys[rename ? name.replace(/^phone_/, 'mobile_') : name] = keys[name]!;
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
        this.changes.push({ source, row, field, before: '', after: value, rule: `${from}.derive` });
      }
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

/** The row's context: its own country, once normalized, overrides the configured region. */
function rowContext(builder: RecordBuilder, rec: SourceRecord, ctx: NormalizeContext): NormalizeContext {
  const raw = rec.fields.country;
  if (raw === undefined) return ctx;
  const result = normalizeCountry(raw);
  builder.add('country', raw, result);
  return result.problem || result.value === '' ? ctx : { ...ctx, country: result.value };
}

/**
 * Standardize one record. Country goes first so that ctx.country is the row's own for phones; then
 * every other present field, in the record's order. Returns the clean record and its audit trail.
 */
export function standardizeRecord(rec: SourceRecord, ctx: NormalizeContext): StandardizeOutput {
  const builder = new RecordBuilder(rec);
  const rowCtx = rowContext(builder, rec, ctx);
  for (const key in rec.fields) {
    const field = key as CanonicalField;
    const raw = rec.fields[field];
    const normalize = NORMALIZERS[field];
    if (raw === undefined || field === 'country' || normalize === undefined) continue;
    if (raw === '') builder.fields[field] = ''; // an empty cell: nothing to normalize or report
    else builder.add(field, raw, REPEATING.has(field) ? remembered(field, raw, rowCtx, normalize) : normalize(raw, rowCtx));
  }
  builder.fillDerived();
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

// Turns command-line inputs into opened, header-mapped sources: the read + map stages.
import { existsSync } from 'node:fs';
import { openTable, type OpenedTable, type ReadOptions } from '../io/index.js';
import {
  createRecordMapper,
  headerScore,
  mapHeaders,
  sourceNameFromFile,
  type HeaderMapping,
} from '../schema/index.js';
import type { ReconConfig } from '../config/schema.js';
import type { CanonicalField, Reject, SourceRecord } from '../types.js';
import { inferDateOrder, type ColumnOrder } from '../standardize/date-order.js';
import { readAhead } from './read-ahead.js';

/** One input: a file and the source name its records are tagged with. */
export interface InputSpec {
  source: string;
  path: string;
}

/** Read options that apply to every input unless its source config says otherwise. */
export interface CommonReadOptions {
  encoding?: string;
  delimiter?: string;
  sheet?: string | number;
}

export interface OpenedSource {
  spec: InputSpec;
  table: OpenedTable;
  mapping: HeaderMapping[];
  toRecord: (row: { row: number; cells: string[] }) => SourceRecord;
  /** Per date field, the day/month order its first rows prove (none when the source config sets dateOrder). */
  dateOrders?: Partial<Record<CanonicalField, ColumnOrder>>;
}

/** Rows of each source read ahead to infer its date columns' day/month order. */
export const DATE_SAMPLE_ROWS = 2_000;

const DATE_FIELDS: readonly CanonicalField[] = ['birth_date', 'created_at', 'updated_at'];

/** `crm=exports/a.csv` names the source; a bare path takes its name from the file. */
export function parseInputSpecs(args: string[]): InputSpec[] {
  const seen = new Map<string, number>();
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    let source: string;
    let path: string;
    if (eq > 0 && !existsSync(arg) && /^[\w.-]+$/.test(arg.slice(0, eq))) {
      source = arg.slice(0, eq);
      path = arg.slice(eq + 1);
    } else {
      path = arg;
      source = path === '-' ? 'stdin' : sourceNameFromFile(path);
    }
    const n = (seen.get(source) ?? 0) + 1;
    seen.set(source, n);
    return { source: n > 1 ? `${source}_${n}` : source, path };
  });
}

/** Opens every input first, so that all headers are known before any row is written. */
export async function openSources(
  specs: InputSpec[],
  config: ReconConfig,
  common: CommonReadOptions,
  onReject: (r: Reject) => void,
): Promise<OpenedSource[]> {
  const opened: OpenedSource[] = [];
  for (const spec of specs) {
    const sc = config.sources[spec.source] ?? {};
    const opts: ReadOptions = {
      encoding: sc.encoding ?? common.encoding,
      delimiter: sc.delimiter ?? common.delimiter,
      sheet: sc.sheet ?? common.sheet,
      headerRow: sc.headerRow,
      headerScore,
    };
    // Rejects met while reading ahead are held until the source's rows are iterated, so that
    // rejects.csv stays in input order (source after source).
    let held: Reject[] | undefined;
    const table = await openTable(spec.path, opts, (r) => {
      const reject = { source: spec.source, file: spec.path, ...r };
      if (held) held.push(reject);
      else onReject(reject);
    });
    const mapping = mapHeaders(table.meta.header, sc.mapping ?? undefined);
    const source: OpenedSource = { spec, table, mapping, toRecord: createRecordMapper(spec.source, spec.path, mapping) };
    const dateFields = DATE_FIELDS.filter((f) => mapping.some((m) => m.field === f));
    if (dateFields.length > 0 && sc.dateOrder === undefined) {
      held = [];
      const release = () => {
        const reported = held ?? [];
        held = undefined;
        for (const r of reported) onReject(r);
      };
      const ahead = await readAhead(table.rows, DATE_SAMPLE_ROWS, release);
      source.table = { ...table, rows: ahead.rows };
      source.dateOrders = inferDateOrders(source, ahead.sample, dateFields);
    }
    opened.push(source);
  }
  return opened;
}

/** The order each date field's sampled values prove; a column with both kinds is named in the
 *  source's problems (summary.json, inspect) and keeps the configured order. */
function inferDateOrders(
  source: OpenedSource,
  sample: Array<{ row: number; cells: string[] }>,
  fields: readonly CanonicalField[],
): Partial<Record<CanonicalField, ColumnOrder>> {
  const records = sample.map(source.toRecord);
  const orders: Partial<Record<CanonicalField, ColumnOrder>> = {};
  for (const field of fields) {
    const evidence = inferDateOrder(records.map((r) => r.fields[field] ?? ''));
    if (evidence.order === 'mixed') {
      const header = source.mapping.findLast((m) => m.field === field)?.header ?? field;
      source.table.meta.problems.push(
        `${field} ("${header}"): both month-first (${evidence.mdyExample}) and day-first (${evidence.dmyExample}) dates; ` +
          `each ambiguous one read by the configured order (sources.${source.spec.source}.dateOrder sets one)`,
      );
    } else if (evidence.order) orders[field] = evidence.order;
  }
  return orders;
}

/** Streams the records of all sources, in input order. */
export async function* readRecords(sources: OpenedSource[]): AsyncGenerator<SourceRecord> {
  for (const s of sources) {
    for await (const row of s.table.rows) yield s.toRecord(row);
  }
}

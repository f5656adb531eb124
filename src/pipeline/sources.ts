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
import type { Reject, SourceRecord } from '../types.js';

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
}

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
    const table = await openTable(spec.path, opts, (r) =>
      onReject({ source: spec.source, file: spec.path, ...r }),
    );
    const mapping = mapHeaders(table.meta.header, sc.mapping ?? undefined);
    opened.push({ spec, table, mapping, toRecord: createRecordMapper(spec.source, spec.path, mapping) });
  }
  return opened;
}

/** Streams the records of all sources, in input order. */
export async function* readRecords(sources: OpenedSource[]): AsyncGenerator<SourceRecord> {
  for (const s of sources) {
    for await (const row of s.table.rows) yield s.toRecord(row);
  }
}

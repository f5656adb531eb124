// `recon inspect` as a library call: how each file reads and maps, and a profile of every column.
import { InputError } from '../io/index.js';
import type { ReconConfig } from '../config/schema.js';
import type { Reject } from '../types.js';
import { openSources, parseInputSpecs, type CommonReadOptions } from './sources.js';

/** Distinct values are counted exactly up to this many per column, then reported as "at least". */
const DISTINCT_CAP = 100_000;
const SAMPLES = 3;

export interface ColumnProfile {
  header: string;
  field: string | null;
  how: string;
  filled: number;
  fillRate: number;
  distinct: number;
  distinctCapped: boolean;
  samples: string[];
}

export interface InspectReport {
  source: string;
  file: string;
  error?: string;
  format?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  sheets?: string[];
  headerRow?: number;
  rows?: number;
  blankRows?: number;
  rejectedRows?: number;
  columns?: ColumnProfile[];
  problems?: string[];
  rejects?: Reject[];
}

class ColumnStats {
  filled = 0;
  readonly values = new Set<string>();
  capped = false;
  readonly samples: string[] = [];

  add(v: string): void {
    if (v === '') return;
    this.filled++;
    if (this.values.has(v)) return;
    if (this.samples.length < SAMPLES) this.samples.push(v);
    if (this.values.size < DISTINCT_CAP) this.values.add(v);
    else this.capped = true;
  }
}

export async function inspectFiles(inputs: string[], config: ReconConfig, read: CommonReadOptions = {}): Promise<InspectReport[]> {
  const reports: InspectReport[] = [];
  for (const spec of parseInputSpecs(inputs)) {
    const rejects: Reject[] = [];
    try {
      const [src] = await openSources([spec], config, read, (r) => rejects.push(r));
      const { meta, stats } = src!.table;
      const cols = meta.header.map(() => new ColumnStats());
      for await (const row of src!.table.rows) {
        for (let i = 0; i < cols.length; i++) cols[i]!.add(row.cells[i] ?? '');
      }
      const n = stats.dataRows;
      reports.push({
        source: spec.source,
        file: spec.path,
        format: meta.format,
        encoding: meta.encoding,
        delimiter: meta.delimiter,
        sheet: meta.sheet,
        sheets: meta.sheets,
        headerRow: meta.headerRow,
        rows: n,
        blankRows: stats.blankRows,
        rejectedRows: stats.rejected,
        columns: src!.mapping.map((m, i) => ({
          header: m.header,
          field: m.field ?? null,
          how: m.how,
          filled: cols[i]!.filled,
          fillRate: n ? Math.round((cols[i]!.filled / n) * 1000) / 1000 : 0,
          distinct: cols[i]!.values.size,
          distinctCapped: cols[i]!.capped,
          samples: cols[i]!.samples,
        })),
        problems: meta.problems,
        rejects,
      });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      reports.push({ source: spec.source, file: spec.path, error: err.message });
    }
  }
  return reports;
}

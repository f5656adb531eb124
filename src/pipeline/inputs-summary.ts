// The per-input part of summary.json: what was read, how, and a checksum to tie outputs to inputs.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { OpenedSource } from './sources.js';

export interface InputSummary {
  source: string;
  file: string;
  sha256: string | null;
  format: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  headerRow: number;
  dataRows: number;
  blankRows: number;
  rejectedRows: number;
  mapping: Record<string, string | null>;
  problems: string[];
}

export async function sha256File(path: string): Promise<string | null> {
  if (path === '-') return null;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Call after the rows were consumed: the stats are filled while iterating. */
export async function summarizeInputs(sources: OpenedSource[]): Promise<InputSummary[]> {
  return Promise.all(
    sources.map(async (s) => {
      const { meta, stats } = s.table;
      const mapping: Record<string, string | null> = {};
      for (const m of s.mapping) mapping[m.header] = m.field ?? null;
      return {
        source: s.spec.source,
        file: s.spec.path,
        sha256: await sha256File(s.spec.path),
        format: meta.format,
        encoding: meta.encoding,
        delimiter: meta.delimiter,
        sheet: meta.sheet,
        headerRow: meta.headerRow,
        dataRows: stats.dataRows,
        blankRows: stats.blankRows,
        rejectedRows: stats.rejected,
        mapping,
        problems: meta.problems,
      };
    }),
  );
}

/** Rows read across inputs: every data row is either a record or a reject. */
export function rowCounts(inputs: InputSummary[]): { in: number; blank: number } {
  let rows = 0;
  let blank = 0;
  for (const i of inputs) {
    rows += i.dataRows + i.rejectedRows;
    blank += i.blankRows;
  }
  return { in: rows, blank };
}

/** File names only: a summary must not change with where --out points. */
export function outputNames<K extends string>(files: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(files).map(([k, f]) => [k, basename(f)])) as Record<K, string>;
}

// The per-input part of summary.json: what was read, how, and a checksum to tie outputs to inputs.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
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

// `recon clean` as a library call: read → map → standardize → write cleaned rows, audit, problems,
// rejects and a summary. Streams: memory does not grow with the number of rows.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/index.js';
import { CsvFileWriter } from '../report/csv-writer.js';
import { NdjsonFileWriter } from '../report/ndjson-writer.js';
import { openTableWriter } from '../report/table-writer.js';
import { writeRejects } from '../report/rejects.js';
import type { ReconConfig } from '../config/schema.js';
import type { Reject } from '../types.js';
import { openSources, parseInputSpecs, type CommonReadOptions } from './sources.js';
import { outputColumns } from './columns.js';
import { Tally } from './tally.js';
import { outputNames, rowCounts, summarizeInputs, type InputSummary } from './inputs-summary.js';
import { sourceShapes } from './jobs/index.js';
import { runJob } from './jobs/pool.js';
import type { CleanBatch } from './jobs/clean-job.js';
import { VERSION } from '../version.js';
import { defaultThreads } from '../threads.js';

export interface CleanOptions {
  inputs: string[];
  outDir: string;
  config: ReconConfig;
  read?: CommonReadOptions;
  format?: 'csv' | 'xlsx';
  bom?: boolean;
  /** Called every few thousand rows with the count so far (progress display). */
  onProgress?: (rows: number) => void;
}

export interface CleanSummary {
  tool: string;
  version: string;
  command: 'clean';
  inputs: InputSummary[];
  rows: { in: number; out: number; rejected: number; blank: number };
  changes: { total: number; byField: Record<string, number>; byRule: Record<string, number> };
  /** total = invalid (values kept as they came) + notes (remarks on values that were standardized). */
  problems: { total: number; invalid: number; notes: number; rows: number; byField: Record<string, number>; byReason: Record<string, number> };
  outputs: Record<string, string>;
}

export interface CleanResult {
  summary: CleanSummary;
  timingsMs: { total: number };
}

/**
 * Two threads unless told (one on a single core): on the 1M-row bench, 42 s and 350 MB peak RSS
 * against 58–66 s and 250 MB on one. Each further worker adds ~110 MB, which clean's 400 MB budget
 * does not have; --threads buys more where memory allows.
 */
const CLEAN_THREADS = Math.min(2, defaultThreads());
/** 1M rows, two threads: 470 MB peak RSS with the worker's heap uncapped, 350 MB at 96 MB in the same
 *  time; at 64 MB it collected too often and took 20% longer. dedupe leaves its workers uncapped: its
 *  peak RSS is in the match stage, and the cap cost it CPU (300k rows: 45.6 against 42.3 user
 *  seconds, means of two runs). */
const CLEAN_WORKER_OLD_GENERATION_MB = 96;

export async function runClean(opts: CleanOptions): Promise<CleanResult> {
  const started = performance.now();
  const { config, outDir } = opts;
  await mkdir(outDir, { recursive: true });
  const rejects: Reject[] = [];
  const sources = await openSources(parseInputSpecs(opts.inputs), config, opts.read ?? {}, (r) => rejects.push(r));
  const cols = outputColumns(sources);
  const format = opts.format ?? 'csv';
  const files = {
    cleaned: join(outDir, `cleaned.${format}`),
    audit: join(outDir, 'audit.ndjson'),
    problems: join(outDir, 'problems.csv'),
    rejects: join(outDir, 'rejects.csv'),
    summary: join(outDir, 'summary.json'),
  };
  const header = ['source', 'source_row', ...cols.fields, ...cols.extras.map((e) => e.column), 'problems'];
  const cleaned = await openTableWriter(files.cleaned, header, { bom: opts.bom });
  const audit = new NdjsonFileWriter(files.audit);
  const problems = new CsvFileWriter(files.problems, ['source', 'source_row', 'field', 'value', 'reason'], { bom: opts.bom });
  const changesByField = new Tally();
  const changesByRule = new Tally();
  const problemsByField = new Tally();
  const problemsByReason = new Tally();
  let rowsOut = 0;
  let rowsWithProblems = 0;
  let invalidValues = 0;

  const asCsv = cleaned.writeLines !== undefined;
  const spec = {
    kind: 'clean' as const,
    settings: { sources: sourceShapes(sources, config), fields: cols.fields, extras: cols.extras, format: asCsv ? ('csv' as const) : ('xlsx' as const) },
  };
  const addAll = (t: Tally, counts: Record<string, number>) => {
    for (const k in counts) t.add(k, counts[k]);
  };
  const pool = { threads: config.defaults.threads ?? CLEAN_THREADS, workerOldGenerationMb: CLEAN_WORKER_OLD_GENERATION_MB };
  for await (const batch of runJob<CleanBatch>(sources, spec, pool)) {
    addAll(changesByField, batch.changesByField);
    addAll(changesByRule, batch.changesByRule);
    addAll(problemsByField, batch.problemsByField);
    addAll(problemsByReason, batch.problemsByReason);
    rowsWithProblems += batch.rowsWithProblems;
    invalidValues += batch.invalid;
    await audit.writeLines(batch.audit, batch.auditLines);
    await problems.writeLines(batch.problems, batch.problemLines);
    if (batch.cleaned instanceof Uint8Array) await cleaned.writeLines!(batch.cleaned, batch.rows);
    else for (const row of batch.cleaned) await cleaned.write(row);
    const before = rowsOut;
    rowsOut += batch.rows;
    if (Math.floor(rowsOut / 10000) > Math.floor(before / 10000)) opts.onProgress?.(rowsOut);
  }

  await Promise.all([cleaned.close(), audit.close(), problems.close()]);
  await writeRejects(files.rejects, rejects, { bom: opts.bom });
  const inputs = await summarizeInputs(sources);
  const counts = rowCounts(inputs);
  const summary: CleanSummary = {
    tool: 'recon',
    version: VERSION,
    command: 'clean',
    inputs,
    rows: {
      in: counts.in,
      out: rowsOut,
      rejected: rejects.length,
      blank: counts.blank,
    },
    changes: { total: changesByField.total, byField: changesByField.toJSON(), byRule: changesByRule.toJSON() },
    problems: {
      total: problemsByField.total,
      invalid: invalidValues,
      notes: problemsByField.total - invalidValues,
      rows: rowsWithProblems,
      byField: problemsByField.toJSON(),
      byReason: problemsByReason.toJSON(),
    },
    outputs: outputNames(files),
  };
  await writeFileAtomic(files.summary, JSON.stringify(summary, null, 2) + '\n');
  return { summary, timingsMs: { total: Math.round(performance.now() - started) } };
}

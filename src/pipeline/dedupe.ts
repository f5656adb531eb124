// `recon dedupe` as a library call: read → map → standardize → block → score → cluster → merge →
// write clusters, golden records, the pair audit, the review queue and a summary.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decisionKey, matchInput, recordRef, resolveSettings, settingsPaths, ValueTable, type MatchResult, type MatchSettings } from '../match/index.js';
import { DEFAULT_MERGE, type MergeSettings } from '../merge/survivorship.js';
import { writeFileAtomic } from '../io/index.js';
import { writeRejects } from '../report/rejects.js';
import { writeDedupeOutputs } from '../report/dedupe-outputs.js';
import type { ReconConfig } from '../config/schema.js';
import type { Reject } from '../types.js';
import { PackedRecords } from './packed-records.js';
import { matchSettingsFromConfig } from './match-settings.js';
import { openSources, parseInputSpecs, type CommonReadOptions } from './sources.js';
import { outputColumns } from './columns.js';
import { outputNames, rowCounts, summarizeInputs, type InputSummary } from './inputs-summary.js';
import { sourceShapes } from './jobs/index.js';
import { runJob } from './jobs/pool.js';
import type { DedupeBatch } from './jobs/dedupe-job.js';
import { pairKey, readDecisions, type Decision } from './decisions.js';
import { VERSION } from '../version.js';
import { defaultThreads } from '../threads.js';

export interface DedupeOptions {
  inputs: string[];
  outDir: string;
  config: ReconConfig;
  read?: CommonReadOptions;
  /** review.csv files whose decisions override the model (the out dir's own review.csv is read too). */
  decisionFiles?: string[];
  match?: Partial<MatchSettings>;
  bom?: boolean;
  onProgress?: (stage: string, n?: number) => void;
}

export interface DedupeSummary {
  tool: string;
  version: string;
  command: 'dedupe';
  inputs: InputSummary[];
  rows: { in: number; records: number; rejected: number; blank: number };
  match: Omit<MatchResult['stats'], 'timingsMs'> & { pairsScored: number; matchedPairs: number; reviewPairs: number; decisionsApplied: number };
  clusters: { total: number; multiRecord: number; largest: number };
  outputs: Record<string, string>;
}

export interface DedupeResult {
  summary: DedupeSummary;
  /** The standardized records, compactly: source, row and fields of each. */
  records: PackedRecords;
  result: MatchResult;
  timingsMs: Record<string, number>;
}

function mergeSettings(config: ReconConfig): MergeSettings {
  const ranked = Object.entries(config.sources)
    .filter(([, s]) => s.priority !== undefined)
    .sort((a, b) => a[1].priority! - b[1].priority!)
    .map(([name]) => name);
  return { ...DEFAULT_MERGE, sourcePriority: ranked };
}

async function loadDecisions(opts: DedupeOptions, records: PackedRecords): Promise<Map<string, Decision>> {
  const files = [...(opts.decisionFiles ?? [])];
  const own = join(opts.outDir, 'review.csv');
  if (existsSync(own) && !files.includes(own)) files.unshift(own);
  const byIdentity = new Map<string, Decision>();
  for (const f of files) for (const [k, v] of await readDecisions(f)) byIdentity.set(k, v);
  if (byIdentity.size === 0) return new Map();
  const index = new Map<string, number>();
  for (let i = 0; i < records.length; i++) index.set(`${records.source(i)}:${records.row(i)}`, i);
  const out = new Map<string, Decision>();
  for (const [k, v] of byIdentity) {
    const [ka, kb] = k.split('|') as [string, string];
    const a = index.get(ka);
    const b = index.get(kb);
    if (a !== undefined && b !== undefined) out.set(a < b ? `${a}:${b}` : `${b}:${a}`, v);
  }
  return out;
}

export async function runDedupe(opts: DedupeOptions): Promise<DedupeResult> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));
  const { config, outDir } = opts;
  await mkdir(outDir, { recursive: true });
  const rejects: Reject[] = [];
  const sources = await openSources(parseInputSpecs(opts.inputs), config, opts.read ?? {}, (r) => rejects.push(r));
  const cols = outputColumns(sources);

  const settings = matchSettingsFromConfig(config, opts.match);
  // Each record is kept twice, compactly, and the record object let go: the values the match stage
  // reads in one array per path, the fields the outputs write as one UTF-8 text per record.
  let values: ValueTable | undefined = new ValueTable(settingsPaths(resolveSettings(settings)));
  const records = new PackedRecords();
  opts.onProgress?.('standardize', 0);
  const spec = { kind: 'dedupe' as const, settings: { sources: sourceShapes(sources, config), paths: [...values.paths] } };
  for await (const batch of runJob<DedupeBatch>(sources, spec, { threads: config.defaults.threads })) {
    const source = sources[batch.source]!.spec.source;
    values!.addColumns(batch.values, batch.rows.length);
    const before = records.length;
    records.addBatch(source, batch.rows, batch.packed, batch.invalid);
    if (Math.floor(records.length / 10000) > Math.floor(before / 10000)) opts.onProgress?.('standardize', records.length);
  }
  lap('readStandardize', t0); // one stage: records are read while workers standardize earlier ones

  const t1 = performance.now();
  opts.onProgress?.('match');
  const decisions = await loadDecisions(opts, records);
  // The match stage keys decisions by record reference; the outputs by record index.
  const byRef = new Map<string, Decision>();
  for (const [k, v] of decisions) {
    const [a, b] = k.split(':').map(Number) as [number, number];
    byRef.set(decisionKey(records.at(a)!, records.at(b)!), v);
  }
  const refOf = (i: number) => recordRef({ source: records.source(i), row: records.row(i) });
  const result = matchInput({ values: values!, sourceIds: records.sourceIds(), refOf }, settings, byRef);
  values = undefined; // let the match values go before the outputs are written
  lap('match', t1);
  for (const [k, v] of Object.entries(result.stats.timingsMs)) timings[`match.${k}`] = v;

  const t2 = performance.now();
  opts.onProgress?.('write');
  const files = {
    golden: join(outDir, 'golden.csv'),
    clusters: join(outDir, 'clusters.csv'),
    audit: join(outDir, 'audit.ndjson'),
    review: join(outDir, 'review.csv'),
    rejects: join(outDir, 'rejects.csv'),
    summary: join(outDir, 'summary.json'),
  };
  const written = await writeDedupeOutputs({ files, records, result, fields: cols.fields, merge: mergeSettings(config), bom: opts.bom, decisions, threads: config.defaults.threads ?? defaultThreads() });
  await writeRejects(files.rejects, rejects, { bom: opts.bom });
  const inputs = await summarizeInputs(sources);
  const counts = rowCounts(inputs);
  const { timingsMs: _t, ...stats } = result.stats;
  const summary: DedupeSummary = {
    tool: 'recon',
    version: VERSION,
    command: 'dedupe',
    inputs,
    rows: {
      in: counts.in,
      records: records.length,
      rejected: rejects.length,
      blank: counts.blank,
    },
    match: {
      ...stats,
      pairsScored: result.pairs.length,
      matchedPairs: written.matchedPairs,
      reviewPairs: result.review.length,
      decisionsApplied: decisions.size,
    },
    clusters: { total: written.clusters, multiRecord: written.multiRecordClusters, largest: result.stats.largestCluster },
    outputs: outputNames(files),
  };
  await writeFileAtomic(files.summary, JSON.stringify(summary, null, 2) + '\n');
  lap('write', t2);
  lap('total', t0);
  return { summary, records, result, timingsMs: timings };
}

export { pairKey };

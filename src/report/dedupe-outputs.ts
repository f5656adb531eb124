// Writes what `recon dedupe` produces: golden.csv, clusters.csv, audit.ndjson and review.csv. With a
// second thread (outputs-thread.ts), a worker writes clusters.csv while this thread writes the
// audit's pair lines, then both make golden lines, runs of clusters in turn; the files are the same
// bytes either way.
import { setImmediate as turn } from 'node:timers/promises';
import type { CanonicalField, ScoredPair } from '../types.js';
import type { MatchResult } from '../match/index.js';
import { ClusterGroups, goldenId } from '../merge/golden.js';
import type { MergeSettings } from '../merge/survivorship.js';
import type { SharedPackedRecords } from '../pipeline/packed-records.js';
import { CsvFileWriter } from './csv-writer.js';
import { NdjsonFileWriter } from './ndjson-writer.js';
import { pairLineBound, round, writePairLine } from './audit-lines.js';
import { writeClustersFile } from './clusters-file.js';
import { goldenRun, type GoldenInput, type GoldenRun } from './golden-lines.js';
import { OutputsThread } from './outputs-thread.js';
import { InOrder } from '../in-order.js';
import type { OutputRecords } from './output-records.js';

export type { OutputRecords } from './output-records.js';

export interface DedupeOutputInput {
  files: { golden: string; clusters: string; audit: string; review: string };
  /** The records; a worker shares them when they can be shared (PackedRecords.share). */
  records: OutputRecords & { share?(): SharedPackedRecords };
  result: MatchResult;
  fields: CanonicalField[];
  merge: MergeSettings;
  decisions: Map<string, string>;
  bom?: boolean;
  /** Threads, this one included; from 2, a worker takes part from `workerFrom` records up. */
  threads?: number;
  /** Records from which a worker pays for its start (default WORKER_FROM; tests set it lower). */
  workerFrom?: number;
}

/** Records from which the worker pays: writeDedupeOutputs on 1 and 2 threads alternately, 300k bench
 *  rows 2.7 and 2.7 s (5 runs each, 60% more CPU on 2), 1M rows 13.7/13.6 and 10.4/11.5 s. */
const WORKER_FROM = 500_000;
/** Clusters per run of golden lines: ~10 ms of work, a few hundred KB of bytes. */
const RUN = 1024;
/** Runs the worker holds before this thread makes the next one itself. */
const PER_WORKER = 2;

const refAt = (records: OutputRecords, i: number) => ({ source: records.source(i), row: records.row(i) });

function weightsText(p: ScoredPair): string {
  return p.weights.map((w) => `${w.comparison}=${w.level} ${w.weight >= 0 ? '+' : ''}${w.weight.toFixed(2)}`).join('; ');
}

export async function writeDedupeOutputs(input: DedupeOutputInput) {
  const { files, records, result, fields, bom } = input;
  const groups = ClusterGroups.of(result.clusters);
  const threads = input.threads ?? 1;
  const thread =
    threads > 1 && records.share && records.length >= (input.workerFrom ?? WORKER_FROM)
      ? OutputsThread.start({ records: records.share(), clusters: result.clusters, probability: result.clusterProbability, fields, merge: input.merge })
      : undefined;
  try {
    // The worker writes clusters.csv meanwhile; if it fails, this thread writes it at the end.
    const clustersByWorker = thread?.clusters(files.clusters, bom).then(
      () => true,
      () => false,
    );
    const audit = new NdjsonFileWriter(files.audit);
    const matchedPairs = await writePairLines(audit, records, result, groups, input.decisions);
    const multi = await writeGolden(audit, { records, groups, fields, merge: input.merge }, files.golden, bom, thread);
    await audit.close();
    if (!(await clustersByWorker)) {
      await writeClustersFile(files.clusters, { records, goldenOfRecord: groups.numberOfRecords(), probability: result.clusterProbability }, bom);
    }
    await writeReview(input);
    return { matchedPairs, clusters: groups.length, multiRecordClusters: multi };
  } finally {
    await thread?.close();
  }
}

/** The audit's pair lines: every candidate pair whose records ended in one cluster. */
async function writePairLines(audit: NdjsonFileWriter, records: OutputRecords, result: MatchResult, groups: ClusterGroups, decisions: Map<string, string>): Promise<number> {
  const goldenOf = groups.numberOfRecords();
  let matchedPairs = 0;
  for (const p of result.pairs) {
    if (result.clusters[p.a] !== result.clusters[p.b]) continue;
    matchedPairs++;
    const decided = decisions.size > 0 ? decisions.get(`${p.a}:${p.b}`) : undefined;
    const cluster = goldenId(goldenOf[p.a]!);
    const wait = audit.writeInto(pairLineBound(cluster, p), (sink) => writePairLine(sink, cluster, refAt(records, p.a), refAt(records, p.b), p, decided));
    if (wait) await wait;
  }
  return matchedPairs;
}

/** golden.csv and the audit's merge lines, in runs of clusters: each run made here or, while the
 *  worker has fewer than PER_WORKER in hand, by the worker; written in cluster order either way.
 *  Returns the number of clusters of more than one record. */
async function writeGolden(audit: NdjsonFileWriter, input: GoldenInput, path: string, bom: boolean | undefined, thread: OutputsThread | undefined): Promise<number> {
  const golden = new CsvFileWriter(path, ['golden_id', 'member_count', 'sources', 'members', ...input.fields], { bom });
  const pending = new InOrder<GoldenRun>(); // a run the worker failed is made here
  let multi = 0;
  const writeNext = async () => {
    const run = await pending.next();
    multi += run.multi;
    const waitGolden = golden.writeLines(run.golden, run.goldenLines);
    const waitAudit = audit.writeLines(run.audit, run.auditLines);
    await waitGolden;
    await waitAudit;
  };
  for (let from = 0; from < input.groups.length; from += RUN) {
    const to = Math.min(input.groups.length, from + RUN);
    if (thread) await turn(); // take in the worker's answers, so a free worker gets the next run
    if (thread && thread.inHand < PER_WORKER) pending.pushSent(thread.golden(from, to), () => goldenRun(input, from, to));
    else pending.pushDone(goldenRun(input, from, to));
    while (pending.headReady() || pending.length > PER_WORKER + 1) await writeNext();
  }
  while (pending.length > 0) await writeNext();
  await golden.close();
  return multi;
}

async function writeReview(input: DedupeOutputInput): Promise<void> {
  const { files, records, result, fields, bom } = input;
  const reviewHeader = ['decision', 'probability', 'score', 'source_a', 'row_a', 'source_b', 'row_b'];
  for (const f of fields) reviewHeader.push(`${f}_a`, `${f}_b`);
  reviewHeader.push('weights');
  const review = new CsvFileWriter(files.review, reviewHeader, { bom });
  // Decided pairs are written back with their decision, so a person's answers survive every re-run.
  const scored = new Map(input.decisions.size ? result.pairs.map((p) => [`${p.a}:${p.b}`, p]) : []);
  const rows: { pair: { a: number; b: number }; decision: string; p?: ScoredPair }[] = [];
  for (const [key, decision] of input.decisions) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    rows.push({ pair: { a, b }, decision, p: scored.get(key) });
  }
  rows.sort((x, y) => x.pair.a - y.pair.a || x.pair.b - y.pair.b);
  for (const p of result.review) if (!input.decisions.has(`${p.a}:${p.b}`)) rows.push({ pair: p, decision: '', p });
  for (const { pair, decision, p } of rows) {
    const a = records.at(pair.a)!;
    const b = records.at(pair.b)!;
    const row = [decision, p ? round(p.probability, 6).toString() : '', p ? round(p.score, 4).toString() : '', a.source, String(a.row), b.source, String(b.row)];
    for (const f of fields) row.push(a.fields[f] ?? '', b.fields[f] ?? '');
    row.push(p ? weightsText(p) : '');
    await review.write(row);
  }
  await review.close();
}

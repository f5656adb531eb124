// Writes what `recon dedupe` produces: golden.csv, clusters.csv, audit.ndjson and review.csv.
import { CANONICAL_FIELDS, type CanonicalField, type ScoredPair } from '../types.js';
import type { MatchResult } from '../match/index.js';
import { goldenId, groupClusters, mergeCluster, type MergeRecords } from '../merge/golden.js';
import type { MergeSettings } from '../merge/survivorship.js';
import { CsvFileWriter } from './csv-writer.js';
import { csvLine } from './csv-line.js';
import { NdjsonFileWriter } from './ndjson-writer.js';
import { writeCellBytes, writeGoldenId, writeNumberCell, writeSingletonPrefix, writeSourceCell, type ByteSpan } from './record-lines.js';
import type { Utf8Sink } from './utf8-sink.js';
import { agreedLine, mergeLineBound, pairLineBound, round, writeMergeLine, writePairLine } from './audit-lines.js';

/** Records by index, with who each is without rebuilding it and their invalid fields (PackedRecords). */
export interface OutputRecords extends MergeRecords {
  source(i: number): string;
  row(i: number): number;
  field(i: number, field: CanonicalField): string;
  /** Every canonical field's value, in CANONICAL_FIELDS order. */
  values(i: number): string[];
  /** Record i's fields as CSV-ready UTF-8, when the list keeps them so (PackedRecords.csvFieldBytes). */
  csvFieldBytes?(i: number): { bytes: Uint8Array; bounds: Int32Array } | undefined;
  /** Where one field of record i lies in its bytes, when the list keeps them so (PackedRecords.fieldSpan). */
  fieldSpan?(i: number, field: CanonicalField): ByteSpan | undefined;
}

export interface DedupeOutputInput {
  files: { golden: string; clusters: string; audit: string; review: string };
  records: OutputRecords;
  result: MatchResult;
  fields: CanonicalField[];
  merge: MergeSettings;
  decisions: Map<string, string>;
  bom?: boolean;
}

/** What a clusters.csv line takes but for its source (a hint: the buffer grows for a longer id). */
const CLUSTER_LINE_HINT = 256;

const refAt = (records: OutputRecords, i: number) => ({ source: records.source(i), row: records.row(i) });

/** golden.csv's line for record i alone in cluster n: csvLine of its id, count, sources and members
 *  (writeSingletonPrefix) and the record's own values at `fieldIndexes` (into CANONICAL_FIELDS). When
 *  the record's packed bytes need no quoting, they are copied into the file's buffer as they are (no
 *  decoding, no array per record, no encoding: 600k+ singletons at 1M rows); else the line goes
 *  through csvLine. Same bytes either way. */
export function writeSingletonGolden(golden: CsvFileWriter, n: number, records: OutputRecords, i: number, fieldIndexes: number[]): Promise<void> | undefined {
  const source = records.source(i);
  const row = records.row(i);
  const packed = records.csvFieldBytes?.(i);
  if (!packed) {
    const values = records.values(i);
    return golden.writeLine(csvLine([goldenId(n), '1', source, `${source}:${row}`, ...fieldIndexes.map((k) => values[k] ?? '')]));
  }
  const { bytes, bounds } = packed;
  // A reserve hint (the buffer grows past it): the fields as they are, the prefix's cells quoted.
  const max = bounds[bounds.length - 1]! - bounds[0]! + fieldIndexes.length + 128 + 12 * source.length;
  return golden.writeInto(max, (sink) => {
    writeSingletonPrefix(sink, n, source, row);
    for (const k of fieldIndexes) {
      sink.appendByte(0x2c); // ,
      if (k + 1 < bounds.length) sink.append(bytes, bounds[k]!, bounds[k + 1]! - 1);
    }
    sink.appendByte(0x0a); // \n
  });
}

/** clusters.csv's line for record i in cluster n: csvLine([source, row, id, goldenId(n), probability
 *  rounded to 6 decimals]) written into the buffer, the id copied from the record's packed bytes. */
export function writeClusterLine(sink: Utf8Sink, records: OutputRecords, i: number, n: number, probability: number): void {
  writeSourceCell(sink, records.source(i));
  sink.appendByte(0x2c); // ,
  writeNumberCell(sink, records.row(i));
  sink.appendByte(0x2c);
  writeCellBytes(sink, records.fieldSpan?.(i, 'id'), () => records.field(i, 'id'));
  sink.appendByte(0x2c);
  writeGoldenId(sink, n);
  sink.appendByte(0x2c);
  sink.text(String(round(probability, 6)));
  sink.appendByte(0x0a); // \n
}

function weightsText(p: ScoredPair): string {
  return p.weights.map((w) => `${w.comparison}=${w.level} ${w.weight >= 0 ? '+' : ''}${w.weight.toFixed(2)}`).join('; ');
}

export async function writeDedupeOutputs(input: DedupeOutputInput) {
  const { files, records, result, fields, bom } = input;
  const groups = groupClusters(result.clusters);
  // Golden number per cluster id (a record index): an array, not a Map of 760k strings at 1M rows.
  const goldenOf = new Int32Array(result.clusters.length);
  groups.forEach((g, n) => (goldenOf[result.clusters[g[0]!]!] = n));
  const idOfCluster = (cluster: number) => goldenId(goldenOf[cluster]!);

  const audit = new NdjsonFileWriter(files.audit);
  let matchedPairs = 0;
  for (const p of result.pairs) {
    if (result.clusters[p.a] !== result.clusters[p.b]) continue;
    matchedPairs++;
    const decided = input.decisions.size > 0 ? input.decisions.get(`${p.a}:${p.b}`) : undefined;
    const cluster = idOfCluster(result.clusters[p.a]!);
    const wait = audit.writeInto(pairLineBound(cluster, p), (sink) => writePairLine(sink, cluster, refAt(records, p.a), refAt(records, p.b), p, decided));
    if (wait) await wait;
  }

  const fieldIndexes = fields.map((f) => CANONICAL_FIELDS.indexOf(f));
  const golden = new CsvFileWriter(files.golden, ['golden_id', 'member_count', 'sources', 'members', ...fields], { bom });
  let multi = 0;
  for (let n = 0; n < groups.length; n++) {
    const group = groups[n]!;
    if (group.length === 1) {
      // Most clusters are one record: its golden record is that record, with nothing to merge or audit.
      const wait = writeSingletonGolden(golden, n, records, group[0]!, fieldIndexes);
      if (wait) await wait;
      continue;
    }
    const members = group.map((i) => records.at(i)!);
    const g = mergeCluster(goldenId(n), group, records, fields, input.merge, members);
    const sources = [...new Set(members.map((r) => r.source))].sort();
    const wait = golden.write([g.id, String(members.length), sources.join(';'), members.map((r) => `${r.source}:${r.row}`).join(';'), ...fields.map((f) => g.fields[f] ?? '')]);
    if (wait) await wait;
    multi++;
    // Fields every member holds the same value in are one line for the cluster, not one line each:
    // nothing was chosen there, and at 1M rows those lines were 1.45M of the 2.17M merge lines.
    const agreed = fields.filter((f) => g.lineage[f]?.rule === 'all_agree');
    if (agreed.length > 0) {
      const wait = audit.writeLine(agreedLine(g.id, agreed));
      if (wait) await wait;
    }
    for (const f of fields) {
      const s = g.lineage[f];
      if (!s || s.rule === 'all_agree') continue;
      const wait = audit.writeInto(mergeLineBound(g.id, s.value), (sink) => writeMergeLine(sink, g.id, f, s.value, s.from.record, s.rule));
      if (wait) await wait;
    }
  }
  await Promise.all([golden.close(), audit.close()]);

  const clusters = new CsvFileWriter(files.clusters, ['source', 'source_row', 'record_id', 'cluster_id', 'match_probability'], { bom });
  // In record order, each record's id copied from its packed bytes without rebuilding the record.
  for (let i = 0; i < records.length; i++) {
    const wait = clusters.writeInto(CLUSTER_LINE_HINT + 6 * records.source(i).length, (sink) => writeClusterLine(sink, records, i, goldenOf[result.clusters[i]!]!, result.clusterProbability[i]!));
    if (wait) await wait;
  }
  await clusters.close();

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
  return { matchedPairs, clusters: groups.length, multiRecordClusters: multi };
}

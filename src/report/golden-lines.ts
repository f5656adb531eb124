// golden.csv's lines and the audit's merge and agreed lines for a run of clusters, written into two
// sinks. A pure function of the records and the clusters: a worker writes one run while this thread
// writes another (outputs-worker.ts), and the runs' bytes go to the files in cluster order.
import { CANONICAL_FIELDS, type CanonicalField } from '../types.js';
import { goldenId, mergeCluster, type ClusterGroups } from '../merge/golden.js';
import type { MergeSettings } from '../merge/survivorship.js';
import { csvLine, writeCsvLine } from './csv-line.js';
import { writeSingletonPrefix } from './record-lines.js';
import { agreedLine, writeMergeLine } from './audit-lines.js';
import type { OutputRecords } from './output-records.js';
import { Utf8Sink } from './utf8-sink.js';

export interface GoldenInput {
  records: OutputRecords;
  /** Record indexes per cluster, clusters in golden-number order. */
  groups: ClusterGroups;
  fields: CanonicalField[];
  merge: MergeSettings;
}

export interface GoldenLinesWritten {
  /** Lines written to the golden sink (one per cluster). */
  goldenLines: number;
  /** Lines written to the audit sink. */
  auditLines: number;
  /** Clusters of more than one record among them. */
  multi: number;
}

/** The golden.csv lines of clusters `from` to `to` (exclusive) into `golden`, and the audit lines of
 *  their merges into `audit`. */
export function writeGoldenLines(input: GoldenInput, from: number, to: number, golden: Utf8Sink, audit: Utf8Sink): GoldenLinesWritten {
  const { records, groups, fields, merge } = input;
  // Made per run (a thousand runs at 1M rows), not carried beside `fields` by every caller.
  const fieldIndexes = fields.map((f) => CANONICAL_FIELDS.indexOf(f));
  let auditLines = 0;
  let multi = 0;
  const selected = fieldSelection(fieldIndexes);
  for (let n = from; n < to; n++) {
    if (groups.size(n) === 1) {
      // Most clusters are one record: its golden record is that record, with nothing to merge or audit.
      writeSingletonGolden(golden, n, records, groups.first(n), fieldIndexes, selected);
      continue;
    }
    multi++;
    const group = groups.members(n);
    const members = group.map((i) => records.at(i)!);
    const g = mergeCluster(goldenId(n), group, records, fields, merge, members);
    const sources = [...new Set(members.map((r) => r.source))].sort();
    const memberRefs = members.map((r) => `${r.source}:${r.row}`).join(';');
    writeCsvLine(golden, [g.id, String(members.length), sources.join(';'), memberRefs, ...fields.map((f) => g.fields[f] ?? '')]);
    // Fields every member holds the same value in are one line for the cluster, not one line each:
    // nothing was chosen there, and at 1M rows those lines were 1.45M of the 2.17M merge lines.
    const agreed = fields.filter((f) => g.lineage[f]?.rule === 'all_agree');
    if (agreed.length > 0) {
      audit.write(agreedLine(g.id, agreed) + '\n');
      auditLines++;
    }
    for (const f of fields) {
      const s = g.lineage[f];
      if (!s || s.rule === 'all_agree') continue;
      writeMergeLine(audit, g.id, f, s.value, s.from.record, s.rule);
      auditLines++;
    }
  }
  return { goldenLines: to - from, auditLines, multi };
}

/** The bytes of a run of clusters' golden lines and their audit lines. */
export interface GoldenRun extends GoldenLinesWritten {
  golden: Uint8Array;
  audit: Uint8Array;
}

/** writeGoldenLines of clusters `from` to `to` into sinks of their own (on whichever thread). */
export function goldenRun(input: GoldenInput, from: number, to: number): GoldenRun {
  const golden = new Utf8Sink(1 << 18);
  const audit = new Utf8Sink(1 << 16);
  const written = writeGoldenLines(input, from, to, golden, audit);
  return { golden: golden.bytes(), audit: audit.bytes(), ...written };
}

/** golden.csv's line for record i alone in cluster n: csvLine of its id, count, sources and members
 *  (writeSingletonPrefix) and the record's own values at `fieldIndexes` (into CANONICAL_FIELDS). When
 *  the record's packed bytes need no quoting and the fields are in canonical order (`selected`,
 *  fieldSelection's mask, made once per run by the caller), they are copied as they are, in one pass
 *  (no decoding, no array per record, no encoding: 600k+ singletons at 1M rows); else the line goes
 *  through csvLine. Same bytes either way. */
export function writeSingletonGolden(
  sink: Utf8Sink,
  n: number,
  records: OutputRecords,
  i: number,
  fieldIndexes: number[],
  selected = fieldSelection(fieldIndexes),
): void {
  const source = records.source(i);
  const row = records.row(i);
  if (selected && records.writeCsvFields) {
    const lineStart = sink.byteLength;
    writeSingletonPrefix(sink, n, source, row);
    if (records.writeCsvFields(i, sink, selected)) {
      sink.appendByte(0x0a); // \n
      return;
    }
    sink.rewind(lineStart);
  }
  const values = records.values(i);
  sink.write(csvLine([goldenId(n), '1', source, `${source}:${row}`, ...fieldIndexes.map((k) => values[k] ?? '')]));
}

/** `fieldIndexes` as a mask over CANONICAL_FIELDS when they are in canonical order (each once), for
 *  PackedRecords.writeCsvFields; else null. */
function fieldSelection(fieldIndexes: number[]): Uint8Array | null {
  const increasing = fieldIndexes.every((k, j) => Number.isInteger(k) && k >= 0 && k < CANONICAL_FIELDS.length && (j === 0 || k > fieldIndexes[j - 1]!));
  if (!increasing) return null;
  const mask = new Uint8Array(CANONICAL_FIELDS.length);
  for (const k of fieldIndexes) mask[k] = 1;
  return mask;
}

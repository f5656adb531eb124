// Golden records: one per cluster, each field chosen by survivorship, with its lineage kept.
import type { CanonicalField, CleanRecord, RecordList, StoredRecord } from '../types.js';
import { survive, type Candidate, type MergeSettings, type Survivor } from './survivorship.js';
import { fieldBit, invalidMask } from './validity.js';

/** Records as mergeCluster reads them: with, when the list keeps them, the fields of each record that
 *  hold a value flagged invalid (PackedRecords). Without it, a member that is a CleanRecord says so
 *  by its problems, any other has only valid values. */
export interface MergeRecords extends RecordList {
  /** Bitmask over CANONICAL_FIELDS of record `index`'s invalid values (validity.ts). */
  invalidFields?(index: number): number;
}

export interface GoldenRecord {
  id: string;
  /** Record indexes of the members, ascending. */
  members: number[];
  fields: Partial<Record<CanonicalField, string>>;
  /** Per field, where the surviving value came from (only for fields with a value). */
  lineage: Partial<Record<CanonicalField, Survivor>>;
}

/** Groups record indexes by cluster id; clusters ordered by their smallest member. Records are
 *  visited in order, so numbering clusters as they first appear orders them (no Map, no sort: at
 *  1M records the Map of 768k lists and its sort took a second). Ids are small integers (a cluster's
 *  id is one of its record indexes). */
export function groupClusters(clusters: Int32Array): number[][] {
  let maxId = -1;
  for (let i = 0; i < clusters.length; i++) if (clusters[i]! > maxId) maxId = clusters[i]!;
  const groupOf = new Int32Array(maxId + 1).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < clusters.length; i++) {
    const id = clusters[i]!;
    const g = groupOf[id]!;
    if (g < 0) groupOf[id] = groups.push([i]) - 1;
    else groups[g]!.push(i);
  }
  return groups;
}

/**
 * groupClusters' groups in two typed arrays instead of an array per cluster (760k small arrays at 1M
 * records, which the output stage's worker would hold a second copy of): `order` lists the record
 * indexes cluster by cluster, cluster n's from starts[n] to starts[n + 1].
 */
export class ClusterGroups {
  private constructor(
    readonly order: Int32Array,
    readonly starts: Int32Array,
  ) {}

  static of(clusters: Int32Array): ClusterGroups {
    let maxId = -1;
    for (let i = 0; i < clusters.length; i++) if (clusters[i]! > maxId) maxId = clusters[i]!;
    // Golden number per cluster id, in order of first appearance, and each cluster's size.
    const numberOf = new Int32Array(maxId + 1).fill(-1);
    const sizes: number[] = [];
    for (let i = 0; i < clusters.length; i++) {
      const id = clusters[i]!;
      if (numberOf[id]! < 0) numberOf[id] = sizes.push(0) - 1;
      sizes[numberOf[id]!]!++;
    }
    const starts = new Int32Array(sizes.length + 1);
    for (let n = 0; n < sizes.length; n++) starts[n + 1] = starts[n]! + sizes[n]!;
    const next = starts.slice(0, sizes.length);
    const order = new Int32Array(clusters.length);
    for (let i = 0; i < clusters.length; i++) order[next[numberOf[clusters[i]!]!]!++] = i;
    return new ClusterGroups(order, starts);
  }

  /** Clusters. */
  get length(): number {
    return this.starts.length - 1;
  }

  size(n: number): number {
    return this.starts[n + 1]! - this.starts[n]!;
  }

  /** Cluster n's smallest record index. */
  first(n: number): number {
    return this.order[this.starts[n]!]!;
  }

  /** Cluster n's record indexes, ascending. */
  members(n: number): number[] {
    return Array.from(this.order.subarray(this.starts[n]!, this.starts[n + 1]!));
  }

  /** The number of each record's cluster, by record. */
  numberOfRecords(): Int32Array {
    const out = new Int32Array(this.order.length);
    for (let n = 0; n < this.length; n++) for (let k = this.starts[n]!; k < this.starts[n + 1]!; k++) out[this.order[k]!] = n;
    return out;
  }
}

export function goldenId(n: number): string {
  return `G${String(n + 1).padStart(6, '0')}`;
}

function invalidOf(records: MergeRecords, index: number, record: StoredRecord): number {
  if (records.invalidFields) return records.invalidFields(index);
  const clean = record as Partial<CleanRecord>;
  return clean.problems ? invalidMask({ problems: clean.problems }) : 0;
}

export function mergeCluster(
  id: string,
  members: number[],
  records: MergeRecords,
  fields: readonly CanonicalField[],
  settings: MergeSettings,
  /** The members already rebuilt (records.at), when the caller has them. */
  memberRecords: StoredRecord[] = members.map((index) => records.at(index)!),
): GoldenRecord {
  const golden: GoldenRecord = { id, members, fields: {}, lineage: {} };
  const invalid = members.map((index, m) => invalidOf(records, index, memberRecords[m]!));
  for (const field of fields) {
    const bit = fieldBit(field);
    const cands: Candidate[] = [];
    for (let m = 0; m < members.length; m++) {
      const record = memberRecords[m]!;
      const index = members[m]!;
      const value = record.fields[field];
      if (!value) continue;
      cands.push({ record, index, value, invalid: (invalid[m]! & bit) !== 0 });
    }
    const s = survive(cands, settings.fields[field] ?? settings.defaultRules, settings);
    if (s) {
      golden.fields[field] = s.value;
      golden.lineage[field] = s;
    }
  }
  return golden;
}

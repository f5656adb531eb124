// Golden records: one per cluster, each field chosen by survivorship, with its lineage kept.
import type { CanonicalField, RecordList, StoredRecord } from '../types.js';
import { survive, type MergeSettings, type Survivor } from './survivorship.js';

export interface GoldenRecord {
  id: string;
  /** Record indexes of the members, ascending. */
  members: number[];
  fields: Partial<Record<CanonicalField, string>>;
  /** Per field, where the surviving value came from (only for fields with a value). */
  lineage: Partial<Record<CanonicalField, Survivor>>;
}

/** Groups record indexes by cluster id; clusters ordered by their smallest member. */
export function groupClusters(clusters: Int32Array): number[][] {
  const byId = new Map<number, number[]>();
  for (let i = 0; i < clusters.length; i++) {
    const id = clusters[i]!;
    let list = byId.get(id);
    if (!list) byId.set(id, (list = []));
    list.push(i);
  }
  return [...byId.values()].sort((a, b) => a[0]! - b[0]!);
}

export function goldenId(n: number): string {
  return `G${String(n + 1).padStart(6, '0')}`;
}

export function mergeCluster(
  id: string,
  members: number[],
  records: RecordList,
  fields: readonly CanonicalField[],
  settings: MergeSettings,
  /** The members already rebuilt (records.at), when the caller has them. */
  memberRecords: StoredRecord[] = members.map((index) => records.at(index)!),
): GoldenRecord {
  const golden: GoldenRecord = { id, members, fields: {}, lineage: {} };
  for (const field of fields) {
    const cands = [];
    for (let m = 0; m < members.length; m++) {
      const record = memberRecords[m]!;
      const index = members[m]!;
      const value = record.fields[field];
      if (value) cands.push({ record, index, value });
    }
    const s = survive(cands, settings.fields[field] ?? settings.defaultRules, settings);
    if (s) {
      golden.fields[field] = s.value;
      golden.lineage[field] = s;
    }
  }
  return golden;
}

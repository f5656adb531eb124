// The values the match stage reads, collected record by record while records stream past, so the
// records themselves can be let go: one interned column per field or match-key path, no object per
// record. The paths are known up front from the settings (settingsPaths).
import type { CleanRecord } from '../types.js';
import { ColumnBuilder, columnText, specPath, type Column, type ValueSource } from './columns.js';
import type { MatchSettings } from './types.js';

/** Every field and match-key path the settings' blocking rules, comparisons and rules read. */
export function settingsPaths(s: Pick<MatchSettings, 'blocking' | 'comparisons' | 'deterministic'>): string[] {
  const specs: string[] = [];
  for (const rule of s.blocking) specs.push(...rule.keys);
  for (const c of s.comparisons) {
    specs.push(...c.fields);
    for (const l of c.levels) specs.push(...(l.fields ?? []), ...(l.requireEqual ?? []));
  }
  for (const d of s.deterministic ?? []) specs.push(...d.fields);
  return [...new Set(specs.map(specPath))].sort();
}

/**
 * A batch of records' values at each path, with the part of interning that needs no shared table
 * done where the batch was standardized (a worker): each path's distinct values once, in order of
 * first appearance, and per record an index into them. The main thread then receives a few arrays
 * instead of an array per record and looks up each distinct value once a batch instead of every
 * record's (100k bench rows, same process: the main thread's part 0.34–0.42 s instead of
 * 0.63–0.92, the worker's 0.42–0.62 instead of 0.22–0.37).
 */
export interface BatchValues {
  rows: number;
  /** The distinct values of path k (columnText: trimmed, never '') at [start[k], start[k + 1]). */
  strings: string[];
  start: Int32Array;
  /** Record r's value at path k: refs[r * paths + k], counted from start[k]; -1 for none. */
  refs: Int32Array;
}

/** Builds one batch's BatchValues record by record. */
export class BatchValuesBuilder {
  private readonly keyOf: (string | undefined)[];
  private readonly seen: Map<string, number>[];
  private readonly lists: string[][];
  private refs: number[] = [];
  private rows = 0;

  constructor(private readonly paths: readonly string[]) {
    this.keyOf = paths.map((p) => (p.startsWith('keys.') ? p.slice(5) : undefined));
    this.seen = paths.map(() => new Map());
    this.lists = paths.map(() => []);
  }

  add(record: Pick<CleanRecord, 'fields' | 'keys'>): void {
    const fields = record.fields as Record<string, string | undefined>;
    this.rows++;
    for (let k = 0; k < this.paths.length; k++) {
      const key = this.keyOf[k];
      const v = columnText(key === undefined ? fields[this.paths[k]!] : record.keys[key]);
      if (v === undefined) {
        this.refs.push(-1);
        continue;
      }
      let j = this.seen[k]!.get(v);
      if (j === undefined) this.seen[k]!.set(v, (j = this.lists[k]!.push(v) - 1));
      this.refs.push(j);
    }
  }

  finish(): BatchValues {
    const strings = this.lists.flat();
    const start = new Int32Array(this.paths.length + 1);
    this.lists.forEach((list, k) => (start[k + 1] = start[k]! + list.length));
    return { rows: this.rows, strings, start, refs: Int32Array.from(this.refs) };
  }
}

/**
 * The values the match stage reads, interned per path while records stream past: an Int32Array of
 * ids and each distinct value once, instead of an array of a million strings per path (duplicates
 * held once each, and the Map lookups done while the strings are fresh in the cache).
 */
export class ValueTable implements ValueSource {
  private readonly growing = new Map<string, ColumnBuilder>();
  private readonly ordered: ColumnBuilder[] = [];
  size = 0;

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const c = new ColumnBuilder();
      this.growing.set(path, c);
      this.ordered.push(c);
    }
  }

  /** A batch's values (BatchValuesBuilder, maybe in a worker), after those of earlier batches. */
  addBatch(batch: BatchValues): void {
    const n = this.ordered.length;
    for (let k = 0; k < n; k++) this.ordered[k]!.addBatch(batch.strings, batch.start[k]!, batch.start[k + 1]!, batch.refs, k, n, batch.rows);
    this.size += batch.rows;
  }

  release(): void {
    this.growing.clear();
    this.ordered.length = 0;
  }

  column(path: string): Column {
    return this.builder(path).build(path);
  }

  reader(path: string): (i: number) => string | undefined {
    const c = this.builder(path);
    return (i) => c.value(i);
  }

  private builder(path: string): ColumnBuilder {
    const c = this.growing.get(path);
    if (!c) throw new Error(`match input: "${path}" was not collected (known: ${[...this.growing.keys()].join(', ')})`);
    return c;
  }
}

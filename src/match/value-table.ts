// The values the match stage reads, collected record by record while records stream past, so the
// records themselves can be let go: one array of strings per field or match-key path, no object
// per record. The paths are known up front from the settings (settingsPaths).
import type { CleanRecord } from '../types.js';
import { specPath, type Column, type ValueSource } from './columns.js';
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

/** A record's values at each of `paths`, in that order ('' and absent as undefined). */
export function pathValues(paths: readonly string[], record: Pick<CleanRecord, 'fields' | 'keys'>): (string | undefined)[] {
  const fields = record.fields as Record<string, string | undefined>;
  return paths.map((p) => (p.startsWith('keys.') ? record.keys[p.slice(5)] : fields[p]) || undefined);
}

/** One path's values interned as they arrive: ids in order of first appearance, as internPath
 * (columns.ts) makes them from an array, so the column is the same either way. */
class GrowingColumn {
  private index: Map<string, number> | undefined = new Map();
  readonly values: string[] = [];
  ids = new Int32Array(1024);
  counts = new Int32Array(1024);
  size = 0;
  nonEmpty = 0;

  add(raw: string | undefined): void {
    if (this.size === this.ids.length) this.ids = grown(this.ids);
    const v = raw !== undefined && raw !== '' && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
    if (v === undefined || v === '') {
      this.ids[this.size++] = -1;
      return;
    }
    let id = this.index!.get(v);
    if (id === undefined) {
      id = this.values.push(v) - 1;
      this.index!.set(v, id);
      if (id === this.counts.length) this.counts = grown(this.counts);
    }
    this.ids[this.size++] = id;
    this.counts[id]++;
    this.nonEmpty++;
  }

  /** The finished column; the lookup table is let go (no value can be added afterwards). */
  column(spec: string): Column {
    this.index = undefined;
    return { spec, ids: this.ids.slice(0, this.size), values: this.values, counts: this.counts.slice(0, this.values.length), nonEmpty: this.nonEmpty };
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The values the match stage reads, interned per path while records stream past: an Int32Array of
 * ids and each distinct value once, instead of an array of a million strings per path (duplicates
 * held once each, and the Map lookups done while the strings are fresh in the cache).
 */
export class ValueTable implements ValueSource {
  private readonly growing = new Map<string, GrowingColumn>();
  private readonly ordered: GrowingColumn[] = [];
  size = 0;

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const c = new GrowingColumn();
      this.growing.set(path, c);
      this.ordered.push(c);
    }
  }

  add(record: Pick<CleanRecord, 'fields' | 'keys'>): void {
    this.addValues(pathValues(this.paths, record));
  }

  /** One record's values, in the order of `paths` (pathValues, maybe in a worker). */
  addValues(values: readonly (string | undefined)[]): void {
    for (let k = 0; k < this.ordered.length; k++) this.ordered[k]!.add(values[k]);
    this.size++;
  }

  release(): void {
    this.growing.clear();
    this.ordered.length = 0;
  }

  column(path: string): Column {
    const c = this.growing.get(path);
    if (!c) throw new Error(`match input: "${path}" was not collected (known: ${[...this.growing.keys()].join(', ')})`);
    return c.column(path);
  }

  reader(path: string): (i: number) => string | undefined {
    const c = this.growing.get(path);
    if (!c) throw new Error(`match input: "${path}" was not collected (known: ${[...this.growing.keys()].join(', ')})`);
    return (i) => {
      const id = c.ids[i]!;
      return id < 0 ? undefined : c.values[id];
    };
  }
}

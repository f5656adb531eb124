// The values the match stage reads, collected record by record while records stream past, so the
// records themselves can be let go: one interned column per field or match-key path, no object per
// record. The paths are known up front from the settings (settingsPaths).
import type { CleanRecord } from '../types.js';
import { ColumnBuilder, specPath, type Column, type ValueSource } from './columns.js';
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

/** A record's values at each of `paths` ('' and absent as undefined) appended to one array per path
 *  (columns[k] for paths[k]), by a function made once for many records (each path split into its
 *  object and name once): a batch's values as a few long arrays rather than an array per record, for
 *  the trip from a worker. */
export function pathAppender(paths: readonly string[]): (record: Pick<CleanRecord, 'fields' | 'keys'>, columns: (string | undefined)[][]) => void {
  const inKeys = paths.map((p) => p.startsWith('keys.'));
  const names = paths.map((p, k) => (inKeys[k] ? p.slice(5) : p));
  return (record, columns) => {
    const fields = record.fields as Record<string, string | undefined>;
    for (let k = 0; k < names.length; k++) columns[k]!.push((inKeys[k] ? record.keys[names[k]!] : fields[names[k]!]) || undefined);
  };
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
  private append: ReturnType<typeof pathAppender> | undefined;

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const c = new ColumnBuilder();
      this.growing.set(path, c);
      this.ordered.push(c);
    }
  }

  add(record: Pick<CleanRecord, 'fields' | 'keys'>): void {
    const columns = this.paths.map((): (string | undefined)[] => []);
    (this.append ??= pathAppender(this.paths))(record, columns);
    this.addColumns(columns, 1);
  }

  /** One record's values, in the order of `paths`. */
  addValues(values: readonly (string | undefined)[]): void {
    for (let k = 0; k < this.ordered.length; k++) this.ordered[k]!.add(values[k]);
    this.size++;
  }

  /** `count` records' values as one array per path (pathAppender's), a path at a time: one path's
   *  table is in the cache while its values go in, where record by record every path's table was
   *  in turn. */
  addColumns(columns: readonly (readonly (string | undefined)[])[], count: number): void {
    for (let k = 0; k < this.ordered.length; k++) {
      const column = this.ordered[k]!;
      const values = columns[k]!;
      for (let r = 0; r < count; r++) column.add(values[r]);
    }
    this.size += count;
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

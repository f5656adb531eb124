// The values the match stage reads, collected record by record while records stream past, so the
// records themselves can be let go: one interned column per field or match-key path, no object per
// record. The paths are known up front from the settings (settingsPaths).
import type { CleanRecord } from '../types.js';
import { ColumnBuilder, columnValue, specPath, type Column, type ValueSource } from './columns.js';
import { StringInterner } from './string-interner.js';
import { growInt32 } from '../typed-arrays.js';
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

/**
 * The values the match stage reads, interned per path while records stream past: an Int32Array of
 * ids and each distinct value once, instead of an array of a million strings per path (duplicates
 * held once each, and the Map lookups done while the strings are fresh in the cache).
 */
export class ValueTable implements ValueSource {
  private readonly growing = new Map<string, ColumnBuilder>();
  private readonly ordered: ColumnBuilder[] = [];
  /** Per numbering (addNumbered's origin), per path: the table's id of each of its ids. */
  private readonly numberings = new Map<string, { ids: Int32Array<ArrayBuffer>; length: number }[]>();
  size = 0;

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const c = new ColumnBuilder();
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

  /**
   * Records whose values a ValueNumbering numbered (in a worker): `ids` its ids, a row of one per
   * path after another, and `fresh` the values it numbered first in them, in that order. Only those
   * are looked up here; the rest map through an array. The table ends the same as after addValues
   * of each record's values: each numbering meets values in record order, so a value first seen in
   * this batch is among its fresh ones, met in the same order.
   */
  addNumbered(origin: string, ids: Int32Array, fresh: readonly string[]): void {
    const paths = this.ordered.length;
    let maps = this.numberings.get(origin);
    if (!maps) this.numberings.set(origin, (maps = this.ordered.map(() => ({ ids: new Int32Array(1024), length: 0 }))));
    let next = 0;
    for (let at = 0; at < ids.length; at += paths) {
      for (let k = 0; k < paths; k++) {
        const local = ids[at + k]!;
        const column = this.ordered[k]!;
        if (local < 0) {
          column.addId(-1);
          continue;
        }
        const map = maps[k]!;
        if (local >= map.length) {
          if (local > map.length || next >= fresh.length) throw new Error(`value numbering ${origin} out of step at path ${this.paths[k]}`);
          map.ids = growInt32(map.ids, map.length + 1);
          map.ids[map.length++] = column.intern(fresh[next++]!);
        }
        column.addId(map.ids[local]!);
      }
      this.size++;
    }
    if (next !== fresh.length) throw new Error(`value numbering ${origin} out of step: ${fresh.length - next} values unused`);
  }

  release(): void {
    this.growing.clear();
    this.ordered.length = 0;
    this.numberings.clear();
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

/**
 * A job's own numbering of the values at `paths` (dedupe-job, in a worker): its ids and the values it
 * sees for the first time cross to the main thread instead of every value, and there the table
 * looks up only those (ValueTable.addNumbered). On the 1M-row bench the main thread read and
 * interned 14M values while its worker idled; a third of them are distinct.
 */
export class ValueNumbering {
  private readonly interners: StringInterner[];

  constructor(readonly paths: readonly string[]) {
    this.interners = paths.map(() => new StringInterner());
  }

  /** Ids of the records' values (a row of one per path after another; -1: none), and the values
   *  numbered for the first time, in the order their ids were given. */
  number(records: readonly Pick<CleanRecord, 'fields' | 'keys'>[]): { ids: Int32Array; fresh: string[] } {
    const paths = this.paths.length;
    const ids = new Int32Array(records.length * paths);
    const fresh: string[] = [];
    for (let r = 0; r < records.length; r++) {
      const values = pathValues(this.paths, records[r]!);
      for (let k = 0; k < paths; k++) {
        const v = columnValue(values[k]);
        if (v === undefined) {
          ids[r * paths + k] = -1;
          continue;
        }
        const interner = this.interners[k]!;
        const known = interner.size;
        const id = interner.intern(v);
        if (id === known) fresh.push(v);
        ids[r * paths + k] = id;
      }
    }
    return { ids, fresh };
  }
}

// Interned columns: each field spec read once from the records into an Int32Array of value ids,
// so exact comparisons and blocking are integer equality and strings are held once.
import type { CleanRecord } from '../types.js';
import { nameSound, placeSound } from './sound.js';
import { StringInterner } from './string-interner.js';
import { growInt32 } from '../typed-arrays.js';

export interface Column {
  spec: string;
  /** Value id per record; -1 when empty. */
  ids: Int32Array;
  /** Distinct values by id. */
  values: string[];
  /** Records holding each value id. */
  counts: Int32Array;
  /** Records with a value. */
  nonEmpty: number;
}

type Transform = (v: string) => string;

function parseTransform(t: string): Transform {
  const m = /^(prefix|suffix)(\d+)$/.exec(t);
  if (m) {
    const n = Number(m[2]);
    return m[1] === 'prefix' ? (v) => v.slice(0, n) : (v) => v.slice(-n);
  }
  if (t === 'year') return (v) => (/^\d{4}/.test(v) ? v.slice(0, 4) : '');
  if (t === 'lower') return (v) => v.toLowerCase();
  // What a typo rarely changes but a different person's name-made address does: digits, separators.
  if (t === 'nonletters') return (v) => v.replace(/\p{L}+/gu, '');
  if (t === 'digits') return (v) => v.replace(/\D+/g, '');
  // Hanzi and pinyin spellings of one name or place meet (张 = Zhang, 苏州市 = Suzhou City).
  if (t === 'sound') return nameSound;
  if (t === 'place') return placeSound;
  throw new Error(`unknown field transform ":${t}"`);
}

/**
 * Where columns read their raw values: a field (`email`) or match-key path (`keys.pinyin_key`) per
 * record index. An array of CleanRecords is one (recordValues); the dedupe pipeline streams records
 * into a ValueTable instead, so a million record objects need not stay alive while matching.
 */
export interface ValueSource {
  readonly size: number;
  reader(path: string): (i: number) => string | undefined;
  /** A path's column when the source has it interned already (ValueTable); else built from reader. */
  column?(path: string): Column;
  /** Frees the values once every column needed is built (reader fails afterwards). */
  release?(): void;
}

/** The records themselves as a value source. */
export function recordValues(records: readonly CleanRecord[]): ValueSource {
  return {
    size: records.length,
    reader: (path) =>
      path.startsWith('keys.')
        ? (i) => records[i].keys?.[path.slice(5)]
        : (i) => (records[i].fields as Record<string, string | undefined>)[path],
  };
}

/** The path a spec reads (`first_name:prefix3` → `first_name`). */
export const specPath = (spec: string): string => spec.split(':')[0];

/**
 * A path's values interned as they arrive (StringInterner): ids in order of first appearance,
 * with a count per id. Used over a ValueSource's reader (internPath) and by ValueTable while records
 * stream in, so a column is the same whichever way it was built.
 */
export class ColumnBuilder {
  private interner: StringInterner | undefined = new StringInterner();
  private readonly values = this.interner!.values;
  private ids: Int32Array<ArrayBuffer>;
  private size = 0;
  private nonEmpty = 0;

  constructor(capacity = 1024) {
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  /** One record's value. Runs 14 times a record while a million stream in: the counts per value are
   *  made in build() instead, in one pass (here their random increments missed the cache each time). */
  add(raw: string | undefined): void {
    if (this.size === this.ids.length) this.ids = growInt32(this.ids, this.size + 1);
    const v = raw !== undefined && raw !== '' && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
    if (v === undefined || v === '') {
      this.ids[this.size++] = -1;
      return;
    }
    this.ids[this.size++] = this.interner!.intern(v);
    this.nonEmpty++;
  }

  /** The value of record i ('' or absent: undefined), while the column is being built. */
  value(i: number): string | undefined {
    const id = this.ids[i]!;
    return id < 0 ? undefined : this.values[id];
  }

  /** The finished column; the lookup table is let go (no value can be added afterwards). */
  build(spec: string): Column {
    const { values } = this;
    this.interner = undefined;
    const ids = this.size === this.ids.length ? this.ids : this.ids.slice(0, this.size);
    const counts = new Int32Array(values.length);
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) counts[ids[i]!]!++;
    return { spec, ids, values, counts, nonEmpty: this.nonEmpty };
  }
}

/** A path's column from a source's reader: the only per-record pass over its values. */
function internPath(source: ValueSource, path: string): Column {
  const raw = source.reader(path);
  const builder = new ColumnBuilder(source.size);
  for (let i = 0; i < source.size; i++) builder.add(raw(i));
  return builder.build(path);
}

/** A transformed spec from its path's column: the transforms run once per distinct value, and the
 *  records' ids are remapped through a table (`email:nonletters` costs the distinct e-mails, not
 *  the records). */
function deriveColumn(base: Column, spec: string, transforms: Transform[]): Column {
  const index = new Map<string, number>();
  const values: string[] = [];
  const remap = new Int32Array(base.values.length);
  for (let id = 0; id < base.values.length; id++) {
    let v = base.values[id];
    for (const fn of transforms) v = fn(v);
    if (v === '') {
      remap[id] = -1;
      continue;
    }
    let to = index.get(v);
    if (to === undefined) index.set(v, (to = values.push(v) - 1));
    remap[id] = to;
  }
  const ids = new Int32Array(base.ids.length);
  const counts = new Int32Array(values.length);
  let nonEmpty = 0;
  for (let i = 0; i < ids.length; i++) {
    const from = base.ids[i];
    const to = from < 0 ? -1 : remap[from];
    ids[i] = to;
    if (to >= 0) {
      counts[to]++;
      nonEmpty++;
    }
  }
  return { spec, ids, values, counts, nonEmpty };
}

/** Builds each column once per run and shares it between blocking, comparisons and training. */
export class ColumnStore {
  private readonly cache = new Map<string, Column>();
  readonly source: ValueSource;
  /** Number of records. */
  readonly size: number;

  constructor(records: readonly CleanRecord[] | ValueSource) {
    this.source = Array.isArray(records) ? recordValues(records) : (records as ValueSource);
    this.size = this.source.size;
  }

  /** A store over columns built elsewhere (a worker's copy); a spec not among them fails. */
  static fromColumns(size: number, columns: Column[]): ColumnStore {
    const store = new ColumnStore({
      size,
      reader: (path) => {
        throw new Error(`column ${path} was not passed to this store`);
      },
    });
    for (const c of columns) store.cache.set(c.spec, c);
    return store;
  }

  /** Frees the source's values: columns built so far stay, a new one can no longer be built. */
  releaseSource(): void {
    this.source.release?.();
  }

  /** Every column built so far. */
  columns(): Column[] {
    return [...this.cache.values()];
  }

  /** A spec's column: a path (`email`, `keys.pinyin_key`), or a path with transforms
   * (`first_name:prefix3`, `email:nonletters`), built from the path's column. */
  get(spec: string): Column {
    let c = this.cache.get(spec);
    if (!c) {
      const [path, ...transforms] = spec.split(':');
      c =
        transforms.length > 0
          ? deriveColumn(this.get(path), spec, transforms.map(parseTransform))
          : (this.source.column?.(path) ?? internPath(this.source, path));
      this.cache.set(spec, c);
    }
    return c;
  }

  /** The value of a spec for a record, '' when empty. */
  value(spec: string, record: number): string {
    const c = this.get(spec);
    const id = c.ids[record];
    return id < 0 ? '' : c.values[id];
  }
}

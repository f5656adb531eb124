// Records kept for the outputs after matching, without a record object per record: at a million
// rows the objects alone outgrew the memory target. Each record's fields are packed into one text
// (values joined by U+001F) and kept as UTF-8 bytes outside the JS heap, in chunks (a batch's bytes
// as a worker made them, or a block of records added one by one): as a million strings they were
// 300 MB of heap that every garbage collection walked, and each had to be copied out of the
// worker's message. Of the problems, survivorship needs only which fields are invalid: a bitmask
// per record.
import { CANONICAL_FIELDS, type CanonicalField, type CleanRecord, type FieldValues, type StoredRecord } from '../types.js';
import type { MergeRecords } from '../merge/golden.js';
import { invalidMask } from '../merge/validity.js';
import { Utf8Sink } from '../report/utf8-sink.js';
import { quotesCsvByte } from '../report/csv-line.js';
import { growInt32 } from '../typed-arrays.js';

const SEP = '\u001f';
/** Marks a record packed as JSON because a value holds the separator (or starts with this mark), or
 *  a lone surrogate UTF-8 cannot carry (JSON escapes it). */
const JSON_MARK = '\u001e';
const FIELD_INDEX = new Map<CanonicalField, number>(CANONICAL_FIELDS.map((f, i) => [f, i]));

/** A record's fields as the one text PackedRecords keeps. */
export function packFields(fields: FieldValues): string {
  const values = CANONICAL_FIELDS.map((f) => fields[f] ?? '');
  const joined = values.join(SEP);
  const plain = !values.some((v) => v.includes(SEP)) && !values[0]!.startsWith(JSON_MARK) && (joined as string & { isWellFormed(): boolean }).isWellFormed();
  return plain ? joined : JSON_MARK + JSON.stringify(values);
}

/** The values packFields packed. */
function unpack(text: string): string[] {
  return text.startsWith(JSON_MARK) ? (JSON.parse(text.slice(1)) as string[]) : text.split(SEP);
}

/** A batch's packed records as UTF-8: the records back to back, and where each one ends. */
export interface PackedBatch {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** Packs records into one PackedBatch (in a worker: its bytes cross to the main thread uncopied). */
export function packBatch(records: readonly FieldValues[]): PackedBatch {
  const sink = new Utf8Sink(1 << 18);
  const ends = new Int32Array(records.length);
  for (let k = 0; k < records.length; k++) {
    if (!writePlain(sink, records[k]!)) sink.write(packFields(records[k]!));
    ends[k] = sink.byteLength;
  }
  // Exact size (the rest of the sink's buffer is not kept), in shared memory: it reaches the main
  // thread without a copy, and the output stage's worker reads it there (PackedRecords.share).
  const written = sink.bytes();
  const bytes = new Uint8Array(new SharedArrayBuffer(written.length));
  bytes.set(written);
  return { bytes, ends };
}

/** packFields' plain form written into the sink, or false (nothing written) when the record must be
 *  packed as JSON instead. The values are joined into one string and encoded by one native write:
 *  normalizers' outputs are often concatenations (V8 cons strings), which a value-by-value encoder
 *  in JS flattened one by one (4.4 µs a record in the dedupe job, against 1.8 on flat strings). The
 *  checks run on the joined text: a separator inside a value shows as one too many. */
function writePlain(sink: Utf8Sink, fields: FieldValues): boolean {
  let joined = fields[CANONICAL_FIELDS[0]!] ?? '';
  for (let f = 1; f < CANONICAL_FIELDS.length; f++) {
    const value = fields[CANONICAL_FIELDS[f]!];
    joined = value ? joined + SEP + value : joined + SEP;
  }
  if (joined.charCodeAt(0) === JSON_MARK_CODE || !(joined as string & { isWellFormed(): boolean }).isWellFormed() || countSeparators(joined) !== CANONICAL_FIELDS.length - 1) return false;
  sink.write(joined);
  return true;
}

const JSON_MARK_CODE = JSON_MARK.charCodeAt(0);

function countSeparators(text: string): number {
  let n = 0;
  for (let at = text.indexOf(SEP); at >= 0; at = text.indexOf(SEP, at + 1)) n++;
  return n;
}

/** A PackedRecords as share() gives it: plain data and shared memory, for postMessage. */
export interface SharedPackedRecords {
  sourceNames: string[];
  sourceOf: Int32Array;
  rows: Float64Array;
  /** The packed text, in SharedArrayBuffers. */
  chunks: Uint8Array[];
  chunkOf: Int32Array<ArrayBuffer>;
  startOf: Int32Array<ArrayBuffer>;
  endOf: Int32Array<ArrayBuffer>;
  invalid: Int32Array<ArrayBuffer> | undefined;
}

/** Records added one at a time go into a chunk of this size before a new one starts. */
const OPEN_CHUNK_BYTES = 1 << 18;

export class PackedRecords implements MergeRecords {
  private readonly sourceNames: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly sourceOf: number[] = [];
  private readonly rows: number[] = [];
  /** Sealed chunks of packed UTF-8 text, as Buffers (for utf8Slice). */
  private readonly chunks: Buffer[] = [];
  /** Per record: its chunk, and where its text starts and ends in it. */
  private chunkOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private startOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private endOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private count = 0;
  /** The chunk records added one by one are written to, and its index among the chunks. */
  private open: Utf8Sink | undefined;
  private openIndex = -1;
  /** Invalid-fields mask per record (validity.ts), made at the first record with one: 4 bytes a
   *  record, none while every value is valid. Grows by doubling. */
  private invalid: Int32Array<ArrayBuffer> | undefined;

  get length(): number {
    return this.count;
  }

  /** A record; its invalid fields from its problems when it has them (a CleanRecord), else none. */
  add(record: StoredRecord | CleanRecord, invalid = 'problems' in record ? invalidMask(record) : 0): void {
    this.addPacked(record.source, record.row, packFields(record.fields), invalid);
  }

  /** A record whose fields were packed elsewhere (packFields), with its invalid-fields mask
   *  (invalidMask; 0: every value valid). */
  addPacked(source: string, row: number, packed: string, invalid = 0): void {
    if (!this.open || !this.open.fits(packed)) this.openChunk(Math.max(OPEN_CHUNK_BYTES, 3 * packed.length));
    const start = this.open!.byteLength;
    this.open!.write(packed);
    this.push(source, row, this.openIndex, start, this.open!.byteLength, invalid);
  }

  /** A batch of records packed elsewhere (packBatch, in a worker): its bytes are kept as they are. */
  addBatch(source: string, rows: readonly number[], batch: PackedBatch, invalid: readonly number[]): void {
    this.sealOpen();
    const chunk = this.chunks.push(Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength)) - 1;
    let start = 0;
    for (let k = 0; k < rows.length; k++) {
      this.push(source, rows[k]!, chunk, start, batch.ends[k]!, invalid[k] ?? 0);
      start = batch.ends[k]!;
    }
  }

  private push(source: string, row: number, chunk: number, start: number, end: number, invalid: number): void {
    let id = this.sourceIndex.get(source);
    if (id === undefined) {
      id = this.sourceNames.length;
      this.sourceIndex.set(source, id);
      this.sourceNames.push(source);
    }
    const i = this.count++;
    if (invalid !== 0) this.setInvalid(i, invalid);
    this.sourceOf.push(id);
    this.rows.push(row);
    this.chunkOf = growInt32(this.chunkOf, this.count);
    this.startOf = growInt32(this.startOf, this.count);
    this.endOf = growInt32(this.endOf, this.count);
    this.chunkOf[i] = chunk;
    this.startOf[i] = start;
    this.endOf[i] = end;
  }

  /** Starts a new chunk for records added one by one (the previous one is kept at its size). */
  private openChunk(capacity: number): void {
    this.sealOpen();
    this.open = new Utf8Sink(capacity);
    this.openIndex = this.chunks.push(Buffer.alloc(0)) - 1; // replaced when sealed
  }

  private sealOpen(): void {
    if (!this.open) return;
    const bytes = this.open.bytes().slice();
    this.chunks[this.openIndex] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.open = undefined;
  }

  /**
   * Everything this list holds, for a worker to rebuild it (fromShared) without copying the packed
   * text: the chunks move to shared memory here (each copied once, the old one let go), and the
   * index arrays are small enough to copy. Records added afterwards are not in the snapshot.
   */
  share(): SharedPackedRecords {
    this.sealOpen();
    for (let k = 0; k < this.chunks.length; k++) {
      const chunk = this.chunks[k]!;
      if (chunk.buffer instanceof SharedArrayBuffer) continue;
      const shared = Buffer.from(new SharedArrayBuffer(chunk.byteLength));
      shared.set(chunk);
      this.chunks[k] = shared;
    }
    const n = this.count;
    return {
      sourceNames: [...this.sourceNames],
      sourceOf: Int32Array.from(this.sourceOf),
      rows: Float64Array.from(this.rows),
      chunks: this.chunks.map((c) => new Uint8Array(c.buffer, c.byteOffset, c.byteLength)),
      chunkOf: this.chunkOf.slice(0, n),
      startOf: this.startOf.slice(0, n),
      endOf: this.endOf.slice(0, n),
      invalid: this.invalid?.slice(0, Math.min(n, this.invalid.length)),
    };
  }

  /** The list share() described, on another thread: read-only in spirit (adding to it is allowed
   *  but reaches no other thread). */
  static fromShared(data: SharedPackedRecords): PackedRecords {
    const list = new PackedRecords();
    data.sourceNames.forEach((name, id) => {
      list.sourceNames.push(name);
      list.sourceIndex.set(name, id);
    });
    for (let i = 0; i < data.rows.length; i++) {
      list.sourceOf.push(data.sourceOf[i]!);
      list.rows.push(data.rows[i]!);
    }
    for (const c of data.chunks) list.chunks.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    list.chunkOf = data.chunkOf;
    list.startOf = data.startOf;
    list.endOf = data.endOf;
    list.invalid = data.invalid;
    list.count = data.chunkOf.length;
    return list;
  }

  /** Record i's packed text as packFields made it. */
  packedText(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.chunkFor(i).toString('utf8', this.startOf[i], this.endOf[i]);
  }

  private openBuffer(): Buffer {
    const b = this.open!.bytes();
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }

  private setInvalid(i: number, mask: number): void {
    this.invalid = growInt32(this.invalid ?? new Int32Array(1024), i + 1);
    this.invalid[i] = mask;
  }

  /** Bitmask over CANONICAL_FIELDS of record i's values flagged invalid (0: none). */
  invalidFields(i: number): number {
    return this.invalid !== undefined && i < this.invalid.length ? this.invalid[i]! : 0;
  }

  /** Source id per record, in order of first appearance. */
  sourceIds(): Int32Array {
    return Int32Array.from(this.sourceOf);
  }

  source(i: number): string {
    return this.sourceNames[this.sourceOf[i]!]!;
  }

  row(i: number): number {
    return this.rows[i]!;
  }

  /** One field without rebuilding the record (clusters.csv needs the id of every record). */
  field(i: number, field: CanonicalField): string {
    if (i < 0 || i >= this.count) return '';
    // Only the field's bytes are decoded: U+001F is one byte that no other character's UTF-8 holds.
    const span = this.fieldSpan(i, field);
    if (span) return span.bytes.toString('utf8', span.start, span.end);
    return (JSON.parse(this.chunkFor(i).toString('utf8', this.startOf[i]! + 1, this.endOf[i])) as string[])[FIELD_INDEX.get(field)!] ?? '';
  }

  /** Where one field of record i lies in its bytes (`start` to `end`, exclusive, in `bytes`), when
   *  the record is not packed as JSON; else undefined. The returned object is reused by the next call. */
  fieldSpan(i: number, field: CanonicalField): { bytes: Buffer; start: number; end: number } | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const chunk = this.chunkFor(i);
    const end = this.endOf[i]!;
    let start = this.startOf[i]!;
    if (chunk[start] === 0x1e) return undefined;
    const at = FIELD_INDEX.get(field)!;
    for (let f = 0; f < at; f++) start = chunk.indexOf(0x1f, start) + 1;
    const stop = chunk.indexOf(0x1f, start);
    const span = this.span;
    span.bytes = chunk;
    span.start = start;
    span.end = stop < 0 || stop > end ? end : stop;
    return span;
  }

  private readonly span: { bytes: Buffer; start: number; end: number } = { bytes: Buffer.alloc(0), start: 0, end: 0 };

  /**
   * Record i's fields where `selected` (per canonical field) is 1, each after a comma, copied into
   * `sink` as they are, in one pass over the record's bytes. False, with nothing written, when they
   * cannot go into a CSV line as they are (JSON packing, or a byte that needs quoting anywhere in
   * the record): the caller writes the line another way.
   */
  writeCsvFields(i: number, sink: Utf8Sink, selected: Uint8Array): boolean {
    if (i < 0 || i >= this.count) return false;
    const bytes = this.chunkFor(i);
    const start = this.startOf[i]!;
    const end = this.endOf[i]!;
    if (bytes[start] === 0x1e) return false;
    const out = sink.reserve(end - start + CANONICAL_FIELDS.length);
    let at = sink.byteLength;
    let f = 0;
    let copying = selected[0] === 1;
    if (copying) out[at++] = 0x2c; // ,
    for (let p = start; p < end; p++) {
      const c = bytes[p]!;
      if (c === 0x1f) {
        copying = selected[++f] === 1;
        if (copying) out[at++] = 0x2c;
      } else if (quotesCsvByte(c)) return false;
      else if (copying) out[at++] = c;
    }
    if (f !== CANONICAL_FIELDS.length - 1) return false;
    sink.commit(at);
    return true;
  }

  private chunkFor(i: number): Buffer {
    const c = this.chunkOf[i]!;
    return c === this.openIndex && this.open ? this.openBuffer() : this.chunks[c]!;
  }

  /** Every canonical field's value ('' when empty), in CANONICAL_FIELDS order. */
  values(i: number): string[] {
    const text = this.packedText(i);
    return text === undefined ? CANONICAL_FIELDS.map(() => '') : unpack(text);
  }

  /** The record rebuilt: source, row and its non-empty fields. */
  at(i: number): StoredRecord | undefined {
    const text = this.packedText(i);
    if (text === undefined) return undefined;
    const values = unpack(text);
    const fields: FieldValues = {};
    for (let f = 0; f < CANONICAL_FIELDS.length; f++) if (values[f]) fields[CANONICAL_FIELDS[f]!] = values[f];
    return { source: this.source(i), row: this.rows[i]!, fields };
  }
}

// UTF-8 delimited text → records: the well-formed shapes read here, a byte at a time, and everything
// else by csv-parse. On the 1M-row bench file csv-parse took 5.4–6.2 s and this loop 1.6–2.4 s (one
// process, interleaved): csv-parse checks a dozen options per byte and makes a Buffer view per
// cell. Read here: unquoted cells (a quote inside one is kept, as csv-parse's relax_quotes keeps
// it), quoted cells with doubled quotes and line breaks, CRLF/LF/CR record ends, blank lines, a BOM.
// At the first record that is anything else (text after a closing quote, a quote never closed, a
// record too long to be plausible) csv-parse takes over from that record's first byte to the end,
// with the row and line numbers carried on; so the records are csv-parse's in every case, which a
// property test holds byte for byte against csv-parse on arbitrary text.
import { pipeline, Readable } from 'node:stream';
import type { Options } from 'csv-parse';
import type { RawRow } from '../types.js';
import { LineNumberedParser, lineBreaksIn } from './csv-records.js';

/** A record longer than this (bytes) is left to csv-parse, which enforces max_record_size. */
const LONGEST_RECORD = 1 << 20;

const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

type Utf8Slicer = Buffer & { utf8Slice(start: number, end: number): string };
/** Node's own decoder behind buf.toString('utf8', a, b), without its argument checks: a cell costs
 *  one call. Falls back to toString where a Node lacks it. */
const decode: (buf: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as Partial<Utf8Slicer>).utf8Slice === 'function'
    ? (buf, start, end) => (buf as Utf8Slicer).utf8Slice(start, end)
    : (buf, start, end) => buf.toString('utf8', start, end);

/** Whether this reader can take a dialect: one-byte delimiter and quote that are not line breaks. */
export function fastDialect(delimiter: string, quote: string): boolean {
  const ok = (c: string) => c.length === 1 && c.charCodeAt(0) < 0x80 && c !== '\r' && c !== '\n';
  return ok(delimiter) && ok(quote) && delimiter !== quote;
}

/** Where a scan stopped: records end before `next`; `handOver` when the record at `next` is one
 *  for csv-parse. */
interface Scan {
  next: number;
  handOver: boolean;
}

export class FastCsvReader {
  /** Physical line where the next record starts (for messages about it). */
  nextStart = 1;
  private records = 0;
  private readonly d: number;
  private readonly q: number;
  private readonly longest: number;
  private fallback: LineNumberedParser | undefined;

  /** `options`: csv-parse's, for the records handed over (their delimiter and quote are this
   *  reader's; `bom` says whether a UTF-8 BOM at the start is dropped). */
  constructor(private readonly options: Options & { delimiter: string; quote: string; max_record_size?: number }) {
    this.d = options.delimiter.charCodeAt(0);
    this.q = options.quote.charCodeAt(0);
    // In bytes, so at least the record's characters, which max_record_size counts.
    this.longest = Math.min(LONGEST_RECORD, options.max_record_size ?? LONGEST_RECORD);
  }

  /** The records of `input`, a batch per chunk read. */
  async *batches(input: AsyncIterable<Buffer>): AsyncGenerator<RawRow[]> {
    const it = input[Symbol.asyncIterator]();
    let handedOver = false;
    try {
      yield* this.read(it, () => (handedOver = true));
    } finally {
      if (!handedOver) await it.return?.(); // stopped early: release the input
    }
  }

  private async *read(it: AsyncIterator<Buffer>, onHandOver: () => void): AsyncGenerator<RawRow[]> {
    let carry: Buffer | undefined;
    let first = true;
    for (;;) {
      const next = await it.next();
      const final = next.done === true;
      let buf: Buffer = final ? (carry ?? Buffer.alloc(0)) : carry ? Buffer.concat([carry, next.value]) : next.value;
      if (first && (buf.length >= 3 || final)) {
        first = false;
        if (this.options.bom && BOM.every((b, k) => buf[k] === b)) buf = buf.subarray(3);
      } else if (first) {
        carry = buf; // too short to tell a BOM yet
        continue;
      }
      const rows: RawRow[] = [];
      const scan = this.scan(buf, rows, final);
      if (rows.length > 0) yield rows;
      const rest = buf.subarray(scan.next);
      if (scan.handOver || rest.length > this.longest) {
        onHandOver();
        yield* this.handOver(rest, final ? undefined : it);
        return;
      }
      if (final) return;
      carry = rest.length > 0 ? Buffer.from(rest) : undefined;
    }
  }

  /** csv-parse reads `rest` and the input after it, numbering on from here. */
  private async *handOver(rest: Buffer, it: AsyncIterator<Buffer> | undefined): AsyncGenerator<RawRow[]> {
    const parser = new LineNumberedParser({ ...this.options, bom: false }, { rowsBefore: this.records, firstLine: this.nextStart });
    this.fallback = parser;
    async function* remaining(): AsyncGenerator<Buffer> {
      yield rest;
      if (it) for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    }
    // pipeline forwards a read error to the parser, whose iterator then throws it.
    pipeline(Readable.from(remaining(), { objectMode: false }), parser, () => undefined);
    yield* parser as AsyncIterable<RawRow[]>;
  }

  /** Where the record being read starts, as a physical line: csv-parse's once it has taken over. */
  get errorLine(): number {
    return this.fallback ? this.fallback.nextStart : this.nextStart;
  }

  /**
   * Reads whole records of `buf` into `rows`. A record is whole when its end was seen (or, at the
   * end of the input, when the input ends). Stops before the first record csv-parse must read.
   */
  private scan(buf: Buffer, rows: RawRow[], final: boolean): Scan {
    const { d, q } = this;
    const n = buf.length;
    let p = 0;
    for (;;) {
      const start = p;
      if (p >= n) return { next: start, handOver: false };
      const cells: string[] = [];
      let breaks = 0; // line breaks inside quoted cells, CRLF as one
      for (;;) {
        let c = buf[p];
        if (c === q) {
          // A quoted cell: up to the quote that is not doubled.
          let escaped = false;
          let k = p + 1;
          for (;;) {
            k = buf.indexOf(q, k);
            if (k < 0) return { next: start, handOver: final }; // never closed: csv-parse reports it
            if (k + 1 >= n && !final) return { next: start, handOver: false };
            if (buf[k + 1] !== q) break;
            escaped = true;
            k += 2;
          }
          const text = decode(buf, p + 1, k);
          breaks += lineBreaksIn(text);
          cells.push(escaped ? text.replaceAll(this.options.quote + this.options.quote, this.options.quote) : text);
          p = k + 1;
          c = buf[p];
          if (p >= n) {
            if (!final) return { next: start, handOver: false };
          } else if (c !== d && c !== LF && c !== CR) return { next: start, handOver: true };
        } else {
          const from = p;
          while (p < n && (c = buf[p]) !== d && c !== LF && c !== CR) p++;
          if (p >= n && !final) return { next: start, handOver: false };
          cells.push(decode(buf, from, p));
        }
        if (p < n && buf[p] === d) {
          p++;
          if (p >= n && !final) return { next: start, handOver: false };
          if (p >= n) {
            cells.push('');
            break;
          }
          continue;
        }
        // The record's end: CRLF, LF, CR, or the end of the input.
        if (p < n && buf[p] === CR) {
          if (p + 1 >= n && !final) return { next: start, handOver: false };
          p += buf[p + 1] === LF ? 2 : 1;
        } else if (p < n) p++;
        break;
      }
      if (p - start > this.longest) return { next: start, handOver: true };
      rows.push({ row: ++this.records, cells });
      this.nextStart += 1 + breaks;
    }
  }
}

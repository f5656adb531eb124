// csv-parse, streaming, with two additions: each record carries its row number as Excel shows it
// (the record's ordinal: blank lines count, line breaks inside quoted cells do not), and records are pushed in batches (one per parsed chunk) so downstream pays per chunk, not per row.
import { CsvError, Parser, type Options } from 'csv-parse';
import type { RawRow } from '../types.js';

/** Line breaks inside a record's cells; CRLF counts as one. */
/** Line breaks in a cell's text: CRLF, LF and CR each one (a record spanning lines is numbered by them). */
export function lineBreaksIn(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function countBreaks(cells: string[]): number {
  let n = 0;
  for (const cell of cells) n += lineBreaksIn(cell);
  return n;
}

export class LineNumberedParser extends Parser {
  /** Physical line where the next record starts (where an unclosed quote opened, after an error). */
  nextStart = 1;
  /** Records seen so far, blank ones included: a spreadsheet shows each as one row. */
  private records = 0;
  private batch: RawRow[] = [];
  private readonly parseState: { expectedRecordLength: number };

  /** csv-parse's line count is its own; `lineOffset` makes it the file's when this parser starts
   *  part way (after the records FastCsvReader read). */
  private readonly lineOffset: number;

  /** `from`: where in the file the first byte given is (records before it, the physical line it
   *  starts), when this parser takes over part way through a file. */
  constructor(options: Options, from: { rowsBefore: number; firstLine: number } = { rowsBefore: 0, firstLine: 1 }) {
    super(options);
    this.records = from.rowsBefore;
    this.nextStart = from.firstLine;
    this.lineOffset = from.firstLine - 1;
    this.parseState = (this as unknown as { state: { expectedRecordLength: number } }).state;
  }

  override push(record: unknown): boolean {
    if (record === null) {
      this.flushBatch();
      return super.push(null);
    }
    const cells = record as string[];
    const start = this.nextStart;
    const row = ++this.records;
    // csv-parse's line counter is the record's last line; a CRLF inside quotes counts twice there,
    // so a record spanning lines is recounted from its own line breaks.
    this.nextStart = this.info.lines + this.lineOffset > start ? start + 1 + countBreaks(cells) : start + 1;
    this.batch.push({ row, cells });
    // csv-parse builds a CsvError (with a stack trace) for every record whose length differs from the
    // expected one (the first record's, often a title row), even when relaxed; following the last
    // record's length keeps that cost to the rows where the width changes.
    this.parseState.expectedRecordLength = cells.length;
    return true;
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    super.push(batch);
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    super._transform(chunk, encoding, (err?: Error | null) => {
      this.flushBatch();
      callback(err);
    });
  }

  override _flush(callback: (err?: Error | null) => void): void {
    super._flush((err?: Error | null) => {
      this.flushBatch();
      callback(err);
    });
  }
}

export { CsvError };

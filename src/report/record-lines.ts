// The parts of dedupe's per-record CSV lines (golden.csv's singleton lines, clusters.csv) written
// straight into the file's buffer: a million-row run writes 1.7M such lines, and making each cell a
// string (a golden id, "source:row", a row number) and testing it for quoting took more than the
// bytes themselves. A source's name is quoted and encoded once. Same bytes as csvLine.
import { csvCell, quotesCsvByte, writeCsvCell } from './csv-line.js';
import type { Utf8Sink } from './utf8-sink.js';
import { Remembered } from './json-name.js';

interface SourceCell {
  /** csvCell(name) as UTF-8. */
  bytes: Uint8Array;
  /** The name needed no quoting (so "name:row" needs none either). */
  plain: boolean;
}

/** A source's cell, made once per name. */
const sourceCells = new Remembered((name: string): SourceCell => {
  const text = csvCell(name);
  return { bytes: Buffer.from(text), plain: text === name };
});
const sourceCell = (name: string): SourceCell => sourceCells.of(name);

/** goldenId(n) (G and n + 1 padded to six digits), without making the string. */
export function writeGoldenId(sink: Utf8Sink, n: number): void {
  sink.appendByte(0x47); // G
  for (let p = 100_000; p > n + 1 && p > 1; p /= 10) sink.appendByte(0x30);
  sink.digits(n + 1);
}

/** csvLine([goldenId(n), '1', source, `${source}:${row}`]) without its newline: a one-record
 *  cluster's id, member count, sources and members. */
export function writeSingletonPrefix(sink: Utf8Sink, n: number, source: string, row: number): void {
  writeGoldenId(sink, n);
  sink.appendByte(0x2c); // ,
  sink.appendByte(0x31); // 1
  sink.appendByte(0x2c);
  const { bytes, plain } = sourceCell(source);
  sink.append(bytes);
  sink.appendByte(0x2c);
  if (!plain || !Number.isSafeInteger(row) || row < 0) return writeCsvCell(sink, `${source}:${row}`);
  sink.append(bytes);
  sink.appendByte(0x3a); // :
  sink.digits(row);
}

/** csvCell(source), written (a source's name recurs on every line). */
export function writeSourceCell(sink: Utf8Sink, source: string): void {
  sink.append(sourceCell(source).bytes);
}

/** The bytes of one field of a record, where they lie (PackedRecords.fieldSpan). */
export interface ByteSpan {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/** A cell's UTF-8 bytes copied as they are when they need no quoting (no comma, quote, CR, LF),
 *  else the cell's text through writeCsvCell. */
export function writeCellBytes(sink: Utf8Sink, span: ByteSpan | undefined, text: () => string): void {
  if (span) {
    const { bytes, start, end } = span;
    let plain = true;
    for (let p = start; p < end && plain; p++) plain = !quotesCsvByte(bytes[p]!);
    if (plain) return sink.append(bytes, start, end);
  }
  writeCsvCell(sink, text());
}

/** A non-negative integer cell (a row number) as its digits; anything else as its text. */
export function writeNumberCell(sink: Utf8Sink, x: number): void {
  if (Number.isSafeInteger(x) && x >= 0) sink.digits(x);
  else writeCsvCell(sink, String(x));
}

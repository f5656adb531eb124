// One CSV record as text, quoted exactly as csv-stringify quotes by default (a cell holding a comma,
// a quote, CR or LF is quoted, quotes doubled) — written by hand because the output stage encodes
// millions of rows and csv-stringify's general machinery was the larger part of its time.
import type { Utf8Sink } from './utf8-sink.js';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** NEEDS_QUOTES for one byte of a cell's UTF-8 (the four are ASCII, so no other character's bytes
 *  hold them): for writers that copy cells' bytes as they are. */
export const quotesCsvByte = (c: number): boolean => c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d;

export function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
}

/** The record with its line ending (\n). */
export function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return line + '\n';
}

/** csvLine(cells)'s bytes, written straight into `sink` (no line string is made). */
export function writeCsvLine(sink: Utf8Sink, cells: readonly string[]): void {
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) sink.appendByte(0x2c);
    writeCsvCell(sink, cells[i]!);
  }
  sink.appendByte(0x0a);
}

/** csvCell(cell), written into `sink`. */
export function writeCsvCell(sink: Utf8Sink, cell: string): void {
  if (NEEDS_QUOTES.test(cell)) sink.text(`"${cell.replace(QUOTE, '""')}"`);
  else sink.text(cell);
}

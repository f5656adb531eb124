// One CSV record as text, quoted exactly as csv-stringify quotes by default (a cell holding a comma,
// a quote, CR or LF is quoted, quotes doubled) — written by hand because the output stage encodes
// millions of rows and csv-stringify's general machinery was the larger part of its time.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

export function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
}

/** The record with its line ending (\n). */
export function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return line + '\n';
}

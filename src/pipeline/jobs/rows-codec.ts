// A batch of raw rows as one JSON string for the trip to a worker: structured clone of the row arrays
// costs more, and a string crosses as one copy. JSON rather than cells joined by separators: split()
// makes each long cell a slice that keeps the whole batch's text alive, and the normalizers' memo
// tables keep cells for the whole run, so a worker's heap grew by the batches' text (56 MB of it
// after 230k rows of the clean bench) until its old generation could no longer be kept small.
// JSON.parse makes each cell a string of its own; lone surrogates survive the trip (\udXXX escapes).
import type { RawRow } from '../../types.js';

export function encodeRows(rows: RawRow[]): string {
  const out = new Array<(string | number)[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { row, cells } = rows[i]!;
    out[i] = [row, ...cells];
  }
  return JSON.stringify(out);
}

export function decodeRows(text: string): RawRow[] {
  const rows = JSON.parse(text) as [number, ...string[]][];
  const out = new Array<RawRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]! as unknown as string[];
    const row = cells.shift() as unknown as number;
    out[i] = { row, cells };
  }
  return out;
}

// A batch of raw rows as one string for the trip to a worker: structured clone of the row arrays
// costs more, and a string crosses as one copy. A row holding a separator goes as JSON.
import type { RawRow } from '../../types.js';

const UNIT = '\u0001'; // between a row's number and its cells
const RECORD = '\u0002'; // between rows
const AS_JSON = '\u0003';
const SEPARATORS = /[\u0001\u0002]/;

export function encodeRows(rows: RawRow[]): string {
  let out = '';
  for (let i = 0; i < rows.length; i++) {
    const { row, cells } = rows[i]!;
    let plain = cells.length > 0; // no cells would come back as one empty one
    for (const c of cells) if (SEPARATORS.test(c)) plain = false;
    if (i > 0) out += RECORD;
    out += plain ? row + UNIT + cells.join(UNIT) : AS_JSON + JSON.stringify([row, cells]);
  }
  return out;
}

export function decodeRows(text: string): RawRow[] {
  if (text === '') return [];
  return text.split(RECORD).map((t) => {
    if (t.startsWith(AS_JSON)) {
      const [row, cells] = JSON.parse(t.slice(1)) as [number, string[]];
      return { row, cells };
    }
    const cells = t.split(UNIT);
    return { row: Number(cells.shift()), cells };
  });
}

// Naming records on the command line: `source:row` (the row Excel shows, as golden.csv's members
// and review.csv write it), `source#row` (the match stage's recordRef) or a record id.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { InputError } from '../io/index.js';
import type { CleanRecord } from '../types.js';

/** A pair of records to explain, by reference, with the decision a reviewer wrote (if any). */
export interface PairRef {
  a: string;
  b: string;
  decision?: string;
}

/** Looks records up by `source:row` / `source#row` or by id; errors name what was not found. */
export class RecordIndex {
  private readonly bySourceRow = new Map<string, number>();
  private readonly rowsOfSource = new Map<string, { min: number; max: number }>();
  private readonly byId = new Map<string, number[]>();

  constructor(private readonly records: CleanRecord[]) {
    records.forEach((r, i) => {
      this.bySourceRow.set(`${r.source}:${r.row}`, i);
      const span = this.rowsOfSource.get(r.source);
      if (!span) this.rowsOfSource.set(r.source, { min: r.row, max: r.row });
      else span.max = Math.max(span.max, r.row);
      const id = r.fields.id?.trim();
      if (id) this.byId.set(id, [...(this.byId.get(id) ?? []), i]);
    });
  }

  /** The record index a reference names; an InputError (exit 2) when it names none or several. */
  resolve(ref: string): number {
    const m = /^(.+)[:#](\d+)$/.exec(ref.trim());
    if (m && this.rowsOfSource.has(m[1]!)) {
      const i = this.bySourceRow.get(`${m[1]}:${Number(m[2])}`);
      if (i !== undefined) return i;
      const span = this.rowsOfSource.get(m[1]!)!;
      // Rows can be missing inside the span too: blank or rejected rows are not records.
      throw new InputError(`record ${ref} not found: source ${m[1]} has no record at row ${m[2]} (its records are rows ${span.min}–${span.max})`, ref);
    }
    const ids = this.byId.get(ref.trim());
    if (ids?.length === 1) return ids[0]!;
    if (ids && ids.length > 1) {
      const where = ids.map((i) => `${this.records[i]!.source}:${this.records[i]!.row}`).join(', ');
      throw new InputError(`record id ${ref} is ambiguous: ${where}; name one as source:row`, ref);
    }
    const sources = [...this.rowsOfSource.keys()].join(', ');
    const why = m ? `no source named ${m[1]} (sources: ${sources})` : `no record has this id, and it is not source:row (sources: ${sources})`;
    throw new InputError(`record ${ref} not found: ${why}`, ref);
  }
}

/** The pairs of a review.csv (source_a, row_a, source_b, row_b, decision), in file order. */
export async function readReviewPairs(path: string): Promise<PairRef[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`${path}: cannot read the review file`, path);
  }
  const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const need = ['source_a', 'row_a', 'source_b', 'row_b'];
  const missing = need.filter((c) => rows.length > 0 && !(c in rows[0]!));
  if (missing.length) throw new InputError(`${path}: not a review file: no column ${missing.join(', ')}`, path);
  return rows.map((r) => ({
    a: `${r.source_a}:${r.row_a}`,
    b: `${r.source_b}:${r.row_b}`,
    ...(r.decision?.trim() ? { decision: r.decision.trim() } : {}),
  }));
}

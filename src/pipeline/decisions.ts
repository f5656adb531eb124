// Review decisions a person wrote into review.csv, read back so they override the model next run.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { InputError } from '../io/index.js';
import { wordTable } from '../word-table.js';

export type Decision = 'match' | 'distinct';

const WORDS = wordTable<Decision>({
  match: 'match', same: 'match', yes: 'match', y: 'match', merge: 'match', '1': 'match', 是: 'match', 同: 'match', 合并: 'match',
  distinct: 'distinct', different: 'distinct', no: 'distinct', n: 'distinct', '0': 'distinct', 否: 'distinct', 不同: 'distinct',
});

/** A pair's identity that survives a re-run: source and row of both records, in sorted order. */
export function pairKey(a: { source: string; row: number }, b: { source: string; row: number }): string {
  const ka = `${a.source}:${a.row}`;
  const kb = `${b.source}:${b.row}`;
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/** Reads the decision column of a review.csv; blank decisions are skipped, unknown words are an error. */
export async function readDecisions(path: string): Promise<Map<string, Decision>> {
  const text = await readFile(path, 'utf8');
  const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const out = new Map<string, Decision>();
  rows.forEach((r, i) => {
    const word = (r.decision ?? '').trim().toLowerCase();
    if (!word) return;
    const decision = WORDS[word];
    if (!decision) {
      throw new InputError(`${path}: row ${i + 2}, column decision: "${r.decision}" is not a decision (use match or distinct)`, path);
    }
    out.set(pairKey({ source: r.source_a ?? '', row: Number(r.row_a) }, { source: r.source_b ?? '', row: Number(r.row_b) }), decision);
  });
  return out;
}

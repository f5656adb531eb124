// Header row detection and header cleanup. Exports often carry title rows above the header
// ("客户列表 导出时间:2024-07-19"), blank rows, two-row grouped headers, empty or repeated names.

export type HeaderScorer = (cells: string[]) => number;

/** A candidate row for the header: its row number as Excel shows it and cells. */
export interface CandidateRow {
  row: number;
  cells: string[];
}

export interface HeaderChoice {
  /** Index in the candidate list of the (first) header row. */
  index: number;
  /** Header cells, trimmed, not yet made unique. */
  cells: string[];
  /** How many candidate rows the header spans (2 for a grouped two-row header). */
  span: number;
}

const NUMBER_OR_DATE = /^[\s(+\-$¥￥€£]*[\d.,:/\-年月日 %]+[)]?\s*$/;

function trimmed(cells: string[]): string[] {
  return cells.map((c) => c.trim());
}

function nonEmptyCount(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c !== '') n++;
  return n;
}

/** A cell that reads like data rather than a column name: a number, a date, an e-mail address. */
function isDataLike(cell: string): boolean {
  return NUMBER_OR_DATE.test(cell) || cell.includes('@');
}

/** Header-likeness without a scorer: wide, textual, distinct. */
function looksLikeHeader(cells: string[], width: number): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return false;
  const needed = width <= 1 ? 1 : Math.max(2, Math.ceil(width * 0.7));
  if (filled.length < needed) return false;
  const textual = filled.filter((c) => !isDataLike(c)).length;
  const distinct = new Set(filled).size;
  return textual >= filled.length * 0.7 && distinct >= filled.length * 0.5;
}

/**
 * The table's typical width in filled cells: the largest count at least two rows share (one ragged
 * row must not raise the bar), or the largest count when no two rows agree.
 */
function typicalWidth(rows: string[][]): number {
  const counts = rows.map(nonEmptyCount).filter((n) => n > 0).sort((a, b) => b - a);
  for (let i = 1; i < counts.length; i++) if (counts[i] === counts[i - 1]) return counts[i]!;
  return counts[0] ?? 0;
}

function pickByScore(rows: string[][], score: HeaderScorer): number {
  let best = -1;
  let bestScore = 0;
  rows.forEach((cells, i) => {
    if (nonEmptyCount(cells) === 0) return;
    const s = score(cells);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

function pickByShape(rows: string[][]): number {
  const width = typicalWidth(rows);
  const i = rows.findIndex((cells) => looksLikeHeader(cells, width));
  return i >= 0 ? i : rows.findIndex((cells) => nonEmptyCount(cells) > 0);
}

/**
 * A two-row grouped header: group labels above (a merged cell keeps its text in its first column only),
 * sub-labels below, and columns that are not grouped filled in the upper row only (merged down).
 * Combined: the sub-label where there is one, else the upper label.
 */
export function combineGroupedHeader(upper: string[], lower: string[]): string[] | undefined {
  const width = Math.max(upper.length, lower.length);
  if (lower.some((c) => c !== '' && isDataLike(c)) || nonEmptyCount(lower) === 0) return undefined;
  let spans = false;
  let mergedDown = false;
  for (let c = 0; c < width; c++) {
    const up = upper[c] ?? '';
    const low = lower[c] ?? '';
    if (up === '' && low === '') return undefined; // a hole: not a grouped header
    if (low === '') mergedDown = true;
    if (up !== '' || low === '') continue;
    // A sub-label under an empty upper cell: its group label is the nearest upper cell to the left,
    // and that group's first column must carry a sub-label too.
    let g = c - 1;
    while (g >= 0 && (upper[g] ?? '') === '') g--;
    if (g < 0 || (lower[g] ?? '') === '') return undefined;
    spans = true;
  }
  // Without a column merged down, the lower row is more likely data under an unnamed column.
  if (!spans || !mergedDown) return undefined;
  return Array.from({ length: width }, (_, c) => ((lower[c] ?? '') !== '' ? lower[c]! : upper[c] ?? ''));
}

/** Chooses the header among the first rows (blank rows included in `rows`, never chosen). */
export function chooseHeader(rows: CandidateRow[], score?: HeaderScorer): HeaderChoice | undefined {
  const cells = rows.map((r) => trimmed(r.cells));
  let index = score ? pickByScore(cells, score) : -1;
  if (index < 0) index = pickByShape(cells);
  if (index < 0) return undefined;
  const header = cells[index]!;
  const next = cells[index + 1];
  if (next && rows[index + 1]!.row === rows[index]!.row + 1) {
    const combined = combineGroupedHeader(header, next);
    if (combined && (!score || score(combined) >= score(header))) return { index, cells: combined, span: 2 };
  }
  return { index, cells: header, span: 1 };
}

/** Empty names become column_N; repeated names get " (2)", " (3)"... Returns names and problems. */
export function uniqueHeader(cells: string[]): { header: string[]; problems: string[] } {
  const taken = new Set(cells);
  const used = new Set<string>();
  const renamed = new Map<string, string[]>();
  const header = cells.map((raw, i) => {
    const base = raw === '' ? `column_${i + 1}` : raw;
    let name = base;
    if (used.has(name)) {
      let n = 2;
      while (used.has(`${base} (${n})`) || taken.has(`${base} (${n})`)) n++;
      name = `${base} (${n})`;
      renamed.set(base, [...(renamed.get(base) ?? [base]), name]);
    }
    used.add(name);
    return name;
  });
  const problems = [...renamed].map(
    ([name, names]) => `duplicate header name "${name}" in ${names.length} columns: named ${names.map((n) => `"${n}"`).join(', ')}`,
  );
  return { header, problems };
}

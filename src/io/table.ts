// From raw records to a table: finds the header among the first rows, then streams the data rows,
// skipping blank ones, padding short ones and rejecting rows wider than the header.
import type { RawRow } from '../types.js';
import { InputError, displayName } from './errors.js';
import { chooseHeader, uniqueHeader, type HeaderChoice } from './header.js';
import type { ReadOptions, RecordBatches, RejectSink, RowStats } from './types.js';

/** How many non-blank rows header detection looks at. */
const HEADER_WINDOW = 20;

export interface TableSetup {
  file: string;
  /** Joins a rejected row's cells back into one value for the reject report. */
  joiner: string;
  opts: ReadOptions;
  onReject?: RejectSink;
  /** Where the table lives, for messages ("sheet Kunden"). */
  where?: string;
}

export interface AssembledTable {
  headerRow: number;
  header: string[];
  problems: string[];
  rows: AsyncIterable<RawRow>;
  stats: RowStats;
}

/** True when every cell is empty or white space. Cheap for the usual row whose first cell is ASCII text. */
export function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.length === 0) continue;
    const first = c.charCodeAt(0);
    if ((first > 32 && first < 127) || c.trim() !== '') return false;
  }
  return true;
}

function extraCellsEmpty(cells: string[], width: number): boolean {
  return isBlank(cells.slice(width));
}

/** Reads batches until the header can be chosen: enough non-blank rows, or the row the user named. */
async function bufferHead(batches: RecordBatches, headerRow?: number): Promise<{ buffered: RawRow[]; done: boolean }> {
  const buffered: RawRow[] = [];
  let nonBlank = 0;
  let afterHeader = 0;
  for (;;) {
    const enough = headerRow === undefined ? nonBlank > HEADER_WINDOW : afterHeader > 1;
    if (enough) return { buffered, done: false };
    const next = await batches.next();
    if (next.done) return { buffered, done: true };
    for (const rec of next.value) {
      buffered.push(rec);
      if (!isBlank(rec.cells)) nonBlank++;
      if (headerRow !== undefined && rec.row >= headerRow) afterHeader++;
    }
  }
}

function explicitHeader(buffered: RawRow[], headerRow: number, setup: TableSetup): HeaderChoice {
  const index = buffered.findIndex((r) => r.row >= headerRow);
  const name = displayName(setup.file);
  if (index < 0) throw new InputError(`${name}: header row ${headerRow} is past the end of the ${setup.where ?? 'file'}`, setup.file, headerRow);
  const rec = buffered[index]!;
  if (rec.row !== headerRow || isBlank(rec.cells)) {
    throw new InputError(`${name}: row ${headerRow} given as the header row is blank or inside another record`, setup.file, headerRow);
  }
  return { index, cells: rec.cells.map((c) => c.trim()), span: 1 };
}

function detectHeader(buffered: RawRow[], setup: TableSetup): HeaderChoice {
  const window: RawRow[] = [];
  let nonBlank = 0;
  for (const rec of buffered) {
    if (nonBlank >= HEADER_WINDOW) break;
    window.push(rec);
    if (!isBlank(rec.cells)) nonBlank++;
  }
  const choice = chooseHeader(window, setup.opts.headerScore);
  if (!choice) {
    const what = setup.where ? `${displayName(setup.file)}: ${setup.where} is empty` : `${displayName(setup.file)}: empty file`;
    throw new InputError(`${what} (no row with any text)`, setup.file);
  }
  return choice;
}

function headerProblems(buffered: RawRow[], choice: HeaderChoice, stats: RowStats): string[] {
  let titles = 0;
  for (let i = 0; i < choice.index; i++) {
    if (isBlank(buffered[i]!.cells)) stats.blankRows++;
    else titles++;
  }
  const headerRow = buffered[choice.index]!.row;
  const problems: string[] = [];
  if (titles > 0) {
    problems.push(`skipped ${titles} title row${titles > 1 ? 's' : ''} above the header at row ${headerRow}`);
  }
  if (choice.span === 2) problems.push(`two-row header at rows ${headerRow}-${headerRow + 1}: combined into one`);
  return problems;
}

/** Finds the header, then returns the data rows as a stream plus the statistics filled while iterating. */
export async function assembleTable(batches: RecordBatches, setup: TableSetup): Promise<AssembledTable> {
  const stats: RowStats = { dataRows: 0, blankRows: 0, rejected: 0 };
  const { headerRow: wanted } = setup.opts;
  const { buffered, done } = await bufferHead(batches, wanted);
  const choice = wanted !== undefined ? explicitHeader(buffered, wanted, setup) : detectHeader(buffered, setup);
  const problems = headerProblems(buffered, choice, stats);
  const { header, problems: nameProblems } = uniqueHeader(choice.cells);
  problems.push(...nameProblems);
  const rest = buffered.slice(choice.index + choice.span);
  if (done && rest.every((r) => isBlank(r.cells))) problems.push('header only: no data rows');
  return {
    headerRow: buffered[choice.index]!.row,
    header,
    problems,
    rows: new DataRows(rest, done ? undefined : batches, header.length, setup, stats),
    stats,
  };
}

/**
 * The data rows, as a hand-written async iterator: a row already parsed is handed out without the
 * machinery of an async generator, which matters at a million rows.
 */
class DataRows implements AsyncIterableIterator<RawRow> {
  private batch: RawRow[];
  private i = 0;
  private finished: boolean;

  constructor(
    first: RawRow[],
    private readonly batches: RecordBatches | undefined,
    private readonly width: number,
    private readonly setup: TableSetup,
    private readonly stats: RowStats,
  ) {
    this.batch = first;
    this.finished = !batches;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The next usable row of the current batch; blank and rejected rows are counted and passed over. */
  private take(): RawRow | undefined {
    const { batch, width, stats } = this;
    while (this.i < batch.length) {
      const rec = batch[this.i++]!;
      const cells = rec.cells;
      if (isBlank(cells)) {
        stats.blankRows++;
        continue;
      }
      if (cells.length !== width && !fitToWidth(rec, width, this.setup, stats)) continue;
      stats.dataRows++;
      return rec;
    }
    return undefined;
  }

  next(): Promise<IteratorResult<RawRow>> {
    const rec = this.take();
    return rec ? Promise.resolve({ value: rec, done: false }) : this.refill();
  }

  private async refill(): Promise<IteratorResult<RawRow>> {
    for (;;) {
      if (this.finished) return { value: undefined, done: true };
      const next = await this.batches!.next();
      if (next.done) {
        this.finished = true;
        continue;
      }
      this.batch = next.value;
      this.i = 0;
      const rec = this.take();
      if (rec) return { value: rec, done: false };
    }
  }

  /** The consumer stopped early (break, error): release the file and the parser. */
  async return(): Promise<IteratorResult<RawRow>> {
    if (!this.finished) {
      this.finished = true;
      await this.batches!.return?.();
    }
    return { value: undefined, done: true };
  }
}

/** Pads a short row, trims empty extra cells; a row with text beyond the header is rejected (false). */
function fitToWidth(rec: RawRow, width: number, setup: TableSetup, stats: RowStats): boolean {
  const cells = rec.cells;
  if (cells.length < width) {
    for (let i = cells.length; i < width; i++) cells.push('');
    return true;
  }
  if (extraCellsEmpty(cells, width)) {
    cells.length = width;
    return true;
  }
  stats.rejected++;
  setup.onReject?.({
    row: rec.row,
    column: '',
    value: cells.join(setup.joiner),
    reason: `row has ${cells.length} cells, header has ${width}`,
  });
  return false;
}

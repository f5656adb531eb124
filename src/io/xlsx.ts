// .xlsx through exceljs's streaming WorkbookReader: the chosen sheet's rows are converted to text as
// they are parsed; the workbook is never loaded whole. (stdin is buffered: a zip's directory is at its end.)
import { PassThrough } from 'node:stream';
import type { RawRow } from '../types.js';
import { InputError, displayName } from './errors.js';
import { readAll, type ByteSource } from './source.js';
import type { ReadOptions, RecordBatches } from './types.js';
import { cellText, type CellLike } from './xlsx-cells.js';

/** What this module uses of exceljs's streaming classes (their typings omit name and model). */
interface RowLike {
  number: number;
  eachCell(cb: (cell: CellLike, col: number) => void): void;
}
interface SheetReader {
  name: string;
  parse(): AsyncIterator<Array<{ eventType: string; value: unknown }>>;
  /** The sheet's XML: a file stream when exceljs parked the sheet in a temporary file. */
  iterator?: { on?(event: 'error', listener: () => void): unknown };
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: Array<{ name: string }> };
}

export interface XlsxInput {
  sheet: string;
  sheets: string[];
  batches: RecordBatches;
}

function rowCells(row: RowLike): string[] {
  const cells: string[] = [];
  row.eachCell((cell, col) => {
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = cellText(cell);
  });
  return cells;
}

function readError(file: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const msg = (err as Error).message?.split('\n')[0] ?? String(err);
  return new InputError(`${displayName(file)}: cannot read the .xlsx workbook (${msg})`, file);
}

async function* sheetBatches(sheet: SheetReader, file: string, close: () => void): AsyncGenerator<RawRow[]> {
  try {
    const events = sheet.parse();
    for (let next = await events.next(); !next.done; next = await events.next()) {
      const batch: RawRow[] = [];
      for (const e of next.value) {
        if (e.eventType === 'row') {
          const row = e.value as RowLike;
          batch.push({ row: row.number, cells: rowCells(row) });
        }
      }
      if (batch.length > 0) yield batch;
    }
  } catch (err) {
    throw readError(file, err);
  } finally {
    close();
  }
}

/** Which sheet name the option means, given the workbook's sheet names in tab order. */
function wantedSheet(file: string, sheets: string[], wanted: string | number | undefined): string | number {
  if (wanted === undefined) return sheets[0] ?? 1;
  const asIndex = typeof wanted === 'number' ? wanted : /^\d+$/.test(wanted) && !sheets.includes(wanted) ? Number(wanted) : undefined;
  if (asIndex !== undefined) {
    if (sheets.length > 0 && (asIndex < 1 || asIndex > sheets.length)) {
      throw new InputError(`${displayName(file)}: no sheet number ${asIndex}; the workbook has ${sheets.length}: ${sheets.join(', ')}`, file);
    }
    return sheets[asIndex - 1] ?? asIndex;
  }
  if (sheets.length > 0 && !sheets.includes(String(wanted))) {
    throw new InputError(`${displayName(file)}: no sheet named "${wanted}"; sheets: ${sheets.join(', ')}`, file);
  }
  return wanted;
}

async function findSheet(book: BookReader, file: string, wanted: string | number | undefined) {
  const it = book[Symbol.asyncIterator]();
  let target: string | number | undefined;
  let position = 0;
  for (let next = await it.next(); !next.done; next = await it.next()) {
    const sheet = next.value;
    position++;
    const sheets = (book.model?.sheets ?? []).map((s) => s.name);
    target ??= wantedSheet(file, sheets, wanted);
    if (sheet.name === target || position === target) return { sheet, sheets, it };
    // A sheet passed over: exceljs deletes its temporary file when we move on, while the stream it
    // opened on that file may still be opening, and its ENOENT came out as an uncaught exception
    // (9 times in 300 reads of a workbook's second sheet). Nothing of this sheet is read.
    sheet.iterator?.on?.('error', () => undefined);
  }
  if (position === 0) throw new InputError(`${displayName(file)}: a zip archive that is not an .xlsx workbook (no worksheet found)`, file);
  throw new InputError(`${displayName(file)}: sheet ${JSON.stringify(wanted)} not found`, file);
}

async function openBook(src: ByteSource, opts: ReadOptions, input: string | PassThrough): Promise<XlsxInput> {
  // Loaded on demand: exceljs takes a noticeable part of a second to load, and CSV runs never need it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as BookReader & { stream?: { destroy(): void } };
  try {
    const { sheet, sheets, it } = await findSheet(book, src.file, opts.sheet);
    const close = () => {
      void it.return?.();
      book.stream?.destroy();
    };
    return { sheet: sheet.name, sheets, batches: sheetBatches(sheet, src.file, close) };
  } catch (err) {
    book.stream?.destroy();
    throw err;
  }
}

/** Opens the workbook, walks to the wanted sheet and returns its rows as batches. */
export async function openXlsx(src: ByteSource, opts: ReadOptions): Promise<XlsxInput> {
  const bytes = src.onDisk ? undefined : await readAll(src.stream());
  const input = () => (bytes === undefined ? src.file : new PassThrough().end(bytes));
  try {
    return await openBook(src, opts, input());
  } catch (err) {
    if (err instanceof InputError) throw err;
    // exceljs's streaming reader now and then loses xl/workbook.xml when it comes after the sheets
    // (seen once under load in CI: "reading 'sheets'"). The input can be read again, and a workbook
    // that is really broken fails the second time with the same message.
    return openBook(src, opts, input()).catch((again: unknown) => {
      throw readError(src.file, again);
    });
  }
}

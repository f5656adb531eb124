// One interface over the CSV and XLSX outputs of a table, chosen by the file extension.
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { CsvFileWriter, type CsvWriterOptions } from './csv-writer.js';

export interface TableWriter {
  /** A promise when the caller should wait (back-pressure); await works on either. */
  write(row: string[]): Promise<void> | undefined;
  /** CSV only: `count` rows already encoded (csvLine), as one text or its UTF-8 bytes. */
  writeLines?(text: string | Uint8Array, count: number): Promise<void> | undefined;
  close(): Promise<void>;
}

class XlsxFileWriter implements TableWriter {
  private readonly tmp: string;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  constructor(excel: typeof ExcelJS, private readonly path: string, header: string[]) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    // Fixed creation date: the same input must give the same bytes.
    this.workbook = new excel.stream.xlsx.WorkbookWriter({ filename: this.tmp, useStyles: false, useSharedStrings: false });
    this.workbook.created = new Date(0);
    this.workbook.modified = new Date(0);
    this.sheet = this.workbook.addWorksheet('recon');
    this.sheet.addRow(header).commit();
  }

  async write(row: string[]): Promise<void> {
    this.sheet.addRow(row).commit();
  }

  async close(): Promise<void> {
    try {
      this.sheet.commit();
      await this.workbook.commit();
      await rename(this.tmp, this.path);
    } catch (err) {
      await rm(this.tmp, { force: true });
      throw err;
    }
  }
}

/** exceljs is loaded only for an xlsx output: loaded by every run, it took `recon clean` on a small
 *  CSV from 0.73 to 1.0 s and 92 to 104 MB (five runs each). */
export async function openTableWriter(path: string, header: string[], options: CsvWriterOptions = {}): Promise<TableWriter> {
  if (!path.toLowerCase().endsWith('.xlsx')) return new CsvFileWriter(path, header, options);
  const { default: excel } = await import('exceljs');
  return new XlsxFileWriter(excel, path, header);
}

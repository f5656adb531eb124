// Buffered, atomic CSV output: rows are encoded into a text buffer (csvLine: csv-stringify's
// quoting) and flushed in large writes; the file only appears under its final name once complete.
import { createAtomicWriter } from '../io/index.js';
import { csvLine } from './csv-line.js';

const FLUSH_CHARS = 1 << 20;

export interface CsvWriterOptions {
  /** Prefix a UTF-8 BOM so Excel shows non-ASCII text correctly. */
  bom?: boolean;
}

export class CsvFileWriter {
  private readonly out: ReturnType<typeof createAtomicWriter>;
  private buffer: string;
  rows = 0;

  constructor(path: string, header: string[], options: CsvWriterOptions = {}) {
    this.out = createAtomicWriter(path);
    this.buffer = (options.bom ? '\uFEFF' : '') + csvLine(header);
  }

  async write(row: string[]): Promise<void> {
    this.buffer += csvLine(row);
    this.rows++;
    if (this.buffer.length >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    await this.out.write(text);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.out.abort();
  }
}

/** Writes a whole table at once. */
export async function writeCsv(path: string, header: string[], rows: Iterable<string[]>, options?: CsvWriterOptions): Promise<number> {
  const w = new CsvFileWriter(path, header, options);
  for (const r of rows) await w.write(r);
  await w.close();
  return w.rows;
}

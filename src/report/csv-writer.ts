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

  /** Buffers the row; returns a promise only when the buffer went to the file and the caller should
   * wait for it (no promise per row: the output stage writes millions of them). */
  write(row: string[]): Promise<void> | undefined {
    return this.writeLine(csvLine(row));
  }

  /** An already encoded line (csvLine). */
  writeLine(line: string): Promise<void> | undefined {
    this.buffer += line;
    this.rows++;
    return this.buffer.length >= FLUSH_CHARS ? this.flush() : undefined;
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

// Buffered, atomic CSV output: rows are stringified in batches (csv-stringify) and the file only
// appears under its final name once complete.
import { stringify } from 'csv-stringify/sync';
import { createAtomicWriter } from '../io/index.js';

const BATCH_ROWS = 2000;

export interface CsvWriterOptions {
  /** Prefix a UTF-8 BOM so Excel shows non-ASCII text correctly. */
  bom?: boolean;
}

export class CsvFileWriter {
  private readonly out: ReturnType<typeof createAtomicWriter>;
  private batch: string[][] = [];
  rows = 0;

  constructor(path: string, header: string[], options: CsvWriterOptions = {}) {
    this.out = createAtomicWriter(path);
    this.batch.push(header);
    if (options.bom) void this.out.write('\uFEFF');
  }

  async write(row: string[]): Promise<void> {
    this.batch.push(row);
    this.rows++;
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const text = stringify(this.batch);
    this.batch = [];
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

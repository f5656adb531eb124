// Buffered, atomic CSV output: rows are encoded into a text buffer (csvLine: csv-stringify's
// quoting) and flushed in large writes; the file only appears under its final name once complete.
import { BufferedFileWriter } from './buffered-writer.js';
import { csvLine } from './csv-line.js';
import type { Utf8Sink } from './utf8-sink.js';

export interface CsvWriterOptions {
  /** Prefix a UTF-8 BOM so Excel shows non-ASCII text correctly. */
  bom?: boolean;
}

export class CsvFileWriter {
  private readonly out: BufferedFileWriter;
  rows = 0;

  constructor(path: string, header: string[], options: CsvWriterOptions = {}) {
    this.out = new BufferedFileWriter(path, (options.bom ? '\uFEFF' : '') + csvLine(header));
  }

  /** Buffers the row; a promise only when the caller should wait (see BufferedFileWriter.write). */
  write(row: string[]): Promise<void> | undefined {
    return this.writeLine(csvLine(row));
  }

  /** An already encoded line (csvLine). */
  writeLine(line: string): Promise<void> | undefined {
    return this.writeLines(line, 1);
  }

  /** One line written in pieces straight into the buffer (at most `maxBytes` of them) by `fill`. */
  writeInto(maxBytes: number, fill: (sink: Utf8Sink) => void): Promise<void> | undefined {
    const { sink, wait } = this.out.reserve(maxBytes);
    fill(sink);
    this.rows++;
    return wait;
  }

  /** `count` lines already encoded (csvLine), as one text or its UTF-8 bytes. */
  writeLines(text: string | Uint8Array, count: number): Promise<void> | undefined {
    this.rows += count;
    return typeof text === 'string' ? this.out.write(text) : this.out.writeBytes(text);
  }

  close(): Promise<void> {
    return this.out.close();
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}

/** Writes a whole table at once. */
export async function writeCsv(path: string, header: string[], rows: Iterable<string[]>, options?: CsvWriterOptions): Promise<number> {
  const w = new CsvFileWriter(path, header, options);
  for (const r of rows) await w.write(r);
  await w.close();
  return w.rows;
}

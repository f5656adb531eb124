// Buffered, atomic CSV output: rows are encoded into a text buffer (csvLine: csv-stringify's
// quoting) and flushed in large writes; the file only appears under its final name once complete.
import { BufferedFileWriter } from './buffered-writer.js';
import { csvLine, writeCsvLine } from './csv-line.js';
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

  /** Buffers the row, its cells encoded straight into the buffer (writeCsvLine: no line string);
   *  a promise only when the caller should wait (see BufferedFileWriter.write). */
  write(row: readonly string[]): Promise<void> | undefined {
    let max = 1;
    for (let i = 0; i < row.length; i++) max += 6 * row[i]!.length + 3; // quoted, quotes doubled, 3 bytes a unit
    const { sink, wait } = this.out.reserve(max);
    writeCsvLine(sink, row);
    this.rows++;
    return wait;
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

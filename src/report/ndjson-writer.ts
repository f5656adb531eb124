// Atomic newline-delimited JSON output, buffered: one object per line, keys in insertion order.
import { createAtomicWriter } from '../io/index.js';

const FLUSH_CHARS = 1 << 20;

export class NdjsonFileWriter {
  private readonly out: ReturnType<typeof createAtomicWriter>;
  private buffer = '';
  lines = 0;

  constructor(path: string) {
    this.out = createAtomicWriter(path);
  }

  /** Buffers the line; a promise only when the buffer went to the file (see CsvFileWriter.write). */
  write(obj: unknown): Promise<void> | undefined {
    return this.writeLine(JSON.stringify(obj));
  }

  /** A line already in JSON (a hot caller may build it without the object). */
  writeLine(json: string): Promise<void> | undefined {
    this.buffer += json + '\n';
    this.lines++;
    if (this.buffer.length < FLUSH_CHARS) return undefined;
    const text = this.buffer;
    this.buffer = '';
    return this.out.write(text) ?? undefined;
  }

  async close(): Promise<void> {
    if (this.buffer) await this.out.write(this.buffer);
    this.buffer = '';
    await this.out.commit();
  }
}

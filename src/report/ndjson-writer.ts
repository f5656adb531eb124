// Atomic newline-delimited JSON output, buffered: one object per line, keys in insertion order.
import { BufferedFileWriter } from './buffered-writer.js';
import type { Utf8Sink } from './utf8-sink.js';

export class NdjsonFileWriter {
  private readonly out: BufferedFileWriter;
  lines = 0;

  constructor(path: string) {
    this.out = new BufferedFileWriter(path);
  }

  /** Buffers the line; a promise only when the caller should wait (see BufferedFileWriter.write). */
  write(obj: unknown): Promise<void> | undefined {
    return this.writeLine(JSON.stringify(obj));
  }

  /** A line already in JSON (a hot caller may build it without the object). */
  writeLine(json: string): Promise<void> | undefined {
    return this.writeLines(json + '\n', 1);
  }

  /** One line (its newline included) written in pieces straight into the buffer by `fill`;
   *  `maxBytes` is what it may take (a hint: the buffer grows if it takes more). */
  writeInto(maxBytes: number, fill: (sink: Utf8Sink) => void): Promise<void> | undefined {
    const { sink, wait } = this.out.reserve(maxBytes);
    fill(sink);
    this.lines++;
    return wait;
  }

  /** `count` lines already in JSON, each ending in a newline, as one text or its UTF-8 bytes. */
  writeLines(text: string | Uint8Array, count: number): Promise<void> | undefined {
    this.lines += count;
    return typeof text === 'string' ? this.out.write(text) : this.out.writeBytes(text);
  }

  close(): Promise<void> {
    return this.out.close();
  }
}

// Text buffered into large writes to an atomic file: the CSV and NDJSON writers share it.
import { createAtomicWriter } from '../io/index.js';

const FLUSH_CHARS = 1 << 20;

export class BufferedFileWriter {
  private readonly out: ReturnType<typeof createAtomicWriter>;
  private buffer: string;

  constructor(path: string, start = '') {
    this.out = createAtomicWriter(path);
    this.buffer = start;
  }

  /** Buffers the text; returns a promise only when the buffer went to the file and the caller should
   * wait for it (no promise per line: the output stage writes millions of them). */
  write(text: string): Promise<void> | undefined {
    this.buffer += text;
    return this.buffer.length >= FLUSH_CHARS ? this.flush() : undefined;
  }

  /** Text already encoded as UTF-8 (by a worker): written after what is buffered, as it is. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    await this.out.write(bytes);
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

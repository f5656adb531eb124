// Text buffered into large writes to an atomic file: the CSV and NDJSON writers share it. Lines are
// encoded to UTF-8 as they come, into a 1 MB buffer that goes to the file when full: concatenating
// them into a string and encoding that at flush time copied every byte twice more (a million-row
// dedupe writes 800 MB of outputs).
import { createAtomicWriter } from '../io/index.js';
import { Utf8Sink } from './utf8-sink.js';

const CHUNK_BYTES = 1 << 20;

export class BufferedFileWriter {
  private readonly out: ReturnType<typeof createAtomicWriter>;
  private sink = new Utf8Sink(CHUNK_BYTES);

  constructor(path: string, start = '') {
    this.out = createAtomicWriter(path);
    if (start) this.write(start);
  }

  /** Buffers the text; returns a promise only when a full buffer went to the file and the caller
   * should wait for it (no promise per line: the output stage writes millions of them). Everything
   * reaches the stream in call order, whether or not the caller waits. */
  write(text: string): Promise<void> | undefined {
    if (this.sink.fits(text)) {
      this.sink.write(text);
      return undefined;
    }
    const waits = [this.flush()];
    if (this.sink.fits(text)) this.sink.write(text);
    else waits.push(this.out.write(text) ?? undefined); // larger than a whole chunk
    return settle(waits);
  }

  /** The buffer, with room for `bytes` more (the full one handed to the file first), for a caller
   *  that writes a line in pieces (text and bytes already UTF-8); `wait` is the back-pressure wait. */
  reserve(bytes: number): { sink: Utf8Sink; wait?: Promise<void> } {
    if (this.sink.byteLength + bytes <= CHUNK_BYTES) return { sink: this.sink };
    const wait = this.flush(); // this.sink is a new, empty one afterwards
    return { sink: this.sink, wait };
  }

  /** Text already encoded as UTF-8 (by a worker): written after what is buffered, as it is. */
  writeBytes(bytes: Uint8Array): Promise<void> | undefined {
    return settle([this.flush(), this.out.write(bytes) ?? undefined]);
  }

  /** Hands the buffered bytes to the stream (which keeps them until written) and starts a new buffer. */
  private flush(): Promise<void> | undefined {
    if (this.sink.byteLength === 0) return undefined;
    const chunk = this.sink.bytes();
    this.sink = new Utf8Sink(CHUNK_BYTES);
    return this.out.write(chunk) ?? undefined;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.out.abort();
  }
}

/** One promise for the back-pressure waits among `waits`, or undefined when there are none. */
function settle(waits: Array<Promise<void> | undefined>): Promise<void> | undefined {
  const real = waits.filter((w): w is Promise<void> => w !== undefined);
  return real.length === 0 ? undefined : Promise.all(real).then(() => undefined);
}

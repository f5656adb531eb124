// Text encoded to UTF-8 as it is written, into one growing buffer: building a batch's lines as one
// string and encoding it at the end cost twice as much (the joined string is copied, then encoded).
// The buffer is not from Node's shared pool, so it can be handed to another thread without a copy.
export class Utf8Sink {
  private buf: Buffer;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  /** Whether `text` goes in without the buffer growing (a UTF-16 code unit takes at most 3 bytes). */
  fits(text: string): boolean {
    return this.length + 3 * text.length <= this.buf.length;
  }

  get byteLength(): number {
    return this.length;
  }

  write(text: string): void {
    this.ensure(3 * text.length);
    this.length += this.buf.write(text, this.length, 'utf8');
  }

  /** Room for `bytes` more, the buffer at least doubled when it grows. */
  private ensure(bytes: number): void {
    if (this.length + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.length + bytes));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  /** Bytes already UTF-8 (from a packed record), copied in as they are. */
  append(src: Uint8Array, start: number, end: number): void {
    this.ensure(end - start);
    this.buf.set(src.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** One byte (an ASCII character's code). */
  appendByte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }

  /** What was written; the sink must not be written to afterwards. */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}


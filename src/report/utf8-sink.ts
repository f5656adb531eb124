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
    if (!this.fits(text)) {
      const room = this.length + 3 * text.length;
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, room));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += this.buf.write(text, this.length, 'utf8');
  }

  /** Bytes already UTF-8 (from a packed record), copied in as they are. */
  append(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.length + n));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.buf.set(src.subarray(start, end), this.length);
    this.length += n;
  }

  /** One byte (an ASCII character's code). */
  appendByte(b: number): void {
    if (this.length === this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(2 * this.buf.length);
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.buf[this.length++] = b;
  }

  /** What was written; the sink must not be written to afterwards. */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}


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
    this.length += encodeInto(this.buf, text, this.length);
  }

  /** Room for `bytes` more, the buffer at least doubled when it grows. */
  private ensure(bytes: number): void {
    if (this.length + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.length + bytes));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  /** Bytes already UTF-8 (a packed record's, a line's fixed parts encoded once), copied in as they
   *  are. A whole array by a native copy, even a short one (an audit line's fixed parts: 700 → 490 ns
   *  a change line); a short part of one by hand, where a view and a native copy would cost more. */
  append(src: Uint8Array, start = 0, end = src.length): void {
    const n = end - start;
    this.ensure(n);
    if (start === 0 && end === src.length) this.buf.set(src, this.length);
    else if (n > 64) this.buf.set(src.subarray(start, end), this.length);
    else for (let i = 0, at = this.length; i < n; i++) this.buf[at + i] = src[start + i]!;
    this.length += n;
  }

  /**
   * `text` encoded here, a code unit at a time: for the short strings of a record's cells this beats
   * a native call per string (Buffer.write), and the line they go into is never built as a string.
   * The same bytes as Buffer.from(text): a lone surrogate becomes U+FFFD.
   */
  text(text: string): void {
    const n = text.length;
    if (n > LONG_TEXT) return this.write(text);
    this.ensure(3 * n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) buf[at++] = c;
      else {
        at = this.encodeWide(text, i, c, at, false);
        i += this.pairStep;
      }
    }
    this.length = at;
  }

  /** JSON.stringify(text), encoded, without making that string: the same bytes. */
  jsonString(text: string): void {
    const n = text.length;
    if (n > LONG_TEXT && !JSON_ESCAPED.test(text)) {
      // Nothing to escape: the text as it is, by the native encoder (as text() takes long strings).
      this.ensure(3 * n + 2);
      this.buf[this.length++] = 0x22;
      this.length += encodeInto(this.buf, text, this.length);
      this.buf[this.length++] = 0x22;
      return;
    }
    this.ensure(6 * n + 2); // \u001f: six bytes for one code unit at most
    const buf = this.buf;
    let at = this.length;
    buf[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) buf[at++] = c;
      else if (c < 0x80) at = escapeAscii(buf, at, c);
      else {
        at = this.encodeWide(text, i, c, at, true);
        i += this.pairStep;
      }
    }
    buf[at++] = 0x22;
    this.length = at;
  }

  /** Set by encodeWide: 1 when it took a surrogate pair (two code units), else 0. */
  private pairStep = 0;

  /** The code unit c (>= 0x80) at text[i], encoded at `at`; a lone surrogate as U+FFFD, or in JSON as
   *  the \udxxx escape JSON.stringify gives it. Returns the next position. */
  private encodeWide(text: string, i: number, c: number, at: number, json: boolean): number {
    const buf = this.buf;
    this.pairStep = 0;
    if (c < 0x800) {
      buf[at++] = 0xc0 | (c >> 6);
      buf[at++] = 0x80 | (c & 0x3f);
      return at;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = text.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[at++] = 0xf0 | (cp >> 18);
        buf[at++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[at++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[at++] = 0x80 | (cp & 0x3f);
        this.pairStep = 1;
        return at;
      }
      if (json) return writeUnicodeEscape(buf, at, c);
      c = 0xfffd;
    }
    buf[at++] = 0xe0 | (c >> 12);
    buf[at++] = 0x80 | ((c >> 6) & 0x3f);
    buf[at++] = 0x80 | (c & 0x3f);
    return at;
  }

  /** A non-negative integer's decimal digits. */
  digits(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) return this.text(String(n));
    let width = 1;
    for (let p = 10; p <= n; p *= 10) width++;
    this.ensure(width);
    for (let at = this.length + width - 1; at >= this.length; at--, n = Math.floor(n / 10)) this.buf[at] = 0x30 + (n % 10);
    this.length += width;
  }

  /** One byte (an ASCII character's code). */
  appendByte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }

  /** The buffer, with room for `bytes` more from byteLength on: for a writer that puts bytes there
   *  itself (a loop over bytes it reads anyway), then says where they end with commit(). */
  reserve(bytes: number): Uint8Array {
    this.ensure(bytes);
    return this.buf;
  }

  /** Takes the bytes a writer put after reserve(), up to `end`. */
  commit(end: number): void {
    if (end >= this.length && end <= this.buf.length) this.length = end;
  }

  /** Drops what was written past `byteLength` (a part written before the writer changed its mind). */
  rewind(byteLength: number): void {
    if (byteLength >= 0 && byteLength < this.length) this.length = byteLength;
  }

  /** What was written; the sink must not be written to afterwards. */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}

/** Longer strings go to the native encoder, whose loop wins once the call is paid for: over the
 *  cells of 100k standardized bench rows, 8 took text() from 150-190 to 100-136 ns a cell (base and
 *  new alternating); 0, 16 and 32 gained little. */
const LONG_TEXT = 8;

type Utf8Writer = Buffer & { utf8Write(text: string, offset: number): number };
/** Node's own encoder behind buf.write(text, offset, 'utf8'), without its argument checks; falls
 *  back to write() where a Node lacks it. Returns the bytes written. */
const encodeInto: (buf: Buffer, text: string, offset: number) => number =
  typeof (Buffer.prototype as Partial<Utf8Writer>).utf8Write === 'function'
    ? (buf, text, offset) => (buf as Utf8Writer).utf8Write(text, offset)
    : (buf, text, offset) => buf.write(text, offset, 'utf8');

/** What JSON.stringify escapes (a quote, a backslash, a control character, a lone surrogate), and
 *  surrogate pairs with them, which are rare enough to go the long way. */
const JSON_ESCAPED = /["\\\x00-\x1f\ud800-\udfff]/;

const HEX = '0123456789abcdef';
/** JSON.stringify's short escapes. */
const SHORT_ESCAPES: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };

/** An ASCII code that JSON escapes (a quote, a backslash or a control character). */
function escapeAscii(buf: Uint8Array, at: number, c: number): number {
  const short = SHORT_ESCAPES[c];
  if (short === undefined) return writeUnicodeEscape(buf, at, c);
  buf[at++] = 0x5c;
  buf[at++] = short;
  return at;
}

/** \uxxxx, in lower-case hex as JSON.stringify writes it. */
function writeUnicodeEscape(buf: Uint8Array, at: number, c: number): number {
  buf[at++] = 0x5c;
  buf[at++] = 0x75;
  for (let shift = 12; shift >= 0; shift -= 4) buf[at++] = HEX.charCodeAt((c >> shift) & 0xf);
  return at;
}

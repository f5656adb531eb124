// Text encoding detection from the first bytes: BOM, UTF-16 by NUL-byte pattern, valid UTF-8,
// GBK/GB18030 by the shape of its double-byte pairs, Windows-1252 as the last resort.
// (chardet is not used: on short GBK samples it often answers a Cyrillic or Latin code page.)
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError, displayName } from './errors.js';
import { notTextError } from './detect.js';

export interface EncodingGuess {
  /** Canonical lower-case name: utf-8, utf-16le, utf-16be, gb18030, windows-1252, or the override. */
  encoding: string;
  bom: boolean;
  /** Bytes of BOM at the start of the input. */
  bomLength: number;
}

const SAMPLE = 4096;

function bomOf(head: Buffer): EncodingGuess | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true, bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true, bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true, bomLength: 2 };
  return undefined;
}

/** UTF-16 without BOM: ASCII-range characters put a NUL in every other byte. */
function utf16ByNuls(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(head.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.25 && even < pairs * 0.02) return 'utf-16le';
  if (even > pairs * 0.25 && odd < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, CR, LF, FF, ESC and Ctrl-Z mean binary data. */
function looksBinary(head: Buffer): boolean {
  const n = Math.min(head.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27 && b !== 26) || b === 0x7f) control++;
  }
  return control > Math.max(2, n * 0.01);
}

/** Drops a multi-byte UTF-8 sequence cut off by the end of the head. */
function trimPartialUtf8(head: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, head.length); back++) {
    const b = head[head.length - back]!;
    if (b < 0x80) return head;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? head.subarray(0, head.length - back) : head;
    }
  }
  return head;
}

/**
 * Share of high-byte pairs that fall in the GB2312 hanzi zone (both bytes A1-FE). Chinese GBK text
 * is nearly all such pairs; Western Windows-1252 text has lone accented bytes next to ASCII letters.
 */
function gbPairShare(head: Buffer): number {
  let gb = 0;
  let other = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x80) continue;
    const t = head[i + 1];
    if (t === undefined) break;
    if (b >= 0xa1 && b <= 0xfe && t >= 0xa1 && t <= 0xfe) gb++;
    else if (b >= 0x81 && b <= 0xfe && t >= 0x30 && t !== 0x7f && t !== 0xff) other++;
    else {
      other++;
      continue;
    }
    i++;
  }
  const total = gb + other;
  return total === 0 ? 0 : gb / total;
}

/** Normalises a user-given encoding name; throws InputError when iconv-lite does not know it. */
export function normalizeEncoding(file: string, name: string): string {
  const lower = name.trim().toLowerCase();
  const canonical = lower === 'utf8' ? 'utf-8' : lower === 'utf16le' || lower === 'ucs2' ? 'utf-16le' : lower === 'utf16be' ? 'utf-16be' : lower;
  if (!iconv.encodingExists(canonical)) {
    throw new InputError(`${displayName(file)}: unknown encoding "${name}" (try utf-8, utf-16le, gb18030, windows-1252)`, file);
  }
  return canonical;
}

/** Guesses the encoding of text from its head; throws InputError for binary data. */
export function detectEncoding(file: string, head: Buffer, complete: boolean, override?: string): EncodingGuess {
  const bom = bomOf(head);
  if (override) {
    const encoding = normalizeEncoding(file, override);
    const bomMatches = bom && (bom.encoding === encoding || (encoding.startsWith('utf-16') && bom.encoding.startsWith('utf-16')));
    return bomMatches ? { ...bom, encoding } : { encoding, bom: false, bomLength: 0 };
  }
  if (bom) return bom;
  const utf16 = utf16ByNuls(head);
  if (utf16) return { encoding: utf16, bom: false, bomLength: 0 };
  if (looksBinary(head)) throw notTextError(file, 'binary data');
  if (isUtf8(complete ? head : trimPartialUtf8(head))) return { encoding: 'utf-8', bom: false, bomLength: 0 };
  const encoding = gbPairShare(head) >= 0.6 ? 'gb18030' : 'windows-1252';
  return { encoding, bom: false, bomLength: 0 };
}

/** Decodes the head for sniffing (without BOM); a character cut at the end may be garbled. */
export function decodeHead(head: Buffer, guess: EncodingGuess): string {
  const body = head.subarray(guess.bomLength);
  if (guess.encoding === 'utf-8') return body.toString('utf8');
  return iconv.decode(body, guess.encoding, { stripBOM: true });
}

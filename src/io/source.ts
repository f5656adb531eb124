// Opens the bytes of an input (a file, stdin, or any readable stream) and peeks at its first bytes,
// so format, encoding and dialect can be sniffed before the stream is parsed from byte 0.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fsError } from './errors.js';

/** How many bytes sniffing looks at. */
export const HEAD_BYTES = 64 * 1024;
const READ_CHUNK = 256 * 1024;

export interface ByteSource {
  /** Path as given ('-' for stdin). */
  file: string;
  /** The first HEAD_BYTES bytes (or the whole input when shorter). */
  head: Buffer;
  /** True when head holds the whole input. */
  complete: boolean;
  /** True for a file on disk (readers that need random access may open `file` themselves). */
  onDisk: boolean;
  /** The whole input from byte 0; call once. */
  stream(): Readable;
}

async function readFileHead(path: string): Promise<{ head: Buffer; size: number }> {
  const fh = await open(path, 'r');
  try {
    const stat = await fh.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return { head: buf.subarray(0, bytesRead), size: stat.size };
  } finally {
    await fh.close();
  }
}

/** A file on disk: the head is read with one positioned read, the stream reopens the file. */
export async function fileSource(path: string): Promise<ByteSource> {
  let head: Buffer;
  let size: number;
  try {
    ({ head, size } = await readFileHead(path));
  } catch (err) {
    throw fsError(path, err);
  }
  return {
    file: path,
    head,
    complete: head.length >= size,
    onDisk: true,
    stream: () => createReadStream(path, { highWaterMark: READ_CHUNK }),
  };
}

/** Any readable byte stream (stdin): chunks are pulled until the head is full, then replayed. */
export async function streamSource(file: string, input: NodeJS.ReadableStream): Promise<ByteSource> {
  const it = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    peeked.push(chunk);
    size += chunk.length;
  }
  const all = Buffer.concat(peeked);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* peeked;
    if (ended) return;
    for (let next = await it.next(); !next.done; next = await it.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return {
    file,
    head: all.subarray(0, HEAD_BYTES),
    complete: ended && all.length <= HEAD_BYTES,
    onDisk: false,
    stream: () => Readable.from(replay(), { objectMode: false }),
  };
}

/** Reads a whole stream into memory (xlsx on stdin: the zip directory sits at the end). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

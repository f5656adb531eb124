// Delimited text (CSV, TSV, semicolon, pipe) in any supported encoding → raw record batches.
import { pipeline, type Readable, type Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { CsvError, LineNumberedParser } from './csv-records.js';
import { FastCsvReader, fastDialect } from './csv-fast.js';
import type { RawRow } from '../types.js';
import { decodeHead, detectEncoding, type EncodingGuess } from './encoding.js';
import { InputError, displayName, fsError } from './errors.js';
import { RECORD_DELIMITERS, sniffDialect, type Dialect } from './sniff.js';
import type { ByteSource } from './source.js';
import type { ReadOptions, RecordBatches } from './types.js';
import { wordTable } from '../word-table.js';

/** Longest record accepted: beyond this an unclosed quote is the likely cause. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface CsvInput {
  guess: EncodingGuess;
  dialect: Dialect;
  batches: RecordBatches;
}

const DELIMITER_NAMES = wordTable({ tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' });

export function normalizeDelimiter(file: string, d: string): string {
  const delimiter = DELIMITER_NAMES[d.toLowerCase()] ?? d;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new InputError(`${displayName(file)}: delimiter must be one character (or "tab"), got "${d}"`, file);
  }
  return delimiter;
}

function parseError(file: string, err: unknown, row: number): Error {
  if (err instanceof InputError) return err;
  const name = displayName(file);
  if (err instanceof CsvError) {
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      return new InputError(`${name}: row ${row}: a quote opened in this row is never closed (the rest of the file would be one field)`, file, row);
    }
    if (err.code === 'CSV_MAX_RECORD_SIZE') {
      return new InputError(`${name}: row ${row}: record longer than ${MAX_RECORD_CHARS} characters, probably an unclosed quote`, file, row);
    }
    return new InputError(`${name}: row ${row}: ${err.message}`, file, row);
  }
  if ((err as NodeJS.ErrnoException).code) return fsError(file, err);
  return err as Error;
}

async function* checkedBatches(batches: AsyncIterable<RawRow[]>, file: string, errorLine: () => number): AsyncGenerator<RawRow[]> {
  try {
    yield* batches;
  } catch (err) {
    throw parseError(file, err, errorLine());
  }
}

/** Sniffs encoding and dialect from the head, then starts the streaming parse from byte 0. */
export function openCsv(src: ByteSource, opts: ReadOptions): CsvInput {
  const guess = detectEncoding(src.file, src.head, src.complete, opts.encoding);
  const text = decodeHead(src.head, guess);
  if (src.complete && text.trim() === '') throw new InputError(`${displayName(src.file)}: empty file`, src.file);
  const delimiter = opts.delimiter ? normalizeDelimiter(src.file, opts.delimiter) : undefined;
  const dialect = sniffDialect(text, src.complete, { delimiter });
  const utf8 = guess.encoding === 'utf-8';
  const options = {
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    escape: dialect.quote,
    record_delimiter: RECORD_DELIMITERS,
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    bom: utf8,
  };
  if (utf8 && fastDialect(dialect.delimiter, dialect.quote)) {
    const reader = new FastCsvReader(options);
    const batches = reader.batches(src.stream() as AsyncIterable<Buffer>);
    return { guess, dialect, batches: checkedBatches(batches, src.file, () => reader.errorLine) };
  }
  const parser = new LineNumberedParser(options);
  const input: Readable = src.stream();
  const stages: Array<Readable | Transform> = utf8 ? [input] : [input, iconv.decodeStream(guess.encoding) as unknown as Transform];
  // pipeline forwards a read error to the parser, whose iterator then throws it.
  pipeline([...stages, parser], () => undefined);
  return { guess, dialect, batches: checkedBatches(parser as AsyncIterable<RawRow[]>, src.file, () => parser.nextStart) };
}

// FastCsvReader against csv-parse (LineNumberedParser, with the options openCsv gives both): on any
// text, cut into chunks anywhere (inside a UTF-8 character, between CR and LF, after a quote), the
// same records with the same row numbers, and the same error at the same line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FastCsvReader, fastDialect } from '../../src/io/csv-fast.js';
import { LineNumberedParser } from '../../src/io/csv-records.js';
import { RECORD_DELIMITERS } from '../../src/io/sniff.js';
import type { RawRow } from '../../src/types.js';

interface Outcome {
  rows: RawRow[];
  error?: { code: string; line: number };
}

const optionsFor = (delimiter: string, quote: string, maxRecord = 16 * 1024 * 1024) => ({
  delimiter,
  quote,
  escape: quote,
  record_delimiter: RECORD_DELIMITERS,
  relax_quotes: true,
  relax_column_count: true,
  max_record_size: maxRecord,
  bom: true,
});

async function* chunksOf(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    if (cut > at) yield bytes.subarray(at, cut);
    at = Math.max(at, cut);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

const codeOf = (err: unknown) => (err as { code?: string }).code ?? String(err);

async function viaFast(bytes: Buffer, cuts: number[], options: ReturnType<typeof optionsFor>): Promise<Outcome> {
  const reader = new FastCsvReader(options);
  const rows: RawRow[] = [];
  try {
    for await (const batch of reader.batches(chunksOf(bytes, cuts))) rows.push(...batch);
  } catch (err) {
    return { rows, error: { code: codeOf(err), line: reader.errorLine } };
  }
  return { rows };
}

async function viaCsvParse(bytes: Buffer, options: ReturnType<typeof optionsFor>): Promise<Outcome> {
  const parser = new LineNumberedParser(options);
  pipeline(Readable.from([bytes]), parser, () => undefined);
  const rows: RawRow[] = [];
  try {
    for await (const batch of parser as AsyncIterable<RawRow[]>) rows.push(...batch);
  } catch (err) {
    return { rows, error: { code: codeOf(err), line: parser.nextStart } };
  }
  return { rows };
}

const PIECES = ['a', 'b', ' ', ',', ';', '\t', '"', '""', "'", '\n', '\r', '\r\n', '张', '😀', 'é', '\uFEFF'];

describe('FastCsvReader reads what csv-parse reads', () => {
  it('on arbitrary text in arbitrary chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join('')),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('"', "'"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (text, delimiter, quote, bom, cuts) => {
          const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
          const options = optionsFor(delimiter, quote);
          // Rows before an error: csv-parse drops those of the chunk that failed, this reader has
          // handed them on; either way the read fails, at the same line.
          const [fast, reference] = [await viaFast(bytes, cuts, options), await viaCsvParse(bytes, options)];
          if (fast.error || reference.error) expect(fast.error).toEqual(reference.error);
          else expect(fast).toEqual(reference);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on well-formed tables with quoted cells, where it reads every record itself', async () => {
    const cell = fc.array(fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '张'), { maxLength: 6 }).map((c) => c.join(''));
    const quoted = (c: string) => (/[",\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replaceAll('"', '""')}"` : c);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (table, eol, cuts) => {
          const bytes = Buffer.from(table.map((r) => r.map(quoted).join(',')).join(eol));
          const options = optionsFor(',', '"');
          const fast = await viaFast(bytes, cuts, options);
          expect(fast).toEqual(await viaCsvParse(bytes, options));
          expect(fast.error).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hands the rest of the file to csv-parse at the first record it does not read, numbering on', async () => {
    const text = 'id,name\n1,"a\nb"\n2,"x"y\n3,z\n\n4,"w"\n';
    const options = optionsFor(',', '"');
    const fast = await viaFast(Buffer.from(text), [], options);
    expect(fast).toEqual(await viaCsvParse(Buffer.from(text), options));
    expect(fast.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, 'id', 'name'],
      [2, '1', 'a\nb'],
      [3, '2', '"x"y'],
      [4, '3', 'z'],
      [5, ''],
      [6, '4', 'w'],
    ]);
  });

  it('reports a quote never closed at the line where it opened', async () => {
    const text = 'id,name\n1,a\n\n2,"b\nc\n3,d\n';
    const fast = await viaFast(Buffer.from(text), [5, 17], optionsFor(',', '"'));
    expect(fast.error).toEqual({ code: 'CSV_QUOTE_NOT_CLOSED', line: 4 });
    expect(fast.rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('leaves a record longer than a megabyte to csv-parse and its size limit', async () => {
    const text = `a,b\n1,"${'x'.repeat(1.5 * 2 ** 20)}"\n2,c\n`;
    const options = optionsFor(',', '"', 2 ** 20);
    const fast = await viaFast(Buffer.from(text), [100, 70_000, 1_000_000], options);
    expect(fast.error).toEqual({ code: 'CSV_MAX_RECORD_SIZE', line: 2 });
    expect(fast.error).toEqual((await viaCsvParse(Buffer.from(text), options)).error);
    const within = await viaFast(Buffer.from(text), [100, 70_000, 1_000_000], optionsFor(',', '"', 2 ** 21));
    expect(within.rows.map((r) => r.cells[1]!.length)).toEqual([1, 1.5 * 2 ** 20, 1]);
  });

  it('reads the UTF-8 CSV fixtures exactly as csv-parse does', async () => {
    const dir = join(__dirname, '..', '..', 'fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.includes('gbk'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      const options = optionsFor(',', '"');
      const fast = await viaFast(bytes, [4096, 9000], options);
      expect(fast.rows.length).toBeGreaterThan(10);
      expect(fast, f).toEqual(await viaCsvParse(bytes, options));
    }
  });

  it('takes only one-byte delimiters and quotes that are not line breaks', () => {
    expect(fastDialect(',', '"')).toBe(true);
    expect(fastDialect('\t', "'")).toBe(true);
    expect(fastDialect('；', '"')).toBe(false);
    expect(fastDialect(',', ',')).toBe(false);
    expect(fastDialect('\n', '"')).toBe(false);
  });
});

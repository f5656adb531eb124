// openTable: one entry point for every input (file, stdin, stream), CSV-like text or xlsx.
import type { ByteSource } from './source.js';
import { fileSource, streamSource } from './source.js';
import { detectKind } from './detect.js';
import { openCsv } from './csv.js';
import { openXlsx } from './xlsx.js';
import { assembleTable } from './table.js';
import type { OpenedTable, ReadOptions, RejectSink, TableMeta } from './types.js';

async function openSource(src: ByteSource, opts: ReadOptions, onReject?: RejectSink): Promise<OpenedTable> {
  if (detectKind(src.file, src.head) === 'xlsx') {
    const x = await openXlsx(src, opts);
    const t = await assembleTable(x.batches, { file: src.file, joiner: '\t', opts, onReject, where: `sheet "${x.sheet}"` });
    const meta: TableMeta = {
      file: src.file,
      format: 'xlsx',
      sheet: x.sheet,
      sheets: x.sheets,
      headerRow: t.headerRow,
      header: t.header,
      problems: t.problems,
    };
    return { meta, rows: t.rows, stats: t.stats };
  }
  const c = openCsv(src, opts);
  const t = await assembleTable(c.batches, { file: src.file, joiner: c.dialect.delimiter, opts, onReject });
  const meta: TableMeta = {
    file: src.file,
    format: 'csv',
    encoding: c.guess.encoding,
    bom: c.guess.bom,
    delimiter: c.dialect.delimiter,
    quote: c.dialect.quote,
    lineEnding: c.dialect.lineEnding,
    headerRow: t.headerRow,
    header: t.header,
    problems: t.problems,
  };
  return { meta, rows: t.rows, stats: t.stats };
}

/**
 * Opens a CSV/TSV/xlsx export: detects format, encoding, dialect and header, and returns the header
 * with a stream of data rows. Path '-' reads stdin. Unusable input throws InputError; rows wider
 * than the header go to onReject and reading carries on.
 */
export async function openTable(path: string, opts: ReadOptions = {}, onReject?: RejectSink): Promise<OpenedTable> {
  const src = path === '-' ? await streamSource('-', process.stdin) : await fileSource(path);
  return openSource(src, opts, onReject);
}

/** Same as openTable for any readable byte stream (an upload, a pipe); `name` is used in messages. */
export async function openTableFromStream(
  name: string,
  input: NodeJS.ReadableStream,
  opts: ReadOptions = {},
  onReject?: RejectSink,
): Promise<OpenedTable> {
  return openSource(await streamSource(name, input), opts, onReject);
}

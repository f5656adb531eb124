// Recognises what kind of file an input is from its first bytes (magic numbers), before any decoding:
// an xlsx workbook, a legacy .xls, a known binary format, or (by elimination) text.
import { InputError, displayName } from './errors.js';

export type FileKind = 'xlsx' | 'text';

const XLS_ADVICE =
  'save it as .xlsx or "CSV UTF-8" in Excel, or run: libreoffice --headless --convert-to xlsx FILE';

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20]],
];

function startsWith(head: Buffer, bytes: number[]): boolean {
  if (head.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[i] !== bytes[i]) return false;
  return true;
}

export function notTextError(file: string, what: string): InputError {
  return new InputError(
    `${displayName(file)}: not a text file (${what}); expected CSV/TSV text or an .xlsx workbook`,
    file,
  );
}

/** Classifies the input by magic bytes; throws InputError for formats recon cannot read. */
export function detectKind(file: string, head: Buffer): FileKind {
  if (head.length === 0) throw new InputError(`${displayName(file)}: empty file`, file);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return 'xlsx';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError(
      `${displayName(file)}: legacy Excel .xls (or other OLE) file, which recon cannot read: ${XLS_ADVICE.replace('FILE', file === '-' ? 'input.xls' : file)}`,
      file,
    );
  }
  for (const [what, bytes] of BINARY_MAGIC) {
    if (startsWith(head, bytes)) throw notTextError(file, `looks like ${what}`);
  }
  return 'text';
}

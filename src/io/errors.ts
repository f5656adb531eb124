// The one error type for unusable input: the CLI prints its one-line message and exits with code 2.

/** An input file that cannot be used. The message is one line naming the file (and row/column when known). */
export class InputError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;

  constructor(message: string, file: string, row?: number, column?: string) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    if (row !== undefined) this.row = row;
    if (column !== undefined) this.column = column;
  }
}

/** Display name of an input in messages: stdin has no path. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Turns a file-system error into an InputError with a readable reason. */
export function fsError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory, not a file'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : `cannot read (${code ?? (err as Error).message})`;
  return new InputError(`${displayName(file)}: ${reason}`, file);
}

// Talk goes to stderr, data to stdout. Colour and spinners only on a TTY, never with NO_COLOR or --quiet.
import { Chalk, type ChalkInstance } from 'chalk';
import ora, { type Ora } from 'ora';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface Ui {
  readonly color: ChalkInstance;
  readonly quiet: boolean;
  /** A line of talk on stderr (suppressed by --quiet). */
  info(line: string): void;
  /** A warning on stderr (kept with --quiet: it is about the data). */
  warn(line: string): void;
  /** Data on stdout. */
  out(text: string): void;
  spinner(text: string): { update(text: string): void; stop(final?: string): void };
}

export function createUi(io: CliIo, opts: { quiet?: boolean; json?: boolean }): Ui {
  const tty = Boolean(io.stderr.isTTY) && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';
  const quiet = Boolean(opts.quiet);
  const color = new Chalk({ level: tty && !quiet ? 1 : 0 });
  const outColor = Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env) && !opts.json;
  return {
    color: outColor || tty ? color : new Chalk({ level: 0 }),
    quiet,
    info: (line) => {
      if (!quiet) io.stderr.write(line + '\n');
    },
    warn: (line) => io.stderr.write(color.yellow('warning: ') + line + '\n'),
    out: (text) => io.stdout.write(text),
    spinner: (text) => {
      if (!tty || quiet) return { update: () => {}, stop: (final) => final && !quiet && io.stderr.write(final + '\n') };
      const s: Ora = ora({ text, stream: io.stderr as NodeJS.WritableStream & { isTTY: boolean } }).start();
      return {
        update: (t) => {
          s.text = t;
        },
        stop: (final) => (final ? s.succeed(final) : s.stop()),
      };
    },
  };
}

// The commander program. Commands are thin: parse options, call the library, print, set the exit code.
import { Command, CommanderError } from 'commander';
import { InputError } from '../io/index.js';
import { VERSION } from '../version.js';
import type { CliIo } from './ui.js';
import { inspectCommand } from './commands/inspect.js';
import { cleanCommand } from './commands/clean.js';
import { dedupeCommand } from './commands/dedupe.js';
import { explainCommand } from './commands/explain.js';

/** Exit codes (DESIGN.md): 0 ok, 1 differences/violations asked to fail on, 2 usage or input error, 3 internal. */
export const EXIT = { ok: 0, failOn: 1, input: 2, internal: 3 } as const;

/** Shared state a command reports its outcome through. */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('recon')
    .description('Reconcile and clean customer data exported from several business systems.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ recon inspect fixtures/*.csv fixtures/*.xlsx
  $ recon clean crm=exports/crm.csv erp=exports/erp.xlsx --out out/clean
  $ recon dedupe fixtures/*.csv fixtures/*.xlsx --out out/dedupe
  $ recon explain fixtures/*_*.csv fixtures/*.xlsx --pair salesforce_contacts:13 hubspot_contacts:7

Exit codes: 0 ok · 1 problems found with --fail-on · 2 usage or input error · 3 internal error`,
  );
  for (const make of [inspectCommand, cleanCommand, dedupeCommand, explainCommand]) {
    program.addCommand(make(ctx).exitOverride().configureOutput(program.configureOutput()));
  }
  return program;
}

export async function main(argv: string[], io: CliIo = process): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (err instanceof InputError) {
      io.stderr.write(`recon: ${err.message}\n`);
      return EXIT.input;
    }
    throw err;
  }
}

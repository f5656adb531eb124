#!/usr/bin/env node
// Launcher: the CLI is written in TypeScript and built to dist/ by `npm run build`.
// A command that wants V8 flags (v8-flags.js: dedupe, explain) re-runs this once with them.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { v8FlagsFor } from './v8-flags.js';

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
const V8_FLAGS = v8FlagsFor(command);

if (V8_FLAGS.length === 0 || process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) || process.env.RECON_NO_RESPAWN) {
  const { main } = await import('../dist/cli/main.js');
  main(process.argv).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`recon: internal error: ${err && err.stack ? err.stack : err}\n`);
      process.exitCode = 3;
    },
  );
} else {
  const args = [...V8_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  // The terminal sends Ctrl-C to both; a kill sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    process.stderr.write(`recon: internal error: cannot start node: ${err.message}\n`);
    process.exitCode = 3;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 3);
  });
}

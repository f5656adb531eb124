#!/usr/bin/env node
// Launcher: the CLI is written in TypeScript and built to dist/ by `npm run build`.
// For dedupe and explain it re-runs itself once with V8 flags that only the command line can set: a
// 64 MB young generation halved the CPU time of writing dedupe's outputs (bench/README.md), where
// the default 16 MB promoted millions of short-lived strings into the old generation. clean streams
// and gains nothing from it but memory (1M rows: the same time, 175 MB more peak RSS).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const V8_FLAGS = ['--max-semi-space-size=64'];

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
const wantsFlags = command === 'dedupe' || command === 'explain';

if (!wantsFlags || process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) || process.env.RECON_NO_RESPAWN) {
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

#!/usr/bin/env node
// Launcher: the CLI is written in TypeScript and built to dist/ by `npm run build`.
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`recon: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);

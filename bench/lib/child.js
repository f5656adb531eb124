// Helpers for one benchmark script (run in its own process by bench/run.js): load recon's built
// modules or skip cleanly, time stages, and print the one JSON result line with peak RSS.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Prints a skip line the harness shows as-is, and exits without failing the run. */
export function skip(reason) {
  console.log(JSON.stringify({ skip: reason }));
  process.exit(0);
}

/**
 * Imports dist/<module> and checks it exports `names`; a missing or broken build becomes a skip
 * ("not built yet"), never a crash, since other stages may still be mid-build.
 */
export async function loadDist(module, names) {
  const file = join(ROOT, 'dist', module);
  if (!existsSync(file)) skip(`not built yet: dist/${module} missing (run npm run build)`);
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    skip(`not built yet: dist/${module} fails to load (${String(err.message).split('\n')[0]})`);
  }
  const missing = names.filter((n) => typeof mod[n] !== 'function' && mod[n] === undefined);
  if (missing.length) skip(`not built yet: dist/${module} lacks ${missing.join(', ')}`);
  return mod;
}

/** Seconds since `t0` (a performance.now() value), to the millisecond. */
export const secondsSince = (t0) => Math.round(performance.now() - t0) / 1000;

/** The result line: the caller's figures plus this process's peak RSS and CPU time. */
export function report(fields) {
  const ru = process.resourceUsage();
  const out = {
    ...fields,
    peakRssMB: Math.round(ru.maxRSS / 1024),
    cpuSeconds: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000) / 1000,
  };
  console.log(JSON.stringify(out));
  return out;
}

/** Keeps the JIT from discarding work whose result is never used. */
export function sink(x) {
  sink.value = (sink.value ?? 0) ^ (typeof x === 'string' ? x.length : Number(Boolean(x)));
}

/** Progress to stderr, only when it is a terminal, so captured output stays clean. */
export function progress(msg) {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${msg}\x1b[K`);
}
export function progressDone() {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

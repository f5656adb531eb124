// The V8 flags a command runs with, which only the command line can set: recon.js re-runs itself
// with them, and bench/run.js gives them to the benchmarks of those commands, so both run alike.
// A 64 MB young generation halved the CPU time of writing dedupe's outputs (bench/README.md), where
// the default 16 MB promoted millions of short-lived strings into the old generation. clean streams
// and gains nothing from it but memory (1M rows: the same time, 175 MB more peak RSS).
export const DEDUPE_V8_FLAGS = ['--max-semi-space-size=64'];

/** The flags of a command (none for most). */
export function v8FlagsFor(command) {
  return command === 'dedupe' || command === 'explain' ? DEDUPE_V8_FLAGS : [];
}

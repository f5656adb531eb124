#!/usr/bin/env node
// Before/after on a shared, noisy machine: runs benchmarks of this checkout and of an earlier commit
// (built in a worktree under bench/data/) interleaved, round after round, on the same data, and
// prints the medians side by side. A figure from an earlier session says little when the machine's
// speed swings by 15% from one run to the next; pairs run minutes apart do.
//   node bench/compare.js <commit> [benchmarks...] [--rounds 3]
//   node bench/compare.js 8bff8c1 dedupe-1m clean --rounds 3
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/child.js';
import { argsFor, BENCHES, ensureData, runChild } from './run.js';

const DATA = join(ROOT, 'bench', 'data');

/** A worktree of `commit`, built, under bench/data/ (ignored by git), made once per commit. */
function baseCheckout(commit) {
  const sha = execFileSync('git', ['rev-parse', '--short', commit], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(DATA, `base-${sha}`);
  if (!existsSync(dir)) {
    mkdirSync(DATA, { recursive: true });
    execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: ROOT, stdio: 'inherit' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  if (!existsSync(join(dir, 'dist'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  // Its bench scripts find ../shared/datasets (the truth scorer) beside their checkout, as ours do.
  const shared = join(DATA, 'shared');
  if (!existsSync(shared) && existsSync(join(ROOT, '..', 'shared'))) symlinkSync(join(ROOT, '..', 'shared'), shared);
  return { dir, sha };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '3' } } });
  const [commit, ...names] = positionals;
  if (!commit) throw new Error('usage: node bench/compare.js <commit> [benchmarks...] [--rounds n]');
  const benches = names.length ? BENCHES.filter((b) => names.some((n) => b.name === n || b.name.startsWith(n))) : BENCHES.filter((b) => b.target);
  if (benches.length === 0) throw new Error(`no benchmark matches ${names.join(', ')}`);
  for (const key of new Set(benches.map((b) => b.data))) await ensureData(key, false);
  mkdirSync(join(DATA, 'out'), { recursive: true });
  const base = baseCheckout(commit);
  const runs = new Map(benches.map((b) => [b.name, { now: [], base: [] }]));
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const b of benches) {
      for (const [side, root] of [['now', ROOT], ['base', base.dir]]) {
        console.error(`round ${round}: ${b.name} (${side === 'now' ? 'this checkout' : base.sha})…`);
        const r = await runChild(argsFor(b, root), b.v8, root);
        if (r.error || r.skip) console.error(`  ${r.error ?? r.skip}`);
        runs.get(b.name)[side].push(r);
      }
    }
  }
  const pick = (rs, key) => rs.map((r) => r[key]);
  console.log(`medians of ${values.rounds} interleaved rounds; base ${base.sha}`);
  for (const b of benches) {
    const { now, base: was } = runs.get(b.name);
    const line = (label, rs) =>
      `  ${label.padEnd(14)} ${String(median(pick(rs, 'seconds'))).padStart(8)} s  cpu ${String(median(pick(rs, 'cpuSeconds'))).padStart(7)} s  RSS ${String(median(pick(rs, 'peakRssMB'))).padStart(5)} MB  runs ${pick(rs, 'seconds').join(' / ')}`;
    console.log(b.name);
    console.log(line('this checkout', now));
    console.log(line(base.sha, was));
  }
}

main().catch((err) => {
  console.error(`compare: ${err.message}`);
  process.exit(2);
});

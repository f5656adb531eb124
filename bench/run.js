#!/usr/bin/env node
// `npm run bench`: generates the data if missing, runs each benchmark in its own process (so peak
// RSS is per benchmark), prints a table and writes bench/data/results.json.
//   node bench/run.js                 every benchmark
//   node bench/run.js import clean    a selection (by name or prefix: "dedupe"); baselines are added
//   node bench/run.js --regen         regenerate the data first
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { v8FlagsFor } from '../bin/v8-flags.js';
import { ROOT } from './lib/child.js';
import { printTable } from './lib/table.js';

const DATA = join(ROOT, 'bench', 'data');
const DATASETS = {
  csv1m: { file: 'customers-1m.csv', truth: 'customers-1m.truth.csv', rows: 1_000_000, args: [] },
  csv100k: { file: 'customers-100k.csv', truth: 'customers-100k.truth.csv', rows: 100_000, args: [] },
  xlsx100k: { file: 'customers-100k.xlsx', rows: 100_000, args: ['--xlsx'] },
};
const path = (name) => join(DATA, name);

/** The V8 flags bin/recon.js runs dedupe and explain with (the other commands run without). */
const DEDUPE_V8_FLAGS = v8FlagsFor('dedupe');

/** Each benchmark: its script and data, the baseline it is compared with, and the issue's targets. */
export const BENCHES = [
  { name: 'bare-csv-parse', script: 'bare-csv-parse.js', data: 'csv1m' },
  { name: 'import', script: 'import.js', data: 'csv1m', baseline: 'bare-csv-parse', target: { ratio: 0.5, rssMB: 300 } },
  { name: 'xlsx-exceljs', script: 'xlsx-exceljs.js', data: 'xlsx100k' },
  { name: 'xlsx-import', script: 'import.js', data: 'xlsx100k', baseline: 'xlsx-exceljs' },
  { name: 'clean', script: 'clean.js', data: 'csv1m', baseline: 'import', target: { ratio: 0.4, rssMB: 400 } },
  { name: 'phone-only', script: 'phone-only.js', data: 'csv1m' },
  { name: 'dedupe-100k', script: 'dedupe.js', data: 'csv100k', truth: true, v8: DEDUPE_V8_FLAGS },
  { name: 'dedupe-1m', script: 'dedupe.js', data: 'csv1m', truth: true, baseline: 'dedupe-100k', target: { seconds: 60, rssMB: 2048 }, v8: DEDUPE_V8_FLAGS },
];

function select(names) {
  if (names.length === 0) return BENCHES;
  const wanted = new Set(BENCHES.filter((b) => names.some((n) => b.name === n || b.name.startsWith(n))).map((b) => b.name));
  const unknown = names.filter((n) => !BENCHES.some((b) => b.name.startsWith(n)));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  // Baselines of baselines too (clean → import → bare-csv-parse), walking the list backwards.
  for (const b of [...BENCHES].reverse()) if (wanted.has(b.name) && b.baseline) wanted.add(b.baseline);
  return BENCHES.filter((b) => wanted.has(b.name));
}

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1200) * 1000;


/** Runs a script, passing its stderr through; resolves to its last JSON line on stdout (or an error). */
export async function runChild(args, v8 = [], cwd = ROOT) {
  const child = spawn(process.execPath, [...v8, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderrTail = '';
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  // Pass stderr through, keeping its tail to say why a child died (out of memory, at which stage).
  child.stderr.setEncoding('utf8').on('data', (d) => {
    process.stderr.write(d);
    stderrTail = (stderrTail + d).slice(-20000);
  });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, TIMEOUT_MS);
  const [code, signal] = await once(child, 'close');
  clearTimeout(timer);
  if (timedOut) return { error: `killed after ${TIMEOUT_MS / 1000} s (BENCH_TIMEOUT_S)` };
  if (signal || code !== 0) {
    const oom = /heap out of memory/.test(stderrTail) ? 'out of memory (JS heap limit)' : `exited with ${signal ?? `code ${code}`}`;
    const stage = stderrTail.split('\n').filter((l) => /^\s+dedupe: /.test(l)).pop();
    return { error: stage ? `${oom}; last stage done:${stage.replace(/^\s+dedupe:/, '')}` : oom };
  }
  const last = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (last) {
    try {
      return JSON.parse(last);
    } catch {}
  }
  return { error: `exited with code ${code}${stdout ? `: ${stdout.trim().split('\n').pop()}` : ''}` };
}

export async function ensureData(key, regen) {
  const d = DATASETS[key];
  if (!regen && existsSync(path(d.file)) && (!d.truth || existsSync(path(d.truth)))) return;
  console.error(`generating ${d.file} (${d.rows} rows)…`);
  const args = [join(ROOT, 'bench', 'generate.js'), '--rows', String(d.rows), '--out', path(d.file), ...d.args];
  if (d.truth) args.push('--truth', path(d.truth));
  const r = await runChild(args);
  if (!existsSync(path(d.file))) throw new Error(`generating ${d.file} failed: ${r.error ?? 'no file'}`);
}

/** A benchmark's command line; `root` is the checkout whose script runs (bench/compare.js runs an
 *  older commit's on the same data). */
export function argsFor(b, root = ROOT) {
  const d = DATASETS[b.data];
  const args = [join(root, 'bench', b.script), path(d.file)];
  if (b.truth) args.push(path(d.truth), join(DATA, 'out', root === ROOT ? b.name : `${b.name}-base`));
  return args;
}

/** Ratio to the baseline (rows/s over rows/s) and whether the issue's targets are met. */
function compare(b, r, results) {
  if (r.skip || r.error) return;
  r.rowsPerSec = Math.round(r.rows / r.seconds);
  r.rowsPerCpuSec = Math.round(r.rows / r.cpuSeconds);
  const base = results[b.baseline];
  const round3 = (x) => Math.round(x * 1000) / 1000;
  // Wall-clock ratio is the target's measure; the CPU ratio is steadier on a shared, busy machine.
  if (base && base.rowsPerSec) r.ratio = round3(r.rowsPerSec / base.rowsPerSec);
  if (base && base.rowsPerCpuSec) r.cpuRatio = round3(r.rowsPerCpuSec / base.rowsPerCpuSec);
  const t = b.target;
  if (!t) return;
  const fails = [];
  if (t.ratio !== undefined && r.ratio === undefined) fails.push('ratio not measured');
  if (t.ratio !== undefined && r.ratio !== undefined && r.ratio < t.ratio) fails.push(`ratio < ${t.ratio}`);
  if (t.seconds !== undefined && r.seconds > t.seconds) fails.push(`> ${t.seconds} s`);
  if (t.rssMB !== undefined && r.peakRssMB > t.rssMB) fails.push(`RSS > ${t.rssMB} MB`);
  r.target = fails.length ? `MISSED: ${fails.join(', ')}` : 'met';
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { regen: { type: 'boolean', default: false } } });
  const benches = select(positionals);
  for (const key of new Set(benches.map((b) => b.data))) await ensureData(key, values.regen);
  mkdirSync(join(DATA, 'out'), { recursive: true });
  const results = {};
  for (const b of benches) {
    console.error(`running ${b.name}…`);
    const t0 = performance.now();
    const r = await runChild(argsFor(b), b.v8);
    r.wallSeconds = Math.round(performance.now() - t0) / 1000;
    compare(b, r, results);
    results[b.name] = r;
  }
  printTable(benches, results);
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemGB: Math.round(totalmem() / 2 ** 30) };
  writeFileSync(join(DATA, 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + '\n');
  console.error(`results written to ${join('bench', 'data', 'results.json')}`);
}

// Run as a script; imported (bench/compare.js), it only lends its benchmark list and runner.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  });
}

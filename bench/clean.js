// `recon clean` end to end through the library (runClean: read → map → standardize on worker threads
// → write cleaned.csv, audit.ndjson, problems.csv, summary.json into bench/data/out/clean):
// rows/s, changes, problems, RSS. RECON_THREADS sets the threads (default: clean's, two).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist, report, ROOT, secondsSince } from './lib/child.js';

const file = process.argv[2];
const { runClean, defaultConfig } = await loadDist('index.js', ['runClean', 'defaultConfig']);
const { poolStats } = await loadDist('pipeline/jobs/pool.js', ['poolStats']);
const outDir = join(ROOT, 'bench', 'data', 'out', 'clean');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const config = defaultConfig();
if (process.env.RECON_THREADS) config.defaults.threads = Number(process.env.RECON_THREADS);
const t0 = performance.now();
const { summary } = await runClean({ inputs: [file], outDir, config });
report({
  rows: summary.rows.out,
  seconds: secondsSince(t0),
  threads: config.defaults.threads ?? 'default',
  ...poolStats,
  changes: summary.changes.total,
  problems: summary.problems.total,
  changesByField: summary.changes.byField,
  problemsByField: summary.problems.byField,
});

// Match quality of the whole `recon dedupe` pipeline (read → standardize → match) on the public
// record-linkage sets in ../shared/datasets, scored by their own scorer: pairwise P / R / F1.
// Default settings; a mapping file per dataset (bench/datasets/*.yaml), no per-set thresholds.
//   node bench/quality.js [febrl1 febrl2 ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist, report, ROOT, secondsSince } from './lib/child.js';

const DATASETS = join(ROOT, '..', 'shared', 'datasets');
const CONFIG = { febrl1: 'febrl.yaml', febrl2: 'febrl.yaml', febrl3: 'febrl.yaml', splink1k: 'splink1k.yaml' };
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CONFIG);
const { runDedupe, loadConfig } = await loadDist('index.js', ['runDedupe', 'loadConfig']);

/** pred.csv (id,cluster) from the run's clusters.csv (source,source_row,record_id,cluster_id,...). */
function predictions(clustersCsv, predCsv) {
  const lines = readFileSync(clustersCsv, 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l) => l.split(',')).map((c) => `${c[2]},${c[3]}`);
  writeFileSync(predCsv, `id,cluster\n${rows.join('\n')}\n`);
}

const results = {};
const t0 = performance.now();
for (const name of names) {
  const dir = join(DATASETS, name);
  if (!existsSync(dir)) {
    results[name] = { error: `no dataset at ${dir}` };
    continue;
  }
  const out = join(ROOT, 'bench', 'data', 'out', `quality-${name}`);
  mkdirSync(out, { recursive: true });
  const config = await loadConfig(join(ROOT, 'bench', 'datasets', CONFIG[name]));
  await runDedupe({ inputs: [join(dir, 'input.csv')], outDir: out, config });
  predictions(join(out, 'clusters.csv'), join(out, 'pred.csv'));
  const r = spawnSync(process.execPath, [join(DATASETS, 'score.mjs'), dir, join(out, 'pred.csv')], { encoding: 'utf8' });
  const q = JSON.parse(r.stdout.trim().split('\n').pop());
  results[name] = { precision: q.precision, recall: q.recall, f1: q.f1 };
  console.error(`  quality: ${name} precision ${q.precision.toFixed(4)} recall ${q.recall.toFixed(4)} F1 ${q.f1.toFixed(4)}`);
}
report({ rows: 0, seconds: secondsSince(t0), quality: results });

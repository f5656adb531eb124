// `recon dedupe` end to end through the library (runDedupe: read → standardize → block → score →
// cluster → merge → write golden, clusters, audit, review), with per-stage times, then pairwise
// precision / recall / F1 against the generated truth (scored in another process so the scorer's
// memory does not count towards this run's peak RSS). RECON_THREADS sets the threads.
//   node bench/dedupe.js <customers.csv> <truth.csv> <out-dir>
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { loadDist, report, ROOT, secondsSince } from './lib/child.js';

const [file, truth, outDir] = process.argv.slice(2);
const { runDedupe, defaultConfig } = await loadDist('index.js', ['runDedupe', 'defaultConfig']);
const heapMB = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
/** One stderr line per stage, so a run that dies (out of memory) shows how far it got. */
const log = (msg) => console.error(`  dedupe: ${msg} (heap ${heapMB()} MB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB)`);

/** The scorer's id,cluster file from clusters.csv (source,source_row,record_id,cluster_id,...);
 * the generator's ids and cluster ids are plain tokens, so splitting on commas is safe. */
async function predictions(clustersCsv, predCsv) {
  const out = createWriteStream(predCsv);
  out.write('id,cluster\n');
  let first = true;
  for await (const line of createInterface({ input: createReadStream(clustersCsv) })) {
    if (first) { first = false; continue; }
    const c = line.split(',');
    if (!out.write(`${c[2]},${c[3]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function score(predPath) {
  const scorer = join(ROOT, '..', 'shared', 'datasets', 'score.mjs');
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', scorer, truth, predPath], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout).trim().split('\n').pop() };
  }
}

mkdirSync(outDir, { recursive: true });
const config = defaultConfig();
if (process.env.RECON_THREADS) config.defaults.threads = Number(process.env.RECON_THREADS); // default: the cores, at most 4
const t0 = performance.now();
let last = '';
const res = await runDedupe({
  inputs: [file],
  outDir,
  config,
  onProgress: (stage) => {
    if (stage !== last) log(`${last || 'start'} done`);
    last = stage;
  },
});
const seconds = secondsSince(t0);
log('write done');
const t = res.timingsMs;
const s = res.summary.match;
const sec = (ms) => Math.round(ms) / 1000;
const stages = { readStandardize: sec(t.readStandardize), match: sec(t.match), write: sec(t.write) };
const matchMs = Object.fromEntries(Object.entries(t).filter(([k]) => k.startsWith('match.')).map(([k, v]) => [k.slice(6), v]));
// Peak RSS is taken now, before scoring, which runs in its own process anyway.
const out = report({
  rows: res.summary.rows.records,
  seconds,
  stages,
  matchMs,
  candidates: s.candidates,
  candidatesPerRule: s.candidatesPerRule,
  skippedBlocks: s.skippedBlocks.length,
  largestCluster: res.summary.clusters.largest,
  reviewPairs: s.reviewPairs,
});
const pred = join(outDir, 'pred.csv');
await predictions(join(outDir, 'clusters.csv'), pred);
const q = score(pred);
console.log(JSON.stringify({ ...out, quality: q.error ? q : { precision: q.precision, recall: q.recall, f1: q.f1, truthPairs: q.truth_pairs, predPairs: q.pred_pairs, exactClusters: q.exact_clusters, truthClusters: q.truth_clusters_size_gt1 } }));

// End-to-end dedupe: read → map → standardize → matchRecords → write clusters, with per-stage times,
// then pairwise precision / recall / F1 against the generated truth (scored in another process so
// the scorer's memory does not count towards this run's peak RSS).
//   node bench/dedupe.js <customers.csv> <truth.csv> <out-dir>
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { loadDist, progress, progressDone, report, ROOT, secondsSince } from './lib/child.js';
import { openMapped } from './lib/recon.js';

const [file, truth, outDir] = process.argv.slice(2);
const { standardizeRecord } = await loadDist('standardize/index.js', ['standardizeRecord']);
const { matchRecords } = await loadDist('match/index.js', ['matchRecords']);
const ctx = { defaultRegion: 'CN', dateOrder: 'ymd' };
const stages = {};
const heapMB = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
/** One stderr line per stage, so a run that dies (out of memory) shows how far it got. */
const log = (msg) => console.error(`  dedupe: ${msg} (heap ${heapMB()} MB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB)`);

/** Reads and standardizes in one streaming pass, timing standardizeRecord apart from reading. */
async function readAndStandardize() {
  const t0 = performance.now();
  const { table, toRecord } = await openMapped(file);
  const records = [];
  const ids = [];
  let stdMs = 0;
  for await (const raw of table.rows) {
    const rec = toRecord(raw);
    ids.push(rec.fields.id ?? String(raw.row));
    const t = performance.now();
    records.push(standardizeRecord(rec, ctx).record);
    stdMs += performance.now() - t;
    if (records.length % 50000 === 0) progress(`read+standardize ${records.length}`);
  }
  progressDone();
  stages.standardize = Math.round(stdMs) / 1000;
  stages.read = Math.round(performance.now() - t0 - stdMs) / 1000;
  return { records, ids };
}

/** clusters.csv as id,cluster,probability; ids are plain tokens from the generator, so no quoting. */
async function writeClusters(path, ids, result) {
  const out = createWriteStream(path);
  let chunk = 'id,cluster,probability\n';
  for (let i = 0; i < ids.length; i++) {
    chunk += `${ids[i]},${result.clusters[i]},${result.clusterProbability[i].toFixed(4)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function score(clustersPath) {
  const scorer = join(ROOT, '..', 'shared', 'datasets', 'score.mjs');
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', scorer, truth, clustersPath], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout).trim().split('\n').pop() };
  }
}

const t0 = performance.now();
const { records, ids } = await readAndStandardize();
log(`read+standardize ${records.length} records in ${secondsSince(t0)} s`);
const t1 = performance.now();
const result = matchRecords(records);
stages.match = secondsSince(t1);
log(`match in ${stages.match} s, ${result.stats.candidates} candidate pairs`);
const t2 = performance.now();
mkdirSync(outDir, { recursive: true });
const clustersPath = join(outDir, 'clusters.csv');
await writeClusters(clustersPath, ids, result);
stages.write = secondsSince(t2);
const seconds = secondsSince(t0);
const s = result.stats;
const line = {
  rows: records.length,
  seconds,
  stages,
  matchMs: s.timingsMs,
  candidates: s.candidates,
  candidatesPerRule: s.candidatesPerRule,
  skippedBlocks: s.skippedBlocks.length,
  skippedBlockKeys: s.skippedBlocks.slice(0, 8).map((b) => `${b.rule}:${b.key}(${b.size})`),
  largestCluster: s.largestCluster,
  reviewPairs: result.review.length,
};
// Peak RSS is taken now, before scoring, which runs in its own process anyway.
const out = report(line);
const q = score(clustersPath);
console.log(JSON.stringify({ ...out, quality: q.error ? q : { precision: q.precision, recall: q.recall, f1: q.f1, truthPairs: q.truth_pairs, predPairs: q.pred_pairs, exactClusters: q.exact_clusters, truthClusters: q.truth_clusters_size_gt1 } }));

// recon clean and dedupe on worker threads write the same bytes as on one thread. Workers run
// compiled code, so this test drives the built dist/ (npm test builds first), as the CLI tests do.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const DIST = new URL('../../dist/', import.meta.url);
const built = existsSync(new URL('pipeline/jobs/worker.js', DIST));

const FIXTURES = ['salesforce_contacts.csv', 'hubspot_contacts.csv', 'zoho_contacts.xlsx', 'fxiaoke_customers_gbk.csv', 'erp_customers.xlsx', 'outlook_contacts.csv'].map(
  (f) => join('fixtures', f),
);

/** Every output file of a run, by name. */
function outputs(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

describe.skipIf(!built)('worker threads', () => {
  // 3,000 generated rows first, so that full batches start the workers, then the messy fixtures.
  const dir = tempDir();
  const generated = join(dir, 'generated.csv');
  spawnSync(process.execPath, ['bench/generate.js', '--rows', '3000', '--out', generated], { encoding: 'utf8' });
  const inputs = [generated, ...FIXTURES];

  it.each(['clean', 'dedupe'] as const)('recon %s: the same output files on 1 and 3 threads', { timeout: 60_000 }, async (command) => {
    const lib = await import(new URL('index.js', DIST).href);
    const { poolStats } = await import(new URL('pipeline/jobs/pool.js', DIST).href);
    const run = command === 'clean' ? lib.runClean : lib.runDedupe;
    const results: Map<string, Buffer>[] = [];
    const fallbacks = poolStats.fallbackBatches;
    for (const threads of [1, 3]) {
      const config = lib.defaultConfig();
      config.defaults.threads = threads;
      const outDir = join(dir, `${command}-${threads}`);
      const before = poolStats.workerBatches;
      await run({ inputs, outDir, config });
      if (threads === 1) expect(poolStats.workerBatches).toBe(before);
      else expect(poolStats.workerBatches - before).toBeGreaterThan(2);
      results.push(outputs(outDir));
    }
    expect(poolStats.fallbackBatches).toBe(fallbacks);
    const [one, three] = results as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...three.keys()]).toEqual([...one.keys()]);
    expect(one.get('summary.json')!.toString()).toMatch(/"in": 3\d\d\d/);
    for (const [name, bytes] of one) expect(three.get(name)!.equals(bytes), name).toBe(true);
  });
});

describe.skipIf(!built)('dedupe outputs on a worker', () => {
  const dir = tempDir();
  const generated = join(dir, 'generated.csv');
  spawnSync(process.execPath, ['bench/generate.js', '--rows', '3000', '--out', generated], { encoding: 'utf8' });

  it('writes the same files with the worker (clusters.csv and runs of golden lines) as without', { timeout: 60_000 }, async () => {
    const lib = await import(new URL('index.js', DIST).href);
    const { writeDedupeOutputs } = await import(new URL('report/dedupe-outputs.js', DIST).href);
    const { outputsStats } = await import(new URL('report/outputs-thread.js', DIST).href);
    const { DEFAULT_MERGE } = await import(new URL('merge/survivorship.js', DIST).href);
    const config = lib.defaultConfig();
    config.defaults.threads = 1;
    const { records, result } = await lib.runDedupe({ inputs: [generated, ...FIXTURES], outDir: join(dir, 'run'), config });
    const fields = readFileSync(join(dir, 'run', 'golden.csv'), 'utf8').split('\n', 1)[0]!.split(',').slice(4);
    const results: Map<string, Buffer>[] = [];
    for (const threads of [1, 2]) {
      const out = join(dir, `outputs-${threads}`);
      const files = { golden: join(out, 'golden.csv'), clusters: join(out, 'clusters.csv'), audit: join(out, 'audit.ndjson'), review: join(out, 'review.csv') };
      mkdirSync(out, { recursive: true });
      const before = outputsStats.workerRequests;
      const written = await writeDedupeOutputs({ files, records, result, fields, merge: DEFAULT_MERGE, decisions: new Map(), threads, workerFrom: 0 });
      // clusters.csv and at least one run of golden lines (3,000+ records make 2+ runs of 1,024 clusters)
      expect(outputsStats.workerRequests - before).toBeGreaterThanOrEqual(threads === 1 ? 0 : 2);
      if (threads === 1) expect(outputsStats.workerRequests).toBe(before);
      expect(written.multiRecordClusters).toBeGreaterThan(100);
      results.push(outputs(out));
    }
    expect(outputsStats.failedRequests).toBe(0);
    const [one, two] = results as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...two.keys()]).toEqual(['audit.ndjson', 'clusters.csv', 'golden.csv', 'review.csv']);
    for (const [name, bytes] of one) expect(two.get(name)!.equals(bytes), name).toBe(true);
    // The runs' bytes went to golden.csv in cluster order.
    const ids = two.get('golden.csv')!.toString().trim().split('\n').slice(1).map((l) => l.split(',', 1)[0]);
    expect(ids).toEqual(ids.map((_, n) => `G${String(n + 1).padStart(6, '0')}`));
  });
});

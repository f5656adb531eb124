// recon clean and dedupe on worker threads write the same bytes as on one thread. Workers run
// compiled code, so this test drives the built dist/ (npm test builds first), as the CLI tests do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

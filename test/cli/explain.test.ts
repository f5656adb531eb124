// `recon explain`: its waterfall must be the arithmetic dedupe did, pair for pair.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { PairExplanation } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/tmp.js';

const FIXTURES = ['salesforce_contacts.csv', 'hubspot_contacts.csv', 'zoho_contacts.xlsx', 'fxiaoke_customers_gbk.csv', 'erp_customers.xlsx', 'outlook_contacts.csv'].map(
  (f) => join('fixtures', f),
);

const csv = (path: string) => parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];

interface AuditPair {
  type: 'pair';
  cluster: string;
  a: { source: string; row: number };
  b: { source: string; row: number };
  score: number;
  probability: number;
  rules: string[];
  weights: { comparison: string; level: string; weight: number }[];
}

const ref = (r: { source: string; row: number | string }) => `${r.source}:${r.row}`;

async function explainJson(...args: string[]): Promise<PairExplanation[]> {
  const r = await runCli('explain', ...FIXTURES, ...args, '--json', '--quiet');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as PairExplanation[];
}

let out: string;
let audit: AuditPair[];

beforeAll(async () => {
  out = tempDir();
  expect((await runCli('dedupe', ...FIXTURES, '--out', out, '--quiet')).code).toBe(0);
  audit = readFileSync(join(out, 'audit.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((e) => e.type === 'pair');
}, 60_000);

describe('recon explain on the fixtures', () => {
  it('a true duplicate (truth.csv): weights sum to the score, probability as in audit.ndjson', async () => {
    const truth = new Map(csv('fixtures/truth.csv').map((t) => [ref(t as { source: string; row: string }), t.entity]));
    const [a, b] = ['salesforce_contacts:13', 'hubspot_contacts:7'];
    expect(truth.get(a)).toBe(truth.get(b)); // E057 Matthew McDonald
    const [e] = await explainJson('--pair', a, b);
    const sum = e!.steps.reduce((s, st) => s + st.weight, e!.prior.weight);
    expect(e!.score).toBeCloseTo(sum, 9);
    expect(e!.steps.at(-1)!.total).toBeCloseTo(e!.score, 9);
    const logged = audit.find((p) => ref(p.a) === a && ref(p.b) === b)!;
    expect(logged).toBeDefined();
    expect(e!.score).toBeCloseTo(logged.score, 3);
    expect(e!.probability).toBeCloseTo(logged.probability, 6);
    expect(e!.outcome).toBe('linked');
    expect(e!.a.golden).toBe(logged.cluster);
    const clusters = new Map(csv(join(out, 'clusters.csv')).map((c) => [`${c.source}:${c.source_row}`, c.cluster_id]));
    expect(clusters.get(a)).toBe(e!.a.golden);
    expect(clusters.get(b)).toBe(e!.b.golden);
  });

  it('every pair dedupe linked explains to the same levels, weights, rules and probability', async () => {
    const args = audit.flatMap((p) => ['--pair', ref(p.a), ref(p.b)]);
    const list = await explainJson(...args);
    expect(list).toHaveLength(audit.length);
    list.forEach((e, i) => {
      const p = audit[i]!;
      expect(e.steps.map((s) => [s.comparison, s.level])).toEqual(p.weights.map((w) => [w.comparison, w.level]));
      e.steps.forEach((s, k) => expect(s.weight).toBeCloseTo(p.weights[k]!.weight, 3));
      expect(e.score).toBeCloseTo(p.score, 3);
      expect(e.probability).toBeCloseTo(p.probability, 6);
      expect(e.rules).toEqual(p.rules);
      expect(e.sameCluster).toBe(true);
    });
  }, 60_000);

  it('--from-review explains each pair of review.csv with the probability written there', async () => {
    const review = csv(join(out, 'review.csv'));
    expect(review.length).toBeGreaterThan(0);
    const list = await explainJson('--from-review', join(out, 'review.csv'));
    expect(list.map((e) => [e.a.ref, e.b.ref])).toEqual(review.map((r) => [`${r.source_a}:${r.row_a}`, `${r.source_b}:${r.row_b}`]));
    list.forEach((e, i) => {
      expect(e.probability).toBeCloseTo(Number(review[i]!.probability), 6);
      expect(['review', 'refused']).toContain(e.outcome);
    });
  });

  it('--from-review carries a reviewer\'s decision into the explanation', async () => {
    const lines = readFileSync(join(out, 'review.csv'), 'utf8').split('\n');
    lines[1] = 'distinct' + lines[1]!;
    const decided = join(tempDir(), 'review.csv');
    writeFileSync(decided, lines.join('\n'));
    const list = await explainJson('--from-review', decided);
    expect(list[0]!.decision).toBe('distinct');
    expect(list.slice(1).every((e) => e.decision === undefined)).toBe(true);
  });

  it('records by id give the same explanation as by source:row', async () => {
    const [byRow] = await explainJson('--pair', 'salesforce_contacts:13', 'hubspot_contacts:7');
    const [byId] = await explainJson('--pair', byRow!.a.id, byRow!.b.id);
    expect(byId).toEqual(byRow);
  });

  it('a pair no blocking rule produces is explained, and says dedupe never compared it', async () => {
    const [e] = await explainJson('--pair', 'salesforce_contacts:13', 'fxiaoke_customers_gbk:8');
    expect(e!.rules).toEqual([]);
    expect(e!.outcome).toBe('not_candidate');
    expect(e!.sameCluster).toBe(false);
    expect(e!.probability).toBeLessThan(0.5);
  });
});

describe('recon explain as a table', () => {
  class Tty extends Writable {
    text = '';
    constructor(readonly isTTY: boolean) {
      super();
    }
    override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
      this.text += chunk.toString();
      done();
    }
  }
  const run = async (tty: boolean, env: NodeJS.ProcessEnv, ...extra: string[]) => {
    const stdout = new Tty(tty);
    const stderr = new Tty(false); // a spinner needs a real terminal
    const code = await main(['node', 'recon', 'explain', ...FIXTURES, '--pair', 'salesforce_contacts:13', 'hubspot_contacts:7', ...extra], { stdout, stderr, env });
    return { code, stdout: stdout.text };
  };

  it('a pipe gets the aligned waterfall without colour', async () => {
    const r = await runCli('explain', ...FIXTURES, '--pair', 'salesforce_contacts:13', 'hubspot_contacts:7');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('salesforce_contacts:13 ↔ hubspot_contacts:7  (ids 003DnI39VOjshZLJih ↔ 51700441266)');
    expect(lines[1]).toMatch(/^ {2}comparison +level +salesforce_contacts:13 +hubspot_contacts:7 +weight +total$/);
    expect(lines[2]).toMatch(/^ {2}prior +λ = 0\.\d+ +-\d+\.\d\d +-\d+\.\d\d$/);
    expect(lines.find((l) => l.includes('email '))).toMatch(/email +exact \(tf\) +matthew\.mcdonald@redfernlabs\.com +matthew\.mcdonald@redfernlabs\.com +\+\d+\.\d\d/);
    // Right-aligned totals: every waterfall row ends in the same column.
    const ends = new Set(lines.slice(1, 12).map((l) => l.length));
    expect(ends.size).toBe(1);
    expect(r.stdout).toMatch(/match weight \+\d+\.\d\d bits → probability 1\.000000/);
    expect(r.stdout).toMatch(/blocking: email, phone, /);
    expect(r.stdout).toMatch(/clusters: both in G\d{6}/);
  });

  it('colour on a terminal only, never with NO_COLOR or --quiet', async () => {
    expect((await run(true, {})).stdout).toMatch(/\x1b\[/);
    expect((await run(true, { NO_COLOR: '1' })).stdout).not.toMatch(/\x1b\[/);
    expect((await run(true, {}, '--quiet')).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('recon explain errors', () => {
  it.each([
    [['salesforce_contacts:99', 'hubspot_contacts:7'], /record salesforce_contacts:99 not found: source salesforce_contacts has no record at row 99/],
    [['sf:3', 'hubspot_contacts:7'], /record sf:3 not found: no source named sf \(sources: salesforce_contacts, /],
    [['salesforce_contacts:13', 'no-such-id'], /record no-such-id not found: no record has this id/],
    [['salesforce_contacts:13', 'salesforce_contacts:13'], /same record/],
    [['salesforce_contacts:13'], /--pair takes two record references/],
  ])('--pair %j: exit 2, naming what was not found', async (refs, message) => {
    const r = await runCli('explain', ...FIXTURES, '--pair', ...refs);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('nothing to explain is a usage error', async () => {
    const r = await runCli('explain', ...FIXTURES);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--pair <a> <b> or --from-review/);
  });

  it('the built bin exits 2 on a bad reference', () => {
    const r = spawnSync(process.execPath, ['bin/recon.js', 'explain', 'fixtures/hubspot_contacts.csv', '--pair', 'hubspot_contacts:2', 'hubspot_contacts:500']);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/^recon: record hubspot_contacts:500 not found/);
  });

  it('--help shows examples', async () => {
    const r = await runCli('explain', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ recon explain .* --pair salesforce_contacts:13 hubspot_contacts:7/);
  });
});

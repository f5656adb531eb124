import { describe, expect, it } from 'vitest';
import { decisionKey, explainPair, matchRecords, type MatchResult } from '../../src/match/index.js';
import type { FieldValues } from '../../src/types.js';
import { minimalStandardize } from './datasets.js';
import { syntheticCustomers } from './synthetic.js';

const records = (rows: FieldValues[], source = 'crm') => rows.map((f, i) => minimalStandardize(source, i + 2, f));

const people: FieldValues[] = [
  { first_name: 'Wei', last_name: 'Zhang', birth_date: '1985-03-07', email: 'wei.zhang@example.cn', city: 'Shanghai' },
  { first_name: 'Wei', last_name: 'Zhang', birth_date: '1985-03-07', email: 'wei.zhang@example.cn', city: 'Shanghai' },
  { first_name: 'Zhang', last_name: 'Wei', birth_date: '1985-07-03', email: 'wei.zhang@example.cn', city: 'Shanghai' },
  { first_name: 'Anna', last_name: 'Kowalski', birth_date: '1970-11-30', email: 'anna.k@example.pl', city: 'Leeds' },
  { first_name: 'Ana', last_name: 'Kowalski', birth_date: '1970-11-30', email: 'anna.k@example.pl', city: 'Leeds' },
  { first_name: 'Tom', last_name: 'Baxter', birth_date: '1990-01-01', email: 'tom@baxter.io', city: 'London' },
];

/** Everything but wall-clock timings. */
const stable = (r: MatchResult) => JSON.stringify({ ...r, stats: { ...r.stats, timingsMs: {} } }, (_, v) =>
  ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v,
);

describe('matchRecords', () => {
  it('links duplicates (swapped names, transposed date) and leaves others alone', () => {
    const res = matchRecords(records(people));
    expect(Array.from(res.clusters)).toEqual([0, 0, 0, 3, 3, 5]);
    expect(res.clusterProbability[5]).toBe(0);
    expect(res.clusterProbability[0]).toBeGreaterThan(0.9);
    expect(res.stats.largestCluster).toBe(3);
    expect(res.stats.clusterSizes).toEqual({ 1: 1, 2: 1, 3: 1 });
    for (const p of res.pairs) expect(p.a).toBeLessThan(p.b);
  });

  it('is deterministic: same records and seed give identical output', () => {
    const syn = syntheticCustomers(400, 11).records;
    expect(stable(matchRecords(syn, { seed: 5 }))).toBe(stable(matchRecords(syn, { seed: 5 })));
  });

  it('scores each pair as the prior plus its field weights', () => {
    const res = matchRecords(records(people));
    const prior = Math.log2(res.stats.model.lambda / (1 - res.stats.model.lambda));
    for (const p of res.pairs) {
      const sum = p.weights.reduce((s, w) => s + w.weight, prior);
      expect(p.score).toBeCloseTo(sum, 9);
      expect(p.probability).toBeCloseTo(1 / (1 + 2 ** -p.score), 12);
    }
  });

  it('lets reviewer decisions override the model', () => {
    const recs = records(people);
    const decisions = new Map([
      [decisionKey(recs[4], recs[3]), 'distinct' as const],
      [decisionKey(recs[0], recs[5]), 'match' as const],
    ]);
    const res = matchRecords(recs, {}, decisions);
    expect(res.clusters[3]).not.toBe(res.clusters[4]);
    expect(res.clusters[5]).toBe(res.clusters[0]);
    expect(res.clusterProbability[5]).toBe(1);
  });

  it('linkOnly pairs only records from different sources', () => {
    const recs = [...records(people.slice(0, 2), 'crm'), ...records(people.slice(0, 2), 'erp')];
    const res = matchRecords(recs, { linkOnly: true });
    for (const p of res.pairs) expect(recs[p.a].source).not.toBe(recs[p.b].source);
    expect(res.pairs.length).toBe(4);
  });

  it('skips and reports a placeholder shared by many records', () => {
    const rows: FieldValues[] = Array.from({ length: 40 }, (_, i) => ({
      first_name: `Person${i}`,
      last_name: 'Test',
      email: 'test@test.com',
    }));
    const res = matchRecords(records(rows), { maxBlockSize: 20 });
    expect(res.stats.skippedBlocks).toContainEqual({ rule: 'email', key: 'test@test.com', size: 40 });
  });

  it('sends pairs between the thresholds to review', () => {
    const syn = syntheticCustomers(600, 3).records;
    const res = matchRecords(syn, { matchThreshold: 0.99, reviewThreshold: 0.2 });
    for (const p of res.review) expect(p.probability).toBeGreaterThanOrEqual(0.2);
    const between = res.pairs.filter((p) => p.probability < 0.99);
    for (const p of between) expect(res.review).toContainEqual(p);
  });

  it('explains a pair as a waterfall of weights that sums to its score', () => {
    const recs = records(people);
    const res = matchRecords(recs);
    const text = explainPair(recs, 0, 2, res.stats.model);
    expect(text).toContain('first_name');
    expect(text).toContain('same_tokens');
    expect(text).toContain('transposed');
    const pair = res.pairs.find((p) => p.a === 0 && p.b === 2)!;
    expect(text).toContain(`score ${pair.score.toFixed(2)}`);
  });
});

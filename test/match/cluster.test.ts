import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterLinks, UnionFind, type Link } from '../../src/match/cluster.js';

const opts = { maxClusterSize: 50, weakLinkRatio: 0.5 };

describe('UnionFind', () => {
  it('joins sets and finds roots', () => {
    const uf = new UnionFind(5);
    uf.union(uf.find(0), uf.find(1));
    uf.union(uf.find(3), uf.find(4));
    expect(uf.find(1)).toBe(uf.find(0));
    expect(uf.find(2)).toBe(2);
    expect(uf.find(4)).not.toBe(uf.find(0));
    expect(uf.size[uf.find(3)]).toBe(2);
  });
});

describe('clusterLinks', () => {
  it('names each cluster by its smallest member index', () => {
    const out = clusterLinks(6, [{ a: 4, b: 5, score: 20 }, { a: 1, b: 4, score: 18 }], opts);
    expect(Array.from(out.clusters)).toEqual([0, 1, 2, 3, 1, 1]);
  });

  it('refuses a weak link between two strongly held clusters (chaining guard)', () => {
    const links: Link[] = [
      { a: 0, b: 1, score: 30 },
      { a: 1, b: 2, score: 28 },
      { a: 3, b: 4, score: 32 },
      { a: 2, b: 3, score: 6 }, // probability > 0.98 but weak next to 29 and 32
    ];
    const out = clusterLinks(5, links, opts);
    expect(Array.from(out.clusters)).toEqual([0, 0, 0, 3, 3]);
    expect(out.refused).toEqual([3]);
  });

  it('joins two clusters when several weak links between them add up (they corroborate)', () => {
    const links: Link[] = [
      { a: 0, b: 1, score: 30 },
      { a: 2, b: 3, score: 30 },
      { a: 0, b: 2, score: 9 }, // alone below 0.5 × 30
      { a: 1, b: 3, score: 8 }, // with the first, 17 ≥ 15
    ];
    const out = clusterLinks(4, links, opts);
    expect(Array.from(out.clusters)).toEqual([0, 0, 0, 0]);
    expect(out.refused).toEqual([]);
    expect([...out.accepted].sort()).toEqual([0, 1, 2, 3]);
  });

  it('lets a weak link attach a single record (not a chain of clusters)', () => {
    const out = clusterLinks(3, [{ a: 0, b: 1, score: 30 }, { a: 1, b: 2, score: 5 }], opts);
    expect(Array.from(out.clusters)).toEqual([0, 0, 0]);
    expect(out.refused).toEqual([]);
  });

  it('caps cluster size', () => {
    const chain: Link[] = Array.from({ length: 9 }, (_, i) => ({ a: i, b: i + 1, score: 20 }));
    const out = clusterLinks(10, chain, { ...opts, maxClusterSize: 4 });
    const sizes = new Map<number, number>();
    for (const c of out.clusters) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
    expect(out.refused.length).toBeGreaterThan(0);
  });

  it('never joins records a reviewer marked distinct, even through others', () => {
    const links: Link[] = [
      { a: 0, b: 1, score: 30 },
      { a: 1, b: 2, score: 25 },
    ];
    const out = clusterLinks(3, links, { ...opts, cannotLink: [[0, 2]] });
    expect(out.clusters[0]).not.toBe(out.clusters[2]);
    expect(out.refused).toEqual([1]);
  });

  it('does not depend on the order links are given in, and keeps accepted links inside clusters', () => {
    const link = fc.record({ a: fc.nat(11), b: fc.nat(11), score: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(link, { maxLength: 30 }), fc.nat(), (raw, seed) => {
        const links = raw.filter((l) => l.a !== l.b).map((l) => (l.a < l.b ? l : { ...l, a: l.b, b: l.a }));
        const shuffled = [...links].sort((x, y) => ((x.a * 31 + x.b + seed) % 7) - ((y.a * 31 + y.b + seed) % 7));
        const one = clusterLinks(12, links, opts);
        const two = clusterLinks(12, shuffled, opts);
        expect(Array.from(two.clusters)).toEqual(Array.from(one.clusters));
        for (const i of one.accepted) expect(one.clusters[links[i].a]).toBe(one.clusters[links[i].b]);
        one.clusters.forEach((c, i) => expect(c).toBeLessThanOrEqual(i));
      }),
    );
  });
});

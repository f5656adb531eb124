// Clustering: union-find over links taken strongest first, with a guard against chaining —
// a link that would grow a cluster past a cap, or that is weak next to the links holding the two
// clusters together, is refused (and sent to review) instead of merging them.

export interface Link {
  a: number;
  b: number;
  score: number;
}

export interface ClusterOptions {
  maxClusterSize: number;
  /** A link between two multi-record clusters needs score ≥ ratio × the weaker cluster's mean link. */
  weakLinkRatio: number;
  /** Pairs that must never end in one cluster (reviewed as distinct). */
  cannotLink?: [number, number][];
}

export interface ClusterOutput {
  /** Cluster id per record: its smallest member index. */
  clusters: Int32Array;
  /** Indexes (into the links given) of links refused by the guard. */
  refused: number[];
  /** Indexes of links accepted (merging or inside an existing cluster). */
  accepted: number[];
}

export class UnionFind {
  readonly parent: Int32Array;
  readonly size: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const next = this.parent[x];
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  /** Joins two roots; returns the new root (the larger set's, ties to the smaller index). */
  union(ra: number, rb: number): number {
    const [big, small] =
      this.size[ra] > this.size[rb] || (this.size[ra] === this.size[rb] && ra < rb) ? [ra, rb] : [rb, ra];
    this.parent[small] = big;
    this.size[big] += this.size[small];
    return big;
  }
}

/** Link order: score descending, then a, then b — total, so runs are reproducible. The comparator
 *  reads typed copies of the three, not the link objects (325k links: 358 -> 151 ms). */
export function sortLinks(links: Link[]): number[] {
  const n = links.length;
  const score = new Float64Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    score[i] = links[i].score;
    a[i] = links[i].a;
    b[i] = links[i].b;
    order[i] = i;
  }
  return order.sort((x, y) => score[y] - score[x] || a[x] - a[y] || b[x] - b[y]);
}

export function clusterLinks(n: number, links: Link[], opts: ClusterOptions): ClusterOutput {
  const uf = new UnionFind(n);
  const linkSum = new Float64Array(n); // per root: sum and count of its accepted links' scores
  const linkCount = new Int32Array(n);
  const refused: number[] = [];
  const accepted: number[] = [];
  const cannot = opts.cannotLink ?? [];
  const between = new Map<string, { score: number; links: number[] }>();
  const separated = (ra: number, rb: number) =>
    cannot.some(([x, y]) => {
      const rx = uf.find(x);
      const ry = uf.find(y);
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
  for (const i of sortLinks(links)) {
    const { a, b, score } = links[i];
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) {
      linkSum[ra] += score;
      linkCount[ra]++;
      accepted.push(i);
      continue;
    }
    if (separated(ra, rb) || uf.size[ra] + uf.size[rb] > opts.maxClusterSize) {
      refused.push(i);
      continue;
    }
    let joined = { score, links: 1 };
    if (weak(linkSum, linkCount, uf, ra, rb, score, opts)) {
      // Weak alone, but several weak links between the same two clusters corroborate each other
      // (a customer typed in pinyin in two systems and in hanzi in two others): their summed
      // score is held to the same bar.
      const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
      const held = between.get(key) ?? { score: 0, links: [] };
      held.score += score;
      held.links.push(i);
      between.set(key, held);
      if (weak(linkSum, linkCount, uf, ra, rb, held.score, opts)) {
        refused.push(i);
        continue;
      }
      between.delete(key);
      for (const earlier of held.links) if (earlier !== i) moveToAccepted(refused, accepted, earlier);
      joined = { score: held.score, links: held.links.length };
    }
    const r = uf.union(ra, rb);
    linkSum[r] = linkSum[ra] + linkSum[rb] + joined.score;
    linkCount[r] = linkCount[ra] + linkCount[rb] + joined.links;
    accepted.push(i);
  }
  return { clusters: clusterIds(uf, n), refused, accepted };
}

/** A link between two multi-record clusters scoring below ratio × the weaker one's mean link. */
function weak(
  sum: Float64Array,
  count: Int32Array,
  uf: UnionFind,
  ra: number,
  rb: number,
  score: number,
  opts: ClusterOptions,
): boolean {
  if (uf.size[ra] < 2 || uf.size[rb] < 2) return false;
  const weaker = Math.min(sum[ra] / count[ra], sum[rb] / count[rb]);
  return score < opts.weakLinkRatio * weaker;
}

function moveToAccepted(refused: number[], accepted: number[], link: number): void {
  const at = refused.lastIndexOf(link);
  if (at >= 0) refused.splice(at, 1);
  accepted.push(link);
}

/** Cluster id = smallest member index. */
export function clusterIds(uf: UnionFind, n: number): Int32Array {
  const minOfRoot = new Int32Array(n).fill(-1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    if (minOfRoot[r] < 0) minOfRoot[r] = i; // i ascends, so the first seen is the smallest
    out[i] = minOfRoot[r];
  }
  return out;
}

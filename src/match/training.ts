// Fellegi–Sunter parameters without labels: u from random pairs (seeded), then m and the prior
// lambda by expectation–maximisation on the candidate pairs with u held fixed. EM runs over the
// distinct level patterns (with counts), not over pairs, so it costs little even at millions of pairs.
import type { CompiledComparison } from './levels.js';
import { mulberry32, randomInt } from './random.js';
import type { TrainedModel } from './types.js';

const U_PSEUDO = 0.5;
/** Prior pseudo-pairs on the last ('else') level: random people rarely agree. Negligible against a
 * 250k-pair sample; keeps a small file (a few hundred pairs) from reading every agreement as chance. */
const U_PRIOR_DISAGREE = 1000;
const M_FLOOR = 1e-6;
/** Pseudo-matches per level in the M step (add-one smoothing). On a small file EM sees a few dozen
 * matches, none of which disagrees on, say, the first name, and m(else) collapsed to the floor: −20
 * bits that no shared e-mail, phone and mobile could outweigh (David Zhang ↔ 张伟). One pseudo-match
 * bounds that by the evidence there is; against thousands of matches it is negligible. */
const M_PSEUDO = 1;

/** u per comparison and level from random record pairs; every pair when there are few enough. */
export function estimateU(
  comps: CompiledComparison[],
  n: number,
  sampleSize: number,
  seed: number,
  sources?: Int32Array,
): number[][] {
  const counts = comps.map((c) => new Float64Array(c.levelNames.length));
  const { a, b } = uPairs(n, sampleSize, seed, sources);
  // One comparison at a time over pairs sorted by a, then b: the counts do not depend on the order,
  // and so each column is read in memory order instead of every comparison's columns for each pair
  // (300k bench rows: 3.0–4.0 s on the main thread before, 2.0 s after).
  comps.forEach((c, k) => {
    const count = counts[k]!;
    const levels = new Uint8Array(a.length);
    c.fill(levels, a, b, a.length);
    for (let s = 0; s < a.length; s++) count[levels[s]!]++;
  });
  return comps.map((c, k) => {
    const last = c.levelNames.length - 1;
    if (last !== c.nullLevel) counts[k][last] += U_PRIOR_DISAGREE;
    return normalise(counts[k], c.nullLevel, U_PSEUDO);
  });
}

/** The pairs u is counted over, sorted by a then b: every pair when there are at most `sampleSize`,
 *  else `sampleSize` drawn (seeded); pairs within one source left out when `sources` is given. */
function uPairs(n: number, sampleSize: number, seed: number, sources?: Int32Array): { a: Int32Array; b: Int32Array } {
  const all = (n * (n - 1)) / 2 <= sampleSize;
  // Each pair as one number, a * n + b (exact: n² < 2^53), so that sorting them sorts the pairs.
  const codes = new Float64Array(all ? (n * (n - 1)) / 2 : sampleSize);
  if (all) {
    let s = 0;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) codes[s++] = a * n + b;
  } else {
    const rand = mulberry32(seed);
    for (let s = 0; s < sampleSize; s++) {
      const a = randomInt(rand, n);
      const b = randomInt(rand, n - 1);
      codes[s] = a * n + (b >= a ? b + 1 : b);
    }
    codes.sort();
  }
  const as = new Int32Array(codes.length);
  const bs = new Int32Array(codes.length);
  let kept = 0;
  for (const code of codes) {
    const a = Math.floor(code / n);
    const b = code - a * n;
    if (sources && sources[a] === sources[b]) continue;
    as[kept] = a;
    bs[kept++] = b;
  }
  return { a: as.subarray(0, kept), b: bs.subarray(0, kept) };
}

/** Proportions over the non-null levels, with a pseudo-count so no level gets probability 0. */
function normalise(counts: Float64Array, nullLevel: number, pseudo: number): number[] {
  let total = 0;
  counts.forEach((c, l) => (total += l === nullLevel ? 0 : c + pseudo));
  return Array.from(counts, (c, l) => (l === nullLevel ? 0 : (c + pseudo) / total));
}

/** Distinct level patterns of the candidate pairs and how many pairs show each. */
export interface Patterns {
  /** pattern × comparison level, row-major. */
  levels: Uint8Array;
  counts: Float64Array;
  size: number;
  /** Pattern index per pair. */
  ofPair: Int32Array;
}

export function collectPatterns(levels: Uint8Array[], pairCount: number, levelCounts: number[]): Patterns {
  const c = levels.length;
  const index = new Map<number | string, number>();
  const ofPair = new Int32Array(pairCount);
  const codes: number[] = [];
  const exact = levelCounts.reduce((x, y) => x * y, 1) < 2 ** 52; // else codes as strings
  for (let i = 0; i < pairCount; i++) {
    let code: number | string = 0;
    if (exact) for (let k = 0; k < c; k++) code = code * levelCounts[k] + levels[k][i];
    else code = levels.map((l) => l[i]).join(',');
    let p = index.get(code);
    if (p === undefined) {
      index.set(code, (p = codes.length));
      codes.push(i);
    }
    ofPair[i] = p;
  }
  const size = codes.length;
  const pl = new Uint8Array(size * c);
  const counts = new Float64Array(size);
  codes.forEach((pair, p) => {
    for (let k = 0; k < c; k++) pl[p * c + k] = levels[k][pair];
  });
  for (let i = 0; i < pairCount; i++) counts[ofPair[i]]++;
  return { levels: pl, counts, size, ofPair };
}

/** Starting m: the best non-null level likely, each worse level a quarter as likely. */
export function initialM(levelCount: number, nullLevel: number): number[] {
  const raw = Array.from({ length: levelCount }, (_, l) => l);
  let rank = 0;
  const m = raw.map((l) => (l === nullLevel ? 0 : Math.pow(0.25, rank++)));
  const sum = m.reduce((s, x) => s + x, 0);
  return m.map((x) => x / sum);
}

export function log2Weight(m: number, u: number): number {
  return Math.log2(Math.max(m, M_FLOOR) / u);
}

export interface EmOptions {
  maxIterations: number;
  tolerance?: number;
  /** Every pair the records could form (n(n-1)/2, or across sources only for linkOnly). */
  totalPairs: number;
}

/**
 * EM for m and lambda with u fixed. lambda is the prior over ALL record pairs, not over the
 * candidates: u comes from random pairs, so Π u describes a random non-match, and only a prior
 * over the same population keeps the posterior honest. Pairs left out by blocking are taken as
 * non-matches (posterior ≈ 0), so they add to the total but to neither m nor the match count.
 * (With lambda over the candidates instead, EM learns "shares a common name" as the match class
 * whenever many blocked non-matches share one.)
 */
export function trainModel(
  comps: CompiledComparison[],
  u: number[][],
  patterns: Patterns,
  opts: EmOptions,
): TrainedModel {
  return runEm(comps, u, comps.map((cc) => initialM(cc.levelNames.length, cc.nullLevel)), patterns, opts, false);
}

/** The prior alone by EM, m fixed (trained elsewhere), over all pairs as trainModel does. */
export function lambdaOnly(
  comps: CompiledComparison[],
  u: number[][],
  m: number[][],
  patterns: Patterns,
  opts: EmOptions,
): TrainedModel {
  return runEm(comps, u, m, patterns, opts, true);
}

/** EM over all pairs from m: m and lambda, or lambda alone when fixM. */
function runEm(comps: CompiledComparison[], u: number[][], m: number[][], patterns: Patterns, opts: EmOptions, fixM: boolean): TrainedModel {
  let total = 0;
  for (let p = 0; p < patterns.size; p++) total += patterns.counts[p];
  const allPairs = Math.max(opts.totalPairs, total, 1);
  let lambda = Math.min(0.5, (0.3 * Math.max(total, 1)) / allPairs);
  const tol = opts.tolerance ?? 1e-6;
  let iterations = 0;
  let converged = false;
  while (iterations < opts.maxIterations && !converged) {
    iterations++;
    const step = emStep(comps, u, m, lambda, patterns, patterns.counts, undefined, allPairs);
    converged = (fixM || step.maxChange < tol) && Math.abs(step.lambda - lambda) <= tol * lambda;
    if (!fixM) m = step.m;
    lambda = step.lambda;
  }
  return model(comps, u, m, lambda, iterations, converged);
}

function model(comps: CompiledComparison[], u: number[][], m: number[][], lambda: number, iterations: number, converged: boolean): TrainedModel {
  return {
    lambda,
    iterations,
    converged,
    comparisons: comps.map((cc, k) => ({
      name: cc.name,
      levels: cc.levelNames.map((name, l) => ({
        name,
        m: m[k][l],
        u: u[k][l],
        weight: l === cc.nullLevel ? 0 : log2Weight(m[k][l], u[k][l]),
      })),
    })),
  };
}

/**
 * One EM iteration over patterns weighted by `counts`: posteriors from (m, lambda), then new m per
 * comparison and new lambda = expected matches / population (the counts' sum by default).
 * Excluded comparisons take no part in the posterior.
 */
export function emStep(
  comps: CompiledComparison[],
  u: number[][],
  m: number[][],
  lambda: number,
  patterns: Patterns,
  counts: Float64Array,
  excluded?: boolean[],
  population?: number,
  /** The patterns with a count, when few of them have one (a session's). */
  active?: Int32Array,
): { m: number[][]; lambda: number; matches: number; maxChange: number; observed: number[] } {
  const c = comps.length;
  const prior = Math.log2(lambda / (1 - lambda));
  const next = comps.map((cc) => new Float64Array(cc.levelNames.length));
  let matches = 0;
  let total = 0;
  const size = active ? active.length : patterns.size;
  for (let q = 0; q < size; q++) {
    const p = active ? active[q]! : q;
    const n = counts[p];
    if (n === 0) continue;
    total += n;
    let s = prior;
    for (let k = 0; k < c; k++) {
      const l = patterns.levels[p * c + k];
      if (l !== comps[k].nullLevel && !excluded?.[k]) s += log2Weight(m[k][l], u[k][l]);
    }
    const w = n / (1 + Math.pow(2, -s));
    matches += w;
    for (let k = 0; k < c; k++) next[k][patterns.levels[p * c + k]] += w;
  }
  const nextM = comps.map((cc, k) => normalise(next[k], cc.nullLevel, M_PSEUDO));
  const nextLambda = Math.min(1 - 1e-12, Math.max(1e-15, matches / Math.max(population ?? total, 1)));
  // Expected matches per comparison where it had a value: the evidence behind its new m.
  const observed = comps.map((cc, k) => next[k].reduce((sum, x, l) => sum + (l === cc.nullLevel ? 0 : x), 0));
  return { m: nextM, lambda: nextLambda, matches, maxChange: maxChange(m, nextM), observed };
}

function maxChange(a: number[][], b: number[][]): number {
  let d = 0;
  a.forEach((row, k) => row.forEach((x, l) => (d = Math.max(d, Math.abs(x - b[k][l])))));
  return d;
}

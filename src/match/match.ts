// The match stage end to end: block → compare → train → score → cluster, on integer record ids.
import type { CleanRecord, FieldWeight, ScoredPair } from '../types.js';
import { block, defaultRulePairs } from './blocking.js';
import { clusterLinks, type Link } from './cluster.js';
import { ColumnStore, recordValues, type ValueSource } from './columns.js';
import { recordRef, resolveDecisions, type ResolvedDecisions } from './decisions.js';
import { DEFAULT_SETTINGS } from './defaults.js';
import { compileComparison, type CompiledComparison } from './levels.js';
import { computeAllLevels } from './parallel-levels.js';
import { defaultThreads } from '../threads.js';
import type { PairBuffer } from './pair-buffer.js';
import { belowProbability, levelWeight, probability, scorePairs } from './scoring.js';
import { buildSessions, trainBySessions } from './sessions.js';
import { collectPatterns, estimateU, trainModel } from './training.js';
import type { Decision, MatchResult, MatchSettings, TrainedModel } from './types.js';

/** Everything computed for the candidate pairs, shared by the steps after scoring. */
interface Scored {
  store: ColumnStore;
  comps: CompiledComparison[];
  pairs: PairBuffer;
  /** The blocking rules producing candidate pair i, as a bit mask. */
  rulesOfPair: (i: number) => number;
  levels: Uint8Array[];
  model: TrainedModel;
  scores: Float64Array;
}

export function resolveSettings(settings?: Partial<MatchSettings>): MatchSettings {
  return { ...DEFAULT_SETTINGS, ...(settings ?? {}) };
}

/** What the match stage needs of the records: their values, and who they are. */
export interface MatchInput {
  values: ValueSource;
  /** Source id per record: linkOnly pairs only records of different sources. */
  sourceIds: Int32Array;
  /** recordRef (`source#row`) of record i, to resolve reviewers' decisions. */
  refOf: (i: number) => string;
}

/** An array of records as match input. */
export function recordsInput(records: readonly CleanRecord[]): MatchInput {
  const ids = new Map<string, number>();
  const sourceIds = new Int32Array(records.length);
  records.forEach((r, i) => {
    let id = ids.get(r.source);
    if (id === undefined) ids.set(r.source, (id = ids.size));
    sourceIds[i] = id;
  });
  return { values: recordValues(records), sourceIds, refOf: (i) => recordRef(records[i]) };
}

/** Pairs of records from different sources. */
function crossSourcePairs(sources: Int32Array): number {
  const counts = new Map<number, number>();
  for (const s of sources) counts.set(s, (counts.get(s) ?? 0) + 1);
  let same = 0;
  for (const c of counts.values()) same += (c * (c - 1)) / 2;
  return (sources.length * (sources.length - 1)) / 2 - same;
}

function timed<T>(timings: Record<string, number>, name: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

/**
 * Finds the same customer among standardized records. Settings default to DEFAULT_SETTINGS field by
 * field. decisions are reviewers' verdicts keyed by decisionKey(a, b) = `${source}#${row}:${source}#${row}`
 * (either order); they override the model: 'match' links the pair, 'distinct' keeps the two records
 * in different clusters.
 */
export function matchRecords(
  records: readonly CleanRecord[],
  settings?: Partial<MatchSettings>,
  decisions?: Map<string, Decision>,
): MatchResult {
  return matchInput(recordsInput(records), settings, decisions);
}

/** matchRecords over values collected apart from the records (a ValueTable in the pipeline). */
export function matchInput(
  input: MatchInput,
  settings?: Partial<MatchSettings>,
  decisions?: Map<string, Decision>,
): MatchResult {
  const s = resolveSettings(settings);
  const timings: Record<string, number> = {};
  const store = new ColumnStore(input.values);
  const size = store.size;
  const sources = s.linkOnly ? input.sourceIds : undefined;
  const blocked = timed(timings, 'block', () =>
    block(store, s.blocking, {
      maxBlockSize: s.maxBlockSize,
      maxRulePairs: s.maxRulePairs ?? defaultRulePairs(size),
      linkOnlySources: sources,
    }),
  );
  const { pairs } = blocked;
  const comps = timed(timings, 'compile', () => s.comparisons.map((c) => compileComparison(c, store)));
  for (const rule of s.deterministic ?? []) rule.fields.forEach((f) => store.get(f));
  store.releaseSource(); // every column is built: the per-record values can go before comparing
  // u needs no levels: it is estimated here while the workers start on the candidates' levels.
  let u: number[][] = [];
  const estimate = () => (u = timed(timings, 'train_u', () => estimateU(comps, size, s.uSampleSize ?? 250_000, s.seed, sources)));
  const levels = timed(timings, 'compare', () => computeAllLevels(s.comparisons, comps, store, pairs, s.threads ?? defaultThreads(), { meanwhile: estimate }));
  timings.compare! -= timings.train_u!; // the two add up to the wall time of both
  // Every candidate's rule mask, when training per rule needs them: the reported pairs read theirs
  // here too (pair by pair, each was a random read of every rule's key array: 0.6 s at 1M rows).
  let masks: Uint32Array | undefined;
  const model = timed(timings, 'train_m', () => {
    const patterns = collectPatterns(levels, pairs.length, comps.map((c) => c.levelNames.length));
    const totalPairs = sources ? crossSourcePairs(sources) : (size * (size - 1)) / 2;
    const em = { maxIterations: s.emIterations ?? 100, totalPairs };
    const global = trainModel(comps, u, patterns, em);
    if (s.training === 'global') return global;
    masks = blocked.ruleMasks();
    const sessions = buildSessions(s.blocking, s.comparisons, patterns, masks);
    return trainBySessions(comps, u, patterns, sessions, global, em);
  });
  const scores = timed(timings, 'score', () => scorePairs(comps, model, levels, pairs.a, pairs.length));
  const resolved = resolveDecisions(size, input.refOf, decisions);
  applyDeterministic(s, store, pairs, scores);
  const rulesOfPair = (i: number) => (masks ? masks[i]! : blocked.rulesOf(pairs.a[i]!, pairs.b[i]!));
  // A pair's probability is read from its score when needed (probability(64) is exactly 1, what a
  // deterministic rule sets): an array of them was 67 MB at 8.4M candidates.
  const scored: Scored = { store, comps, pairs, rulesOfPair, levels, model, scores };
  const t0 = performance.now();
  const { links, linkPair, linkProb } = collectLinks(scored, s, resolved);
  const cl = clusterLinks(size, links, {
    maxClusterSize: s.maxClusterSize ?? 50,
    weakLinkRatio: s.weakLinkRatio ?? 0.5,
    cannotLink: resolved.distinct,
  });
  timings.cluster = Math.round(performance.now() - t0);
  const out = timed(timings, 'output', () => buildOutput(scored, s, resolved, { links, linkPair, linkProb }, cl));
  const sizes = clusterSizes(cl.clusters);
  return {
    ...out,
    clusters: cl.clusters,
    stats: {
      candidatesPerRule: blocked.perRule,
      candidates: pairs.length,
      skippedBlocks: blocked.skipped,
      model,
      largestCluster: sizes.largest,
      clusterSizes: sizes.histogram,
      timingsMs: timings,
    },
  };
}

/** Pairs equal and non-empty on every field of a deterministic rule are matches outright. */
function applyDeterministic(
  s: MatchSettings,
  store: ColumnStore,
  pairs: PairBuffer,
  scores: Float64Array,
): void {
  for (const rule of s.deterministic ?? []) {
    const cols = rule.fields.map((f) => store.get(f));
    for (let i = 0; i < pairs.length; i++) {
      const a = pairs.a[i];
      const b = pairs.b[i];
      if (cols.every((c) => c.ids[a] >= 0 && c.ids[a] === c.ids[b])) {
        scores[i] = Math.max(scores[i], 64); // probability 1
      }
    }
  }
}

/** Links for clustering: model pairs above the match threshold and reviewers' matches, minus their
 * distinct pairs. linkPair maps a link to its candidate pair index (-1 for a decision-only pair). */
function collectLinks(sc: Scored, s: MatchSettings, resolved: ResolvedDecisions) {
  const links: Link[] = [];
  const linkPair: number[] = [];
  const linkProb: number[] = [];
  const { pairs, scores } = sc;
  const decided = resolved.byPair;
  const seen = new Set<string>();
  const belowMatch = belowProbability(s.matchThreshold);
  for (let i = 0; i < pairs.length; i++) {
    const key = decided.size ? `${pairs.a[i]}:${pairs.b[i]}` : '';
    const d = decided.size ? decided.get(key) : undefined;
    if (d) seen.add(key);
    if (d === 'distinct' || (d !== 'match' && belowMatch(scores[i]))) continue;
    links.push({ a: pairs.a[i], b: pairs.b[i], score: d === 'match' ? Math.max(scores[i], 64) : scores[i] });
    linkPair.push(i);
    linkProb.push(d === 'match' ? 1 : probability(scores[i]));
  }
  for (const [a, b] of resolved.match) {
    if (seen.has(`${a}:${b}`)) continue;
    links.push({ a, b, score: 64 });
    linkPair.push(-1);
    linkProb.push(1);
  }
  return { links, linkPair, linkProb };
}

/** One frozen FieldWeight per comparison level whose weight does not depend on the value (all but
 * term-frequency-adjusted exact levels), shared by every pair at that level: at a million records
 * the reported pairs held millions of identical small objects. */
function sharedWeights(sc: Scored): (FieldWeight | undefined)[][] {
  return sc.comps.map((comp, k) =>
    comp.levelNames.map((level, l) =>
      comp.tfColumns[l] ? undefined : Object.freeze({ comparison: comp.name, level, weight: levelWeight(comp, sc.model, k, l, 0) }),
    ),
  );
}

function scoredPair(sc: Scored, i: number, ruleNames: string[], shared: (FieldWeight | undefined)[][]): ScoredPair {
  const a = sc.pairs.a[i];
  const b = sc.pairs.b[i];
  const weights = sc.comps.map((comp, k) => {
    const level = sc.levels[k][i];
    return shared[k][level] ?? { comparison: comp.name, level: comp.levelNames[level], weight: levelWeight(comp, sc.model, k, level, a) };
  });
  const rules: string[] = [];
  for (let m = sc.rulesOfPair(i), k = 0; m !== 0; k++, m >>>= 1) if (m & 1) rules.push(ruleNames[k]);
  return { a, b, score: sc.scores[i], probability: probability(sc.scores[i]), weights, rules };
}

function decisionPair(a: number, b: number, d: Decision): ScoredPair {
  const match = d === 'match';
  return { a, b, score: match ? 64 : -64, probability: match ? 1 : 0, weights: [], rules: ['decision'] };
}

function buildOutput(
  sc: Scored,
  s: MatchSettings,
  resolved: ResolvedDecisions,
  { links, linkPair, linkProb }: { links: Link[]; linkPair: number[]; linkProb: number[] },
  cl: { refused: number[]; accepted: number[] },
) {
  const ruleNames = s.blocking.map((r) => r.name);
  const shared = sharedWeights(sc);
  const refusedPair = new Set(cl.refused.map((l) => linkPair[l]));
  const pairs: ScoredPair[] = [];
  const review: ScoredPair[] = [];
  const belowReview = belowProbability(s.reviewThreshold);
  for (let i = 0; i < sc.pairs.length; i++) {
    const d = resolved.byPair.size ? resolved.byPair.get(`${sc.pairs.a[i]}:${sc.pairs.b[i]}`) : undefined;
    if (d === 'distinct' || (d !== 'match' && belowReview(sc.scores[i]))) continue;
    const sp = scoredPair(sc, i, ruleNames, shared);
    pairs.push(sp);
    if (!d && (sp.probability < s.matchThreshold || refusedPair.has(i))) review.push(sp);
  }
  const listed = new Set(resolved.match.length ? pairs.map((p) => `${p.a}:${p.b}`) : []);
  for (const [a, b] of resolved.match) if (!listed.has(`${a}:${b}`)) pairs.push(decisionPair(a, b, 'match'));
  const byAB = (x: ScoredPair, y: ScoredPair) => x.a - y.a || x.b - y.b;
  pairs.sort(byAB);
  review.sort(byAB);
  const clusterProbability = new Float64Array(sc.store.size);
  for (const l of cl.accepted) {
    const { a, b } = links[l];
    const p = linkProb[l];
    if (p > clusterProbability[a]) clusterProbability[a] = p;
    if (p > clusterProbability[b]) clusterProbability[b] = p;
  }
  return { pairs, review, clusterProbability };
}

function clusterSizes(clusters: Int32Array): { largest: number; histogram: Record<string, number> } {
  const size = new Int32Array(clusters.length);
  for (let i = 0; i < clusters.length; i++) size[clusters[i]]++;
  const histogram: Record<string, number> = {};
  let largest = 0;
  for (let i = 0; i < size.length; i++) {
    if (size[i] === 0) continue;
    histogram[size[i]] = (histogram[size[i]] ?? 0) + 1;
    if (size[i] > largest) largest = size[i];
  }
  return { largest, histogram };
}

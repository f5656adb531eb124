// The match stage's plain-data settings, trained model and result. Settings are data (no callbacks),
// so a run can be printed, stored in recon.yaml, or compiled elsewhere (SQL) later.
import type { ScoredPair } from '../types.js';

/**
 * A blocking rule: records whose key is equal (exact) or near in sorted key order
 * (sorted_neighbourhood) become candidate pairs. A key is the listed specs joined; a record with any
 * empty component gets no key and is never blocked by this rule.
 * A spec is a field (`email`), a match key (`keys.pinyin_key`) or either with a transform:
 * `first_name:prefix3`, `phone:suffix6`, `birth_date:year`.
 */
export interface BlockingRule {
  name: string;
  keys: string[];
  kind?: 'exact' | 'sorted_neighbourhood';
  /** sorted_neighbourhood: each record is paired with the next window-1 records in key order, except
   *  that records of one run of equal keys longer than the window are not paired with each other
   *  (their order is arbitrary: equal keys are an exact rule's to pair). */
  window?: number;
}

export type LevelMethod =
  | 'exact'
  | 'jaro_winkler'
  | 'levenshtein'
  | 'token_set'
  | 'date_distance'
  | 'date_transposed'
  | 'numeric_distance'
  | 'null'
  | 'else';

/**
 * One level of a comparison; the first level (in order) that holds for a pair is its level.
 * threshold: jaro_winkler and token_set, a similarity in [0,1] (≥); levenshtein, a maximum edit
 * count when ≥ 1, else a minimum similarity 1 - d/maxLength; date_distance, days (≤);
 * numeric_distance, an absolute difference (≤).
 */
export interface ComparisonLevel {
  name: string;
  method: LevelMethod;
  threshold?: number;
  /** Fields this level looks at instead of the comparison's (e.g. the full-name pinyin key). */
  fields?: string[];
  /** With two fields [f, g]: holds when f of one record matches g of the other and vice versa. */
  swap?: boolean;
  /** Specs that must also be equal for the level to hold (both empty counts as equal): a plain AND,
   * e.g. an e-mail typo level that requires the same digits and punctuation (`email:nonletters`),
   * so john.smith@x vs john_smith@x or jsmith1@x vs jsmith2@x — other people's name-made
   * addresses — do not pass as typos of each other. */
  requireEqual?: string[];
}

/**
 * A comparison of one attribute. With several fields the values are a set: a level holds when any
 * value of one record and any value of the other satisfy it (phone vs mobile). The 'null' level
 * holds when either record has no value; it has weight 0 and takes no part in training.
 */
export interface Comparison {
  name: string;
  fields: string[];
  levels: ComparisonLevel[];
  /** Exact levels on one field weigh log2(m / frequency of the shared value) instead of log2(m/u). */
  tfAdjust?: boolean;
}

export interface MatchSettings {
  blocking: BlockingRule[];
  comparisons: Comparison[];
  /** Pairs at or above this probability are linked. */
  matchThreshold: number;
  /** Pairs at or above this probability (and below matchThreshold) go to review. */
  reviewThreshold: number;
  /** Blocks with more records than this are skipped and reported. */
  maxBlockSize: number;
  /** Pair budget of one exact blocking rule; past it the rule's largest blocks are skipped (and
   * reported) until it fits. Default max(100 000, records / 2) (defaultRulePairs): the skipped blocks
   * are the largest and so the least telling. At 300k generated rows halving it from 2 × records cut
   * candidates 12% at the same F1; halving it again, at 1M rows, cut them from 6.37M to 4.53M and
   * the match stage from 36 to 26 s, F1 0.9915 → 0.9933 (precision up, recall 0.9956 → 0.9941). */
  maxRulePairs?: number;
  /** Only pair records of different sources. */
  linkOnly?: boolean;
  seed: number;
  /** Random pairs drawn to estimate u (all pairs when there are fewer). */
  uSampleSize?: number;
  emIterations?: number;
  /** Threads comparing candidate pairs (the main one included); default the machine's cores, at
   * most 4. Used from 400 000 pairs up; the result is the same with any number. */
  threads?: number;
  /** How m is trained: 'per_rule' (default) fits EM within each blocking rule's pairs, leaving out
   * the comparisons the rule blocks on, and averages; 'global' fits one EM over all pairs. */
  training?: 'per_rule' | 'global';
  /** Candidate pairs equal and non-empty on all these fields are matches outright (block on the
   * same fields so that such pairs are candidates). */
  deterministic?: { name: string; fields: string[] }[];
  /** Chaining guard: no cluster grows beyond this many records through the model. */
  maxClusterSize?: number;
  /** Chaining guard: a link joining two multi-record clusters needs a score of at least this
   * fraction of the weaker cluster's mean internal link score. */
  weakLinkRatio?: number;
}

export interface TrainedLevel {
  name: string;
  m: number;
  u: number;
  /** log2(m/u); 0 for the null level. */
  weight: number;
}

/** One blocking rule's EM session (per_rule training): its pairs, the matches EM expects among
 * them, and whether its m estimates were used (at least half its pairs matches). */
export interface TrainingSession {
  rule: string;
  pairs: number;
  expectedMatches: number;
  used: boolean;
}

export interface TrainedModel {
  /** Prior probability that a candidate pair is a match. */
  lambda: number;
  comparisons: { name: string; levels: TrainedLevel[] }[];
  iterations: number;
  converged: boolean;
  /** per_rule training: the sessions m was averaged over. */
  sessions?: TrainingSession[];
}

export interface MatchStats {
  /** New candidate pairs per blocking rule (not produced by an earlier rule); they sum to candidates. */
  candidatesPerRule: Record<string, number>;
  candidates: number;
  /** Blocks skipped by the guards, the 100 largest per rule. */
  skippedBlocks: { rule: string; key: string; size: number }[];
  model: TrainedModel;
  largestCluster: number;
  /** Cluster size → number of clusters of that size. */
  clusterSizes: Record<string, number>;
  timingsMs: Record<string, number>;
}

export interface MatchResult {
  /** Every scored candidate pair at or above reviewThreshold, a < b, in (a, b) order. */
  pairs: ScoredPair[];
  /** Cluster id per record index: the smallest member index. */
  clusters: Int32Array;
  /** Per record, the highest probability of an accepted link touching it; 0 for singletons. */
  clusterProbability: Float64Array;
  /** Pairs between the thresholds, plus links above matchThreshold refused by the chaining guard. */
  review: ScoredPair[];
  stats: MatchStats;
}

export type Decision = 'match' | 'distinct';

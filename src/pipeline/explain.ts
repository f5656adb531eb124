// `recon explain` as a library call: the same read → standardize → train as dedupe, then each asked
// pair as a waterfall (as Splink draws it): the prior, each comparison's level, the two values it
// compared and its weight log2(m/u) with the running total, the match weight and probability, the
// blocking rules that produce the pair, and what dedupe did with it.
import { standardizeRecord } from '../standardize/index.js';
import { matchRecords, resolveSettings, type MatchResult, type MatchSettings } from '../match/index.js';
// The match stage exports only a text explainer (createExplainer); the structured waterfall and the
// blocking rules of an arbitrary pair need its building blocks.
import { block, defaultRulePairs } from '../match/blocking.js';
import { ColumnStore } from '../match/columns.js';
import { compileComparison, type CompiledComparison } from '../match/levels.js';
import { levelWeight, priorWeight, probability } from '../match/scoring.js';
import { goldenId, groupClusters } from '../merge/golden.js';
import { InputError } from '../io/index.js';
import type { ReconConfig } from '../config/schema.js';
import type { CleanRecord } from '../types.js';
import { openSources, parseInputSpecs, readRecords, type CommonReadOptions } from './sources.js';
import { contextsBySource } from './context.js';
import { RecordIndex, type PairRef } from './record-refs.js';
import { matchSettingsFromConfig } from './match-settings.js';

export interface ExplainOptions {
  inputs: string[];
  config: ReconConfig;
  read?: CommonReadOptions;
  /** Overrides of recon.yaml's match section, as `recon dedupe` takes them (linkOnly, seed...). */
  match?: Partial<MatchSettings>;
  /** Records by `source:row`, `source#row` or record id. */
  pairs: PairRef[];
  onProgress?: (stage: string) => void;
}

export interface ExplainedRecord {
  /** `source:row`, as golden.csv lists members. */
  ref: string;
  source: string;
  row: number;
  id: string;
  /** Cluster's golden id, as in golden.csv and clusters.csv. */
  golden: string;
}

/** One bar of the waterfall. */
export interface ExplainStep {
  comparison: string;
  level: string;
  fields: string[];
  /** The compared fields' values of each record, joined by " / " ('' when empty). */
  valueA: string;
  valueB: string;
  m: number;
  /** The u the weight used: the level's u, or the shared value's frequency when term-frequency adjusted. */
  u: number;
  tfAdjusted: boolean;
  /** log2(m/u) in bits; 0 for the null level. */
  weight: number;
  /** Prior plus the weights so far. */
  total: number;
}

export type PairOutcome = 'linked' | 'refused' | 'review' | 'below_review' | 'not_candidate';

export interface PairExplanation {
  a: ExplainedRecord;
  b: ExplainedRecord;
  prior: { lambda: number; weight: number };
  steps: ExplainStep[];
  /** Match weight: prior plus every step's weight, in bits (log2 odds). */
  score: number;
  probability: number;
  /** Blocking rules producing the pair; none means dedupe never compares it. */
  rules: string[];
  /** Deterministic rule deciding the pair outright (probability 1 in dedupe), if any. */
  deterministic?: string;
  thresholds: { match: number; review: number };
  /** What dedupe did: linked, link refused by the chaining guard (to review), review, below review, never compared. */
  outcome: PairOutcome;
  sameCluster: boolean;
  /** The decision written in the review file the pair came from. */
  decision?: string;
}

export interface ExplainResult {
  explanations: PairExplanation[];
  records: number;
  candidates: number;
}

export { matchSettingsFromConfig };

async function readStandardized(opts: ExplainOptions): Promise<CleanRecord[]> {
  const sources = await openSources(parseInputSpecs(opts.inputs), opts.config, opts.read ?? {}, () => {});
  const ctxBySource = contextsBySource(opts.config, sources);
  const records: CleanRecord[] = [];
  for await (const rec of readRecords(sources)) records.push(standardizeRecord(rec, ctxBySource.get(rec.source)!).record);
  return records;
}

/** What explaining a pair needs from the trained run, built once for all pairs. */
interface Run {
  records: CleanRecord[];
  s: MatchSettings;
  result: MatchResult;
  store: ColumnStore;
  comps: CompiledComparison[];
  rulesOf: (a: number, b: number) => number;
  sourceOf: Int32Array;
  golden: string[];
  refused: Set<string>;
}

function sourceIds(records: CleanRecord[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(records, (r) => {
    if (!ids.has(r.source)) ids.set(r.source, ids.size);
    return ids.get(r.source)!;
  });
}

function prepare(records: CleanRecord[], s: MatchSettings, result: MatchResult): Run {
  const store = new ColumnStore(records);
  const sourceOf = sourceIds(records);
  // Blocking again, with the options matchRecords gives it, for the rules of pairs it did not report.
  const { rulesOf } = block(store, s.blocking, {
    maxBlockSize: s.maxBlockSize,
    maxRulePairs: s.maxRulePairs ?? defaultRulePairs(records.length),
    linkOnlySources: s.linkOnly ? sourceOf : undefined,
  });
  const golden = new Array<string>(records.length);
  groupClusters(result.clusters).forEach((members, n) => members.forEach((i) => (golden[i] = goldenId(n))));
  const refused = new Set(result.review.filter((p) => p.probability >= s.matchThreshold).map((p) => `${p.a}:${p.b}`));
  const comps = s.comparisons.map((c) => compileComparison(c, store));
  return { records, s, result, store, comps, rulesOf, sourceOf, golden, refused };
}

function describe(run: Run, i: number): ExplainedRecord {
  const r = run.records[i]!;
  return { ref: `${r.source}:${r.row}`, source: r.source, row: r.row, id: r.fields.id ?? '', golden: run.golden[i]! };
}

function steps(run: Run, x: number, y: number, prior: number): ExplainStep[] {
  // Weights as dedupe computed them: term frequencies are looked up on the lower record index.
  const [a, b] = x < y ? [x, y] : [y, x];
  const model = run.result.stats.model;
  const shown = (fields: string[], r: number) => fields.map((f) => run.store.value(f, r)).filter((v) => v !== '').join(' / ');
  let total = prior;
  return run.comps.map((comp, k) => {
    const level = comp.levelOf(a, b);
    const lv = model.comparisons[k]!.levels[level]!;
    const weight = levelWeight(comp, model, k, level, a);
    const tfAdjusted = level !== comp.nullLevel && comp.tfColumns[level] != null && weight !== lv.weight;
    total += weight;
    const fields = run.s.comparisons[k]!.fields;
    return {
      comparison: comp.name,
      level: comp.levelNames[level]!,
      fields,
      valueA: shown(fields, x),
      valueB: shown(fields, y),
      m: lv.m,
      u: tfAdjusted ? lv.m / 2 ** weight : lv.u,
      tfAdjusted,
      weight,
      total,
    };
  });
}

function ruleNames(run: Run, a: number, b: number): string[] {
  if (run.s.linkOnly && run.sourceOf[a] === run.sourceOf[b]) return [];
  const out: string[] = [];
  for (let m = run.rulesOf(a, b), k = 0; m !== 0; k++, m >>>= 1) if (m & 1) out.push(run.s.blocking[k]!.name);
  return out;
}

function deterministicRule(run: Run, a: number, b: number): string | undefined {
  const holds = (f: string) => {
    const v = run.store.value(f, a);
    return v !== '' && v === run.store.value(f, b);
  };
  return (run.s.deterministic ?? []).find((d) => d.fields.every(holds))?.name;
}

function explainOne(run: Run, x: number, y: number, decision?: string): PairExplanation {
  const lambda = run.result.stats.model.lambda;
  const prior = priorWeight(lambda);
  const bars = steps(run, x, y, prior);
  const score = bars.length ? bars[bars.length - 1]!.total : prior;
  const p = probability(score);
  const rules = ruleNames(run, x, y);
  const deterministic = rules.length ? deterministicRule(run, x, y) : undefined;
  const key = x < y ? `${x}:${y}` : `${y}:${x}`;
  const { matchThreshold: match, reviewThreshold: review } = run.s;
  const outcome: PairOutcome =
    rules.length === 0 ? 'not_candidate'
    : p >= match || deterministic ? (run.refused.has(key) ? 'refused' : 'linked')
    : p >= review ? 'review'
    : 'below_review';
  return {
    a: describe(run, x),
    b: describe(run, y),
    prior: { lambda, weight: prior },
    steps: bars,
    score,
    probability: p,
    rules,
    ...(deterministic ? { deterministic } : {}),
    thresholds: { match, review },
    outcome,
    sameCluster: run.result.clusters[x] === run.result.clusters[y],
    ...(decision ? { decision } : {}),
  };
}

/** Explains each pair as dedupe, run on the same inputs with the same settings, scored it. */
export async function explainPairs(opts: ExplainOptions): Promise<ExplainResult> {
  opts.onProgress?.('standardize');
  const records = await readStandardized(opts);
  const index = new RecordIndex(records);
  // References are checked before training, so a typo fails fast.
  const resolved = opts.pairs.map((p) => {
    const a = index.resolve(p.a);
    const b = index.resolve(p.b);
    if (a === b) throw new InputError(`${p.a} and ${p.b} are the same record: a pair needs two`, p.b);
    return { a, b, decision: p.decision };
  });
  opts.onProgress?.('train');
  const s = resolveSettings(matchSettingsFromConfig(opts.config, opts.match));
  const result = matchRecords(records, s);
  const run = prepare(records, s, result);
  return {
    explanations: resolved.map((p) => explainOne(run, p.a, p.b, p.decision)),
    records: records.length,
    candidates: result.stats.candidates,
  };
}

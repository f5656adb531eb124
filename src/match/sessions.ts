// m trained per blocking rule, as Splink does. One EM over all candidate pairs learns whatever
// divides them most: at scale that is "same name, same city", since name-blocked strangers
// outnumber true duplicates, and EM then reads a different e-mail, phone or address as nearly
// no evidence (m(else) ≈ u(else)). Instead, each rule's pairs form a session; a comparison whose
// fields the rule blocks on is left out of it (blocking decided its agreement, so it tells nothing
// there); its m comes from the sessions that left it free — the e-mail's from name-blocked pairs,
// the names' from e-mail-blocked pairs. The prior is then fitted over all pairs with m fixed.
import { specPath } from './columns.js';
import type { CompiledComparison } from './levels.js';
import { emStep, initialM, lambdaOnly, type Patterns } from './training.js';
import type { BlockingRule, Comparison, TrainedModel, TrainingSession } from './types.js';

const MIN_PURITY = 0.5;

export interface Session {
  rule: string;
  /** Pairs per pattern produced by this rule. */
  counts: Float64Array;
  /** Per comparison: true when the rule blocks on one of its fields. */
  excluded: boolean[];
}

/** Paths that carry the same evidence: a rule on one decides comparisons on the others. */
const RELATED: string[][] = [
  ['name', 'first_name', 'last_name', 'keys.name_key', 'keys.pinyin_key', 'keys.name_initials'],
  ['postcode', 'city', 'region', 'district'],
  ['phone', 'mobile'],
  ['company', 'keys.company_key'],
];

function comparisonPaths(c: Comparison): Set<string> {
  const specs = [...c.fields];
  for (const l of c.levels) specs.push(...(l.fields ?? []), ...(l.requireEqual ?? []));
  const paths = new Set(specs.map(specPath));
  for (const group of RELATED) if (group.some((p) => paths.has(p))) group.forEach((p) => paths.add(p));
  return paths;
}

/** Sessions per blocking rule from each pair's full rule mask. */
export function buildSessions(
  rules: BlockingRule[],
  comparisons: Comparison[],
  patterns: Patterns,
  masks: Uint32Array,
): Session[] {
  const paths = comparisons.map(comparisonPaths);
  // Sorted-neighbourhood windows pair records by nearby keys, mostly strangers at random: there
  // EM's two classes are noise, so only exact rules make sessions.
  return rules.flatMap((rule, r) => {
    if (rule.kind === 'sorted_neighbourhood') return [];
    const keys = rule.keys.map(specPath);
    const counts = new Float64Array(patterns.size);
    const bit = (1 << r) >>> 0;
    for (let i = 0; i < masks.length; i++) if (masks[i] & bit) counts[patterns.ofPair[i]]++;
    return [{ rule: rule.name, counts, excluded: paths.map((p) => keys.some((k) => p.has(k))) }];
  });
}

export interface SessionOptions {
  maxIterations: number;
  totalPairs: number;
  /** Sessions with fewer pairs are skipped: too few to estimate anything. */
  minPairs?: number;
}

/** m per comparison averaged over the sessions that left it free, weighted by the expected matches
 * in which it had a value; a comparison no session could estimate keeps the global EM's m. */
export function trainBySessions(
  comps: CompiledComparison[],
  u: number[][],
  patterns: Patterns,
  sessions: Session[],
  fallback: TrainedModel,
  opts: SessionOptions,
): TrainedModel {
  const sum = comps.map((c) => new Float64Array(c.levelNames.length));
  const report: TrainingSession[] = [];
  const weight = new Float64Array(comps.length);
  for (const s of sessions) {
    let pairs = 0;
    for (let p = 0; p < s.counts.length; p++) pairs += s.counts[p];
    if (pairs < (opts.minPairs ?? 100) || s.excluded.every(Boolean)) continue;
    if (!s.excluded.some(Boolean)) continue; // nothing held fixed: the global EM's blind spot again
    const fit = fitSession(comps, u, patterns, s, opts.maxIterations);
    // A session whose pairs EM finds mostly non-matches (same surname and postcode...) has a match
    // class too thin to tell duplicates from lookalike strangers: it is not used.
    const used = fit.matches >= MIN_PURITY * pairs;
    report.push({ rule: s.rule, pairs, expectedMatches: Math.round(fit.matches), used });
    if (!used) continue;
    comps.forEach((_, k) => {
      if (s.excluded[k] || fit.observed[k] < 1) return;
      weight[k] += fit.observed[k];
      fit.m[k].forEach((x, l) => (sum[k][l] += fit.observed[k] * x));
    });
  }
  const m = comps.map((_, k) =>
    weight[k] > 0 ? Array.from(sum[k], (x) => x / weight[k]) : fallback.comparisons[k].levels.map((l) => l.m),
  );
  return { ...lambdaOnly(comps, u, m, patterns, opts), sessions: report };
}

/** EM within one session: lambda over the session's own pairs, excluded comparisons ignored. */
function fitSession(comps: CompiledComparison[], u: number[][], patterns: Patterns, s: Session, maxIterations: number) {
  let m = comps.map((c) => initialM(c.levelNames.length, c.nullLevel));
  let lambda = 0.1;
  let matches = 0;
  let observed: number[] = [];
  const active = Int32Array.from(s.counts.keys()).filter((p) => s.counts[p] > 0);
  for (let it = 0; it < maxIterations; it++) {
    const step = emStep(comps, u, m, lambda, patterns, s.counts, s.excluded, undefined, active);
    const change = Math.abs(step.lambda - lambda);
    m = step.m.map((row, k) => (s.excluded[k] ? m[k] : row));
    lambda = step.lambda;
    matches = step.matches;
    observed = step.observed;
    if (step.maxChange < 1e-6 && change < 1e-6) break;
  }
  return { m, matches, observed };
}

// Scores: prior log2(lambda/(1-lambda)) plus each comparison's weight log2(m/u) for the level the pair
// reached; exact levels of term-frequency comparisons weigh log2(m / frequency of the shared value).
import type { CompiledComparison } from './levels.js';
import { log2Weight } from './training.js';
import type { TrainedModel } from './types.js';
import type { FieldWeight } from '../types.js';

export function priorWeight(lambda: number): number {
  return Math.log2(lambda / (1 - lambda));
}

export function probability(score: number): number {
  return 1 / (1 + Math.pow(2, -score));
}

/**
 * probability(score) < threshold, for millions of candidate pairs, without a Math.pow for each:
 * probability rises with the score, so a score clear of the threshold's own score (log2 odds) is
 * settled by that comparison; one within a hair of it is computed, so the answer is exactly the same.
 */
export function belowProbability(threshold: number): (score: number) => boolean {
  // Past these the probabilities of nearby scores round to the same double: compute each.
  if (!(threshold > 1e-9 && threshold < 1 - 1e-9)) return (score) => probability(score) < threshold;
  const at = Math.log2(threshold / (1 - threshold));
  const margin = 1e-3; // log2 odds: far more than the rounding of either side
  return (score) => (score < at - margin ? true : score > at + margin ? false : probability(score) < threshold);
}

/** The weight a pair's level adds, term-frequency adjusted where configured. */
export function levelWeight(
  comp: CompiledComparison,
  model: TrainedModel,
  k: number,
  level: number,
  a: number,
): number {
  if (level === comp.nullLevel) return 0;
  const lv = model.comparisons[k].levels[level];
  const tf = comp.tfColumns[level];
  if (!tf) return lv.weight;
  const id = tf.ids[a];
  if (id < 0) return lv.weight;
  return tfWeight(lv.m, tf, id);
}

type TfColumn = { counts: Int32Array; nonEmpty: number };

/** A term-frequency level's weight when the pair shares value `id`: log2(m / its frequency). */
const tfWeight = (m: number, tf: TfColumn, id: number): number => log2Weight(m, tf.counts[id]! / tf.nonEmpty);

/** Score per pair from its levels. */
export function scorePairs(
  comps: CompiledComparison[],
  model: TrainedModel,
  levels: Uint8Array[],
  pa: Int32Array,
  count: number,
): Float64Array {
  const scores = new Float64Array(count).fill(priorWeight(model.lambda));
  comps.forEach((comp, k) => {
    const table = model.comparisons[k].levels.map((l, i) => (i === comp.nullLevel ? 0 : l.weight));
    const lv = levels[k];
    if (!comp.tfColumns.some((c) => c !== null)) {
      for (let i = 0; i < count; i++) scores[i] += table[lv[i]];
      return;
    }
    const byValue = comp.tfColumns.map((tf, l) => (tf && l !== comp.nullLevel ? valueWeights(tf, model.comparisons[k].levels[l].m) : null));
    for (let i = 0; i < count; i++) {
      const l = lv[i];
      const weights = byValue[l];
      if (!weights) {
        scores[i] += table[l];
        continue;
      }
      const id = comp.tfColumns[l]!.ids[pa[i]];
      scores[i] += id < 0 ? table[l] : weights[id];
    }
  });
  return scores;
}

/** levelWeight of a term-frequency level for each value of its column, made once: per pair, it was
 *  a log2 for each of millions of pairs on a few hundred thousand values. The same doubles. */
function valueWeights(tf: TfColumn, m: number): Float64Array {
  const weights = new Float64Array(tf.counts.length);
  for (let id = 0; id < weights.length; id++) weights[id] = tfWeight(m, tf, id);
  return weights;
}

/** The per-comparison weights of one pair, for explanations and audits. */
export function pairWeights(
  comps: CompiledComparison[],
  model: TrainedModel,
  a: number,
  b: number,
): FieldWeight[] {
  return comps.map((comp, k) => {
    const level = comp.levelOf(a, b);
    return { comparison: comp.name, level: comp.levelNames[level], weight: levelWeight(comp, model, k, level, a) };
  });
}

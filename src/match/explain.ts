// A pair explained as a waterfall: the prior, then each comparison's level and weight, the sum
// and the probability — the same arithmetic the model used to score it.
import type { CleanRecord } from '../types.js';
import { ColumnStore } from './columns.js';
import { recordRef } from './decisions.js';
import { compileComparison } from './levels.js';
import { resolveSettings } from './match.js';
import { pairWeights, priorWeight, probability } from './scoring.js';
import type { MatchSettings, TrainedModel } from './types.js';

const fmt = (w: number) => (w >= 0 ? '+' : '') + w.toFixed(2);

/** Returns a function explaining any pair of `records`; builds the columns once. */
export function createExplainer(
  records: CleanRecord[],
  model: TrainedModel,
  settings?: Partial<MatchSettings>,
): (a: number, b: number) => string {
  const s = resolveSettings(settings);
  const store = new ColumnStore(records);
  const comps = s.comparisons.map((c) => compileComparison(c, store));
  const shown = (fields: string[], r: number) =>
    fields.map((f) => store.value(f, r)).filter((v) => v !== '').join(' / ') || '∅';
  return (a, b) => {
    const prior = priorWeight(model.lambda);
    const weights = pairWeights(comps, model, a, b);
    const rows: string[][] = [['prior', '', '', '', fmt(prior)]];
    weights.forEach((w, k) => {
      const fields = s.comparisons[k].fields;
      rows.push([w.comparison, w.level, shown(fields, a), shown(fields, b), fmt(w.weight)]);
    });
    const score = weights.reduce((sum, w) => sum + w.weight, prior);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
    const lines = rows.map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell.padStart(7))).join('  '));
    return [
      `pair ${a} ↔ ${b} (${recordRef(records[a])} ↔ ${recordRef(records[b])})`,
      ...lines.map((l) => '  ' + l),
      `  score ${score.toFixed(2)} (log2 odds)  probability ${probability(score).toFixed(6)}`,
    ].join('\n');
  };
}

/** A human-readable waterfall for one pair: each comparison, its level, its weight, the sum, the probability. */
export function explainPair(
  records: CleanRecord[],
  a: number,
  b: number,
  model: TrainedModel,
  settings?: Partial<MatchSettings>,
): string {
  return createExplainer(records, model, settings)(a, b);
}

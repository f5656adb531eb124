// The readable rendering of `recon explain`: one waterfall table per pair.
import type { ChalkInstance } from 'chalk';
import type { PairExplanation, PairOutcome } from '../pipeline/explain.js';

const MAX_VALUE = 32;

/** Display width: CJK characters take two terminal cells (tables with 张伟 stay aligned). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  if (width(flat) <= MAX_VALUE) return flat;
  let out = '';
  for (const ch of flat) {
    if (width(out + ch) > MAX_VALUE - 1) break;
    out += ch;
  }
  return out + '…';
}

const signed = (w: number) => (w >= 0 ? '+' : '') + w.toFixed(2);

const OUTCOME: Record<PairOutcome, string> = {
  linked: 'linked by dedupe (at or above the match threshold)',
  refused: 'above the match threshold, but the link was refused by the chaining guard: in review.csv',
  review: 'between the review and match thresholds: in review.csv',
  below_review: 'below the review threshold: not linked',
  not_candidate: 'never compared by dedupe: no blocking rule produces this pair',
};

/** Cells padded to their column's display width; the two number columns right-aligned. */
function table(rows: string[][], paint: (line: string, row: number, cell: number, text: string) => string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r, ri) =>
    r
      .map((cell, i) => {
        const gap = ' '.repeat(widths[i]! - width(cell));
        return paint(i >= 4 ? gap + cell : cell + gap, ri, i, cell);
      })
      .join('  ')
      .trimEnd(),
  );
}

function waterfall(e: PairExplanation, c: ChalkInstance): string[] {
  const rows = [['comparison', 'level', e.a.ref, e.b.ref, 'weight', 'total']];
  rows.push(['prior', `λ = ${e.prior.lambda.toPrecision(3)}`, '', '', signed(e.prior.weight), signed(e.prior.weight)]);
  for (const s of e.steps) {
    const level = s.tfAdjusted ? `${s.level} (tf)` : s.level;
    rows.push([s.comparison, level, clip(s.valueA) || '∅', clip(s.valueB) || '∅', signed(s.weight), signed(s.total)]);
  }
  return table(rows, (text, row, cell, raw) => {
    if (row === 0) return c.bold(text);
    if (cell !== 4) return raw === '∅' ? c.dim(text) : text;
    const w = Number(raw);
    return w > 0 ? c.green(text) : w < 0 ? c.red(text) : c.dim(text);
  });
}

export function renderExplanation(e: PairExplanation, c: ChalkInstance): string {
  const head = `${c.bold(`${e.a.ref} ↔ ${e.b.ref}`)}${e.a.id || e.b.id ? c.dim(`  (ids ${e.a.id || '∅'} ↔ ${e.b.id || '∅'})`) : ''}`;
  const verdict = e.probability >= e.thresholds.match ? c.green : e.probability >= e.thresholds.review ? c.yellow : c.red;
  const lines = [
    head,
    ...waterfall(e, c).map((l) => '  ' + l),
    `  match weight ${c.bold(signed(e.score))} bits → probability ${verdict(e.probability.toFixed(6))}` +
      c.dim(`  (match ≥ ${e.thresholds.match}, review ≥ ${e.thresholds.review})`),
    `  blocking: ${e.rules.length ? e.rules.join(', ') : c.yellow('none of the rules produces this pair')}`,
  ];
  if (e.deterministic) lines.push(`  deterministic rule ${e.deterministic}: a match outright (probability 1 in dedupe)`);
  lines.push(`  outcome: ${OUTCOME[e.outcome]}`);
  lines.push(
    e.sameCluster
      ? `  clusters: both in ${e.a.golden}`
      : `  clusters: ${e.a.golden} and ${e.b.golden} (different golden records)`,
  );
  if (e.decision) lines.push(`  reviewer's decision: ${e.decision}`);
  return lines.join('\n');
}

export function renderExplanations(list: PairExplanation[], c: ChalkInstance): string {
  return list.map((e) => renderExplanation(e, c)).join('\n\n') + '\n';
}

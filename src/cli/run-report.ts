// What clean and dedupe both say about a finished run on stderr.
import type { InputSummary } from '../pipeline/inputs-summary.js';
import type { Ui } from './ui.js';
import { MAX_REPORTED_PER_RULE } from '../match/blocking.js';

interface RunSummary {
  inputs: InputSummary[];
  rows: { rejected: number };
  outputs: Record<string, string>;
}

/** Notes about each input (title rows skipped...) and a warning when rows were rejected. */
export function reportInputs(ui: Ui, s: RunSummary, outDir: string): void {
  for (const i of s.inputs) for (const p of i.problems) ui.info(`${i.file}: ${p}`);
  if (s.rows.rejected) ui.warn(`${s.rows.rejected} row(s) rejected: see ${outDir}/${s.outputs.rejects}`);
}

export function outputsLine(s: RunSummary, outDir: string): string {
  return `outputs in ${outDir}: ${Object.values(s.outputs).join(', ')}`;
}

/** Skipped blocks shown per rule; the rest are counted (summary.json lists the largest 100 per rule). */
const SKIPPED_SHOWN_PER_RULE = 3;

/**
 * The warnings for blocks a blocking rule skipped: the largest few per rule, then how many more.
 * At a million rows a rule can skip a hundred blocks, and a cron log should not get a line each.
 */
export function skippedBlockWarnings(skipped: { rule: string; key: string; size: number }[]): string[] {
  const byRule = new Map<string, { key: string; size: number }[]>();
  for (const b of skipped) {
    const list = byRule.get(b.rule) ?? [];
    list.push(b);
    byRule.set(b.rule, list);
  }
  const lines: string[] = [];
  for (const [rule, blocks] of byRule) {
    for (const b of blocks.slice(0, SKIPPED_SHOWN_PER_RULE)) {
      lines.push(`blocking rule ${rule}: skipped block "${b.key}" of ${b.size} records (placeholder value, or too common a key)`);
    }
    const more = blocks.length - SKIPPED_SHOWN_PER_RULE;
    // Past the blocks summary.json lists, the rule skipped others it did not list.
    const atLeast = blocks.length >= MAX_REPORTED_PER_RULE ? 'at least ' : '';
    if (more > 0) lines.push(`blocking rule ${rule}: ${atLeast}${more} more blocks skipped (the largest are in summary.json, match.skippedBlocks)`);
  }
  return lines;
}

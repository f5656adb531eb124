// What clean and dedupe both say about a finished run on stderr.
import type { InputSummary } from '../pipeline/inputs-summary.js';
import type { Ui } from './ui.js';

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

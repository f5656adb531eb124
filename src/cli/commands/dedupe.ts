import { Command } from 'commander';
import { runDedupe } from '../../pipeline/dedupe.js';
import type { CommandContext } from '../main.js';
import { createUi } from '../ui.js';
import { outputsLine, reportInputs, skippedBlockWarnings } from '../run-report.js';
import { addOutputOptions, addReadOptions, addStandardizeOptions, integer, matchOverrides, probability, readOptions, resolveConfig, type SharedOptions } from '../options.js';

interface DedupeCliOptions extends SharedOptions {
  out: string;
  linkOnly?: boolean;
  seed?: number;
  threshold?: number;
  reviewThreshold?: number;
  decisions?: string[];
  bom?: boolean;
}

export function dedupeCommand(ctx: CommandContext): Command {
  const cmd = new Command('dedupe')
    .description('find the same customer within and across exports, cluster and merge into golden records')
    .argument('<files...>', 'CSV/TSV/XLSX exports; name=path sets the source name, - reads stdin')
    .requiredOption('-o, --out <dir>', 'output directory')
    .option('--link-only', 'only pair records of different sources')
    .option('--threshold <p>', 'match probability at or above which pairs are merged', probability)
    .option('--review-threshold <p>', 'probability from which pairs below the match threshold go to review.csv', probability)
    .option('--seed <n>', 'seed for sampling (runs are reproducible byte for byte)', integer)
    .option('--decisions <file...>', 'review.csv files with filled-in decisions (the --out review.csv is always read)')
    .option('--bom', 'write CSV with a UTF-8 BOM (for Excel)');
  addStandardizeOptions(cmd);
  addReadOptions(cmd);
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ recon dedupe fixtures/hubspot_contacts.csv --out out/dedupe
  $ recon dedupe crm=crm.csv erp=erp.xlsx --link-only --out out/link
  $ recon dedupe crm.csv --out out/dedupe   # again, after filling in out/dedupe/review.csv

Writes golden.csv, clusters.csv, audit.ndjson, review.csv, rejects.csv and summary.json into --out.`,
  );
  return cmd.action(async (files: string[], o: DedupeCliOptions) => {
    const ui = createUi(ctx.io, o);
    const config = await resolveConfig(o);
    const match = matchOverrides(o);
    const spin = ui.spinner('reading…');
    const r = await runDedupe({
      inputs: files,
      outDir: o.out,
      config,
      read: readOptions(o),
      match,
      decisionFiles: o.decisions,
      bom: o.bom,
      onProgress: (stage, n) => spin.update(n === undefined ? `${stage}…` : `${stage}… ${n.toLocaleString('en-US')} records`),
    });
    const s = r.summary;
    spin.stop(`${s.rows.records} records → ${s.clusters.total} customers in ${(r.timingsMs.total! / 1000).toFixed(1)} s`);
    reportInputs(ui, s, o.out);
    for (const line of skippedBlockWarnings(s.match.skippedBlocks)) ui.warn(line);
    ui.info(
      `${s.match.candidates} candidate pairs, ${s.match.matchedPairs} matched, ${s.match.reviewPairs} to review; ` +
        `${s.clusters.multiRecord} customers with duplicates, largest cluster ${s.clusters.largest}\n` +
        outputsLine(s, o.out),
    );
    if (o.json) ui.out(JSON.stringify({ ...s, timingsMs: r.timingsMs }, null, 2) + '\n');
  });
}

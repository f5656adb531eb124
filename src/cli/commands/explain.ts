import { Command } from 'commander';
import { Chalk, type ChalkInstance } from 'chalk';
import { explainPairs } from '../../pipeline/explain.js';
import { readReviewPairs, type PairRef } from '../../pipeline/record-refs.js';
import { renderExplanations } from '../../report/explain-text.js';
import type { CommandContext } from '../main.js';
import { createUi } from '../ui.js';
import { addOutputOptions, addReadOptions, addStandardizeOptions, integer, matchOverrides, probability, readOptions, resolveConfig, type SharedOptions } from '../options.js';

interface ExplainCliOptions extends SharedOptions {
  pair?: string[];
  fromReview?: string;
  linkOnly?: boolean;
  seed?: number;
  threshold?: number;
  reviewThreshold?: number;
}

/** `--pair a b --pair c d` arrives as one list: two references per pair. */
function pairsOf(cmd: Command, refs: string[]): PairRef[] {
  if (refs.length % 2 !== 0) cmd.error('error: --pair takes two record references (source:row or record id)', { exitCode: 2 });
  const out: PairRef[] = [];
  for (let i = 0; i < refs.length; i += 2) out.push({ a: refs[i]!, b: refs[i + 1]! });
  return out;
}

/** The table is data on stdout: coloured when stdout itself is a terminal, never with NO_COLOR or --quiet. */
function tableColor(ctx: CommandContext, o: ExplainCliOptions): ChalkInstance {
  const { stdout, env } = ctx.io;
  return new Chalk({ level: stdout.isTTY && !('NO_COLOR' in env) && env.TERM !== 'dumb' && !o.quiet ? 1 : 0 });
}

export function explainCommand(ctx: CommandContext): Command {
  const cmd = new Command('explain')
    .description('explain how dedupe scores a pair of records: prior, per-comparison weights, probability, blocking rules')
    .argument('<files...>', 'the same exports dedupe was given; name=path sets the source name, - reads stdin')
    .option('--pair <refs...>', 'two records, each source:row (as in golden.csv members) or a record id; repeatable')
    .option('--from-review <file>', 'explain every pair of a review.csv written by dedupe')
    .option('--link-only', 'only pair records of different sources (as given to dedupe)')
    .option('--threshold <p>', 'match probability threshold (as given to dedupe)', probability)
    .option('--review-threshold <p>', 'review probability threshold (as given to dedupe)', probability)
    .option('--seed <n>', 'seed for sampling (as given to dedupe)', integer);
  addStandardizeOptions(cmd);
  addReadOptions(cmd);
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ recon explain fixtures/*_*.csv fixtures/*.xlsx --pair salesforce_contacts:13 hubspot_contacts:7
  $ recon explain crm=crm.csv erp=erp.xlsx --link-only --pair crm:12 erp:40 --json
  $ recon explain crm.csv erp.xlsx --pair 0035gW0JF5IBU7mJsj KH20230812012
  $ recon explain fixtures/*_*.csv fixtures/*.xlsx --from-review out/dedupe/review.csv

Give the same files, in the same order, and the same options as to dedupe: the model is trained
again on them, so weights and probabilities are the ones dedupe used (audit.ndjson, review.csv).
Records are named source:row (the row Excel shows, as in golden.csv's members) or by record id
when it is unique. Files come before --pair, which takes the words after it.`,
  );
  return cmd.action(async (files: string[], o: ExplainCliOptions) => {
    const pairs = pairsOf(cmd, o.pair ?? []);
    if (o.fromReview) pairs.push(...(await readReviewPairs(o.fromReview)));
    if (pairs.length === 0) cmd.error('error: nothing to explain: give --pair <a> <b> or --from-review <review.csv>', { exitCode: 2 });
    const ui = createUi(ctx.io, o);
    const config = await resolveConfig(o);
    const match = matchOverrides(o);
    const spin = ui.spinner('reading…');
    const r = await explainPairs({ inputs: files, config, read: readOptions(o), match, pairs, onProgress: (stage) => spin.update(`${stage}…`) });
    spin.stop(`${r.records} records, ${r.candidates} candidate pairs; ${r.explanations.length} pair(s) explained`);
    if (o.json) return ui.out(JSON.stringify(r.explanations, null, 2) + '\n');
    ui.out(renderExplanations(r.explanations, tableColor(ctx, o)));
  });
}

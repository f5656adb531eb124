import { Command, Option } from 'commander';
import { runClean } from '../../pipeline/clean.js';
import { EXIT, type CommandContext } from '../main.js';
import { createUi } from '../ui.js';
import { outputsLine, reportInputs } from '../run-report.js';
import { addOutputOptions, addReadOptions, addStandardizeOptions, readOptions, resolveConfig, type SharedOptions } from '../options.js';

interface CleanCliOptions extends SharedOptions {
  out: string;
  format: 'csv' | 'xlsx';
  failOn?: 'invalid';
  bom?: boolean;
}

export function cleanCommand(ctx: CommandContext): Command {
  const cmd = new Command('clean')
    .description('standardize and validate exports: cleaned rows, an audit of every change, problems and rejects')
    .argument('<files...>', 'CSV/TSV/XLSX exports; name=path sets the source name, - reads stdin')
    .requiredOption('-o, --out <dir>', 'output directory')
    .addOption(new Option('--format <format>', 'format of the cleaned table').choices(['csv', 'xlsx']).default('csv'))
    .addOption(new Option('--fail-on <what>', 'exit 1 when invalid values or rejected rows remain (for CI)').choices(['invalid']))
    .option('--bom', 'write CSV with a UTF-8 BOM (for Excel)');
  addStandardizeOptions(cmd);
  addReadOptions(cmd);
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ recon clean fixtures/salesforce_contacts.csv --out out/clean
  $ recon clean crm=crm.csv erp=erp.xlsx --default-region US --date-order mdy --out out/clean
  $ recon clean export.csv --out out/ci --fail-on invalid --quiet --json

Writes cleaned.csv, audit.ndjson, problems.csv, rejects.csv and summary.json into --out.`,
  );
  return cmd.action(async (files: string[], o: CleanCliOptions) => {
    const ui = createUi(ctx.io, o);
    const config = await resolveConfig(o);
    const spin = ui.spinner('cleaning…');
    const result = await runClean({
      inputs: files,
      outDir: o.out,
      config,
      read: readOptions(o),
      format: o.format,
      bom: o.bom,
      onProgress: (n) => spin.update(`cleaning… ${n.toLocaleString('en-US')} rows`),
    });
    const s = result.summary;
    spin.stop(`cleaned ${s.rows.out} rows from ${s.inputs.length} file(s) in ${(result.timingsMs.total / 1000).toFixed(1)} s`);
    reportInputs(ui, s, o.out);
    ui.info(
      `${s.changes.total} change(s), ${s.problems.invalid} invalid value(s) and ${s.problems.notes} note(s) in ${s.problems.rows} row(s)\n` +
        outputsLine(s, o.out),
    );
    if (o.json) ui.out(JSON.stringify({ ...s, timingsMs: result.timingsMs }, null, 2) + '\n');
    // Notes (an ambiguous date read by the configured order, a likely domain typo) do not fail a build.
    if (o.failOn === 'invalid' && s.problems.invalid + s.rows.rejected > 0) {
      ui.warn(`${s.problems.invalid} invalid value(s) and ${s.rows.rejected} rejected row(s) (--fail-on invalid)`);
      ctx.exitCode = EXIT.failOn;
    }
  });
}

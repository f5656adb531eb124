import { Command } from 'commander';
import { inspectFiles } from '../../pipeline/inspect.js';
import { renderInspect } from '../../report/inspect-text.js';
import { loadConfig } from '../../config/load.js';
import { EXIT, type CommandContext } from '../main.js';
import { createUi } from '../ui.js';
import { addReadOptions, readOptions, type SharedOptions } from '../options.js';

export function inspectCommand(ctx: CommandContext): Command {
  const cmd = new Command('inspect')
    .description('show how each export reads: encoding, delimiter, header row, column mapping, fill rates, samples, problems')
    .argument('<files...>', 'CSV/TSV/XLSX exports; name=path sets the source name, - reads stdin')
    .option('--config <file>', 'recon.yaml with per-source mappings')
    .option('--json', 'machine-readable output on stdout');
  addReadOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ recon inspect fixtures/fxiaoke_customers_gbk.csv
  $ recon inspect exports/*.csv --json | jq '.[].columns[] | select(.field == null)'
  $ cat export.tsv | recon inspect -`,
  );
  return cmd.action(async (files: string[], o: SharedOptions) => {
    const ui = createUi(ctx.io, o);
    const reports = await inspectFiles(files, await loadConfig(o.config), readOptions(o));
    ui.out(o.json ? JSON.stringify(reports, null, 2) + '\n' : renderInspect(reports, ui.color));
    for (const r of reports) if (r.error) ctx.io.stderr.write(`recon: ${r.error}\n`);
    if (reports.some((r) => r.error)) ctx.exitCode = EXIT.input;
  });
}

// recon clean reads each date column in the order its own values prove (7/19/2024 makes the column
// month-first, so its 03/04/2024 is 4 March), unless the source's config sets dateOrder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/index.js';
import { defaultConfig, parseConfig } from '../../src/config/load.js';
import { contextsBySource } from '../../src/pipeline/context.js';
import { openSources, parseInputSpecs } from '../../src/pipeline/sources.js';
import type { ReconConfig } from '../../src/config/schema.js';
import { tempDir } from '../helpers/tmp.js';

const CSV = [
  'Contact ID,Birthdate,Created Date,Last Modified Date',
  'C1,03/04/1980,7/19/2024,2024-07-19',
  'C2,,03/04/2024,03/04/2024',
  'C3,19/7/1981,12/25/2023,45492',
  'C4,7/19/1982,1/2/2024,',
].join('\n');

interface CleanOut {
  cleaned: string[][];
  audit: Array<{ row: number; field: string; before: string; after: string; rule: string }>;
  problems: string[];
  summary: { inputs: Array<{ problems: string[] }> };
}

async function clean(config: ReconConfig, csv = CSV): Promise<CleanOut> {
  const dir = tempDir();
  const input = join(dir, 'crm.csv');
  writeFileSync(input, csv + '\n');
  config.defaults.threads = 1;
  await runClean({ inputs: [input], outDir: join(dir, 'out'), config });
  const read = (f: string) => readFileSync(join(dir, 'out', f), 'utf8');
  return {
    cleaned: read('cleaned.csv').trim().split('\n').map((l) => l.split(',')),
    audit: read('audit.ndjson').trim().split('\n').map((l) => JSON.parse(l)),
    problems: read('problems.csv').trim().split('\n').slice(1),
    summary: JSON.parse(read('summary.json')),
  };
}

/** Column `field` of cleaned.csv, row by row. */
function column(out: CleanOut, field: string): string[] {
  const at = out.cleaned[0]!.indexOf(field);
  return out.cleaned.slice(1).map((r) => r[at]!);
}

describe('recon clean: date columns read in their own order', () => {
  it('a month-first column reads its ambiguous dates month-first, with the rule suffix', async () => {
    const out = await clean(defaultConfig()); // default order ymd: 03/04/2024 would read day-first
    expect(column(out, 'created_at')).toEqual(['2024-07-19', '2024-03-04', '2023-12-25', '2024-01-02']);
    const rules = out.audit.filter((c) => c.field === 'created_at').map((c) => [c.row, c.before, c.after, c.rule]);
    expect(rules).toEqual([
      [2, '7/19/2024', '2024-07-19', 'date.iso8601'],
      [3, '03/04/2024', '2024-03-04', 'date.iso8601+column_mdy'],
      [4, '12/25/2023', '2023-12-25', 'date.iso8601'],
      [5, '1/2/2024', '2024-01-02', 'date.iso8601+column_mdy'],
    ]);
    expect(out.problems.filter((p) => p.includes('created_at'))).toEqual([]);
  });

  it('a column without evidence keeps the configured order, ambiguous values reported as before', async () => {
    const out = await clean(defaultConfig());
    expect(column(out, 'updated_at')).toEqual(['2024-07-19', '2024-04-03', '2024-07-19', '']);
    expect(out.problems).toContain('crm,3,updated_at,2024-04-03,ambiguous: read as dmy');
  });

  it('a column with both kinds keeps the configured order and is named in the input summary', async () => {
    const out = await clean(defaultConfig());
    expect(column(out, 'birth_date')).toEqual(['1980-04-03', '', '1981-07-19', '1982-07-19']);
    expect(out.problems).toContain('crm,2,birth_date,1980-04-03,ambiguous: read as dmy');
    expect(out.summary.inputs[0]!.problems).toEqual([
      'birth_date ("Birthdate"): both month-first (7/19/1982) and day-first (19/7/1981) dates; each ambiguous one read by the configured order (sources.crm.dateOrder sets one)',
    ]);
  });

  it('a day-first column reads day-first even with --date-order mdy', async () => {
    const config = defaultConfig();
    config.defaults.dateOrder = 'mdy';
    const out = await clean(config, 'ID,Created\nA,19/07/2024\nB,03/04/2024\nC,01/02/2024 10:00');
    expect(column(out, 'created_at')).toEqual(['2024-07-19', '2024-04-03', '2024-02-01T10:00:00']);
    expect(out.audit.map((c) => c.rule)).toEqual(['date.iso8601', 'date.iso8601+column_dmy', 'date.iso8601+column_dmy']);
  });

  it('a per-source dateOrder wins over what the column proves', async () => {
    const config = parseConfig('sources:\n  crm:\n    dateOrder: dmy\n', 'recon.yaml');
    const out = await clean(config);
    expect(column(out, 'created_at')).toEqual(['2024-07-19', '2024-04-03', '2023-12-25', '2024-02-01']);
    expect(out.audit.some((c) => c.rule.includes('+column_'))).toBe(false);
    expect(out.problems).toContain('crm,3,created_at,2024-04-03,ambiguous: read as dmy');
    expect(out.summary.inputs[0]!.problems).toEqual([]); // not inferred, so no mix reported
  });
});

describe('contextsBySource: where a source\'s date order comes from', () => {
  async function contexts(yaml: string) {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, 'ID,Created\n1,7/19/2024\n');
    writeFileSync(b, 'ID,Created\n1,19/7/2024\n');
    const config = parseConfig(yaml, 'recon.yaml');
    const sources = await openSources(parseInputSpecs([a, b]), config, {}, () => {});
    return contextsBySource(config, sources);
  }

  it('inferred per field, on top of the defaults and the source region', async () => {
    const ctx = await contexts('defaults:\n  dateOrder: ymd\nsources:\n  a:\n    region: US\n');
    expect(ctx.get('a')).toEqual({ defaultRegion: 'US', dateOrder: 'ymd', autoFix: false, dateOrders: { created_at: 'mdy' } });
    expect(ctx.get('b')).toEqual({ defaultRegion: 'CN', dateOrder: 'ymd', autoFix: false, dateOrders: { created_at: 'dmy' } });
  });

  it('a source dateOrder replaces inference for that source only', async () => {
    const ctx = await contexts('sources:\n  a:\n    dateOrder: ymd\n');
    expect(ctx.get('a')).toEqual({ defaultRegion: 'CN', dateOrder: 'ymd', autoFix: false });
    expect(ctx.get('b')!.dateOrders).toEqual({ created_at: 'dmy' });
  });

  it('the config rejects an unknown order by name', () => {
    expect(() => parseConfig('sources:\n  a:\n    dateOrder: myd\n', 'recon.yaml')).toThrow(/sources\.a\.dateOrder/);
  });
});

// recon dedupe end to end: a golden record keeps a member's valid e-mail over a more recent, better
// ranked member's malformed one. The pair is joined by a review decision, so that the test is about
// the merge, not about what the model learns from six rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, runDedupe } from '../../src/index.js';
import { tempDir } from '../helpers/tmp.js';

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])));
}

describe('dedupe: invalid values in a cluster', () => {
  it('keeps the valid e-mail and phone, says why in the audit, and leaves a single record as it is', async () => {
    const dir = tempDir();
    const crm = join(dir, 'crm.csv');
    const erp = join(dir, 'erp.csv');
    writeFileSync(crm, [
      'Customer ID,First Name,Last Name,Email,Phone,City,Last Modified',
      'C001,Wei,Zhang,zhang@example.com,+86 138 0013 8000,Shanghai,2023-01-05',
      'C002,Anna,Schmidt,anna.schmidt@example.de,+49 30 1234567,Berlin,2022-03-01',
      '',
    ].join('\n'));
    writeFileSync(erp, [
      'Customer ID,First Name,Last Name,Email,Phone,City,Last Modified',
      'K001,Wei,Zhang,zhang@@example,12345,Shanghai,2024-06-30',
      'K002,Tom,Brown,tom@@brown,+44 20 7946 0958,London,2021-11-11',
      '',
    ].join('\n'));
    const decisions = join(dir, 'decisions.csv');
    writeFileSync(decisions, 'decision,source_a,row_a,source_b,row_b\nmatch,crm,2,erp,2\n');
    const config = defaultConfig();
    config.defaults.threads = 1;
    config.sources.erp = { priority: 1 };
    config.sources.crm = { priority: 2 };
    const outDir = join(dir, 'out');
    await runDedupe({ inputs: [`crm=${crm}`, `erp=${erp}`], outDir, config, decisionFiles: [decisions] });

    const golden = csvRows(join(outDir, 'golden.csv'));
    const zhang = golden.find((g) => g.members === 'crm:2;erp:2');
    expect(zhang, 'the decided pair is one cluster').toBeDefined();
    // erp ranks first and is more recent: it still gives the id and the date, not its invalid values.
    expect(zhang).toMatchObject({ id: 'K001', email: 'zhang@example.com', phone: '+8613800138000', updated_at: '2024-06-30' });
    const lines = readFileSync(join(outDir, 'audit.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; golden_id?: string; field?: string; fields?: string[]; rule?: string; from?: { source: string } });
    const merges = lines.filter((l) => l.type === 'merge');
    // The fields both members hold the same value in: one line for the golden record, none per field.
    const agreed = lines.filter((l) => l.type === 'agreed');
    expect(agreed).toEqual([{ type: 'agreed', golden_id: zhang!.golden_id, fields: ['first_name', 'last_name', 'city'] }]);
    expect(merges.filter((m) => agreed[0]!.fields!.includes(m.field!))).toEqual([]);
    expect(merges.find((m) => m.field === 'email')).toMatchObject({ rule: 'valid_value', from: { source: 'crm' } });
    expect(merges.find((m) => m.field === 'id')).toMatchObject({ rule: 'source_priority', from: { source: 'erp' } });
    // A one-record cluster has nothing to choose from: its invalid e-mail is its golden e-mail.
    expect(golden.find((g) => g.members === 'erp:3')).toMatchObject({ email: 'tom@@brown' });
  });
});

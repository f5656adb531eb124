import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairKey, readDecisions } from '../../src/pipeline/decisions.js';
import { tempDir } from '../helpers/tmp.js';

describe('review decisions', () => {
  it('keys a pair the same whichever record comes first', () => {
    expect(pairKey({ source: 'crm', row: 3 }, { source: 'erp', row: 9 })).toBe(pairKey({ source: 'erp', row: 9 }, { source: 'crm', row: 3 }));
  });

  it('reads filled-in decisions, in English or Chinese, and skips blanks', async () => {
    const file = join(tempDir(), 'review.csv');
    writeFileSync(
      file,
      '\uFEFFdecision,probability,score,source_a,row_a,source_b,row_b\n' +
        'match,0.7,1.2,crm,2,erp,5\n' +
        ',0.6,0.9,crm,3,erp,6\n' +
        ' Distinct ,0.55,0.5,crm,4,crm,8\n' +
        '是,0.8,2,erp,9,crm,10\n',
    );
    const d = await readDecisions(file);
    expect([...d]).toEqual([
      ['crm:2|erp:5', 'match'],
      ['crm:4|crm:8', 'distinct'],
      ['crm:10|erp:9', 'match'],
    ]);
  });

  it('rejects an unknown decision word, naming file, row and column', async () => {
    const file = join(tempDir(), 'review.csv');
    writeFileSync(file, 'decision,source_a,row_a,source_b,row_b\nmaybe,crm,2,erp,5\n');
    await expect(readDecisions(file)).rejects.toThrow(/review\.csv: row 2, column decision: "maybe"/);
  });

  it('rejects words that are members of every object ("constructor", "toString"), not only unknown ones', async () => {
    for (const word of ['constructor', 'toString', '__proto__']) {
      const file = join(tempDir(), 'review.csv');
      writeFileSync(file, `decision,source_a,row_a,source_b,row_b\n${word},crm,2,erp,5\n`);
      await expect(readDecisions(file)).rejects.toThrow(/is not a decision/);
    }
  });
});

// A run that skips many blocks warns about the largest few per rule and counts the rest, so that a
// cron log gets a handful of lines, not one per block.
import { describe, expect, it } from 'vitest';
import { skippedBlockWarnings } from '../../src/cli/run-report.js';

const blocks = (rule: string, n: number) => Array.from({ length: n }, (_, i) => ({ rule, key: `k${i}`, size: 1000 - i }));

describe('skippedBlockWarnings', () => {
  it('names the first three blocks of each rule and counts the others', () => {
    const lines = skippedBlockWarnings([...blocks('email', 2), ...blocks('name_city', 10)]);
    expect(lines).toEqual([
      'blocking rule email: skipped block "k0" of 1000 records (placeholder value, or too common a key)',
      'blocking rule email: skipped block "k1" of 999 records (placeholder value, or too common a key)',
      'blocking rule name_city: skipped block "k0" of 1000 records (placeholder value, or too common a key)',
      'blocking rule name_city: skipped block "k1" of 999 records (placeholder value, or too common a key)',
      'blocking rule name_city: skipped block "k2" of 998 records (placeholder value, or too common a key)',
      'blocking rule name_city: 7 more blocks skipped (the largest are in summary.json, match.skippedBlocks)',
    ]);
  });

  it('says "at least" when the summary’s list was cut at its limit', () => {
    expect(skippedBlockWarnings(blocks('last_name_postcode', 100)).at(-1)).toBe(
      'blocking rule last_name_postcode: at least 97 more blocks skipped (the largest are in summary.json, match.skippedBlocks)',
    );
  });

  it('says nothing when nothing was skipped', () => {
    expect(skippedBlockWarnings([])).toEqual([]);
  });
});

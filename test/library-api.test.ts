// The library API (src/index.ts) offers what the CLI does, including the pieces a caller needs to
// reproduce a run's decisions: a column's date order and which fields of a record are invalid.
import { describe, expect, it } from 'vitest';
import * as recon from '../src/index.js';

describe('library API', () => {
  it('infers a column date order and reads a date by it', () => {
    expect(recon.inferDateOrder(['7/19/2024', '03/04/2024']).order).toBe('mdy');
    const r = recon.normalizeColumnDate('03/04/2024', { defaultRegion: 'CN', dateOrder: 'ymd' }, 'mdy');
    expect(r.value).toBe('2024-03-04');
  });

  it('gives the invalid-fields mask survivorship uses', () => {
    const { record } = recon.standardizeRecord(
      { source: 's', file: 's.csv', row: 2, fields: { email: 'ann@@example', phone: '13800138000' }, extra: {} },
      { defaultRegion: 'CN', dateOrder: 'ymd' },
    );
    expect(recon.invalidMask(record)).toBe(recon.fieldBit('email'));
  });
});

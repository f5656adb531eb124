import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, inferDateOrder, type DateOrderEvidence } from '../../src/standardize/date-order.js';
import { normalizeColumnDate, normalizeDate } from '../../src/standardize/date.js';
import { standardizeRecord } from '../../src/standardize/record.js';
import type { NormalizeContext, SourceRecord } from '../../src/types.js';

const YMD: NormalizeContext = { defaultRegion: 'US', dateOrder: 'ymd' };

describe('dateOrderEvidence: what one value proves', () => {
  it.each<[string, ReturnType<typeof dateOrderEvidence>]>([
    ['7/19/2024', 'mdy'],
    ['07/19/2024', 'mdy'],
    ['7-19-2024', 'mdy'],
    ['7/19/2024 2:30 PM', 'mdy'],
    ['7/19/2024T14:30', 'mdy'],
    [' 7/19/2024 ', 'mdy'],
    ['７/１９/２０２４', 'mdy'], // full-width digits, as cleanText reads them
    ['7/19/24', 'mdy'], // no yy/mm/dd reading either: month 19
    ['19/7/2024', 'dmy'],
    ['19-07-2024 08:00', 'dmy'],
    ['19/07/24', 'not_mdy'], // could be 2019-07-24 (yy/mm/dd): rules month-first out, proves nothing else
    ['95/07/19', 'not_mdy'],
    ['03/04/2024', undefined], // ambiguous
    ['3/3/2024', undefined],
    ['13/13/2024', undefined], // impossible either way
    ['7/45/2024', undefined],
    ['45/7/2024', undefined],
    ['0/19/2024', undefined],
    ['0/0/00', undefined],
    ['19.07.2024', undefined], // dotted: day-first by convention, no evidence
    ['07.19.2024', undefined],
    ['2024-07-19', undefined], // ISO
    ['2024/7/19', undefined],
    ['2024-07-19T14:30:00Z', undefined],
    ['45492', undefined], // Excel serial
    ['45492.604166667', undefined],
    ['1721370600', undefined], // Unix seconds
    ['20240719', undefined],
    ['Jul 19, 2024', undefined],
    ['19-Jul-2024', undefined],
    ['2024年7月19日', undefined],
    ['', undefined],
    ['n/a', undefined],
  ])('%j → %s', (value, expected) => {
    expect(dateOrderEvidence(value)).toBe(expected);
  });
});

describe('inferDateOrder: what a column proves', () => {
  it.each<[string, string[], DateOrderEvidence]>([
    ['mdy proof, ambiguous ones too', ['03/04/2024', '7/19/2024', '', '12/25/2023'], { order: 'mdy', mdy: 2, dmy: 0, mdyExample: '7/19/2024' }],
    ['dmy proof', ['03/04/2024', '19/7/2024', '25/12/2023 10:00'], { order: 'dmy', mdy: 0, dmy: 2, dmyExample: '19/7/2024' }],
    ['mixed', ['7/19/2024', '03/04/2024', '19/7/2024'], { order: 'mixed', mdy: 1, dmy: 1, mdyExample: '7/19/2024', dmyExample: '19/7/2024' }],
    ['mdy proof against a yy/mm/dd-or-dmy value: mixed', ['7/19/24', '19/07/24'], { order: 'mixed', mdy: 1, dmy: 1, mdyExample: '7/19/24', dmyExample: '19/07/24' }],
    ['two-digit years alone never prove dmy', ['19/07/24', '03/04/24'], { mdy: 0, dmy: 1, dmyExample: '19/07/24' }],
    ['two-digit years beside a four-digit proof: dmy', ['19/07/24', '25/12/2023'], { order: 'dmy', mdy: 0, dmy: 2, dmyExample: '19/07/24' }],
    ['no evidence: ambiguous only', ['03/04/2024', '1/2/2023'], { mdy: 0, dmy: 0 }],
    ['no evidence: empty column', [], { mdy: 0, dmy: 0 }],
    ['ISO values ignored', ['2024-07-19', '2024-12-25', '03/04/2024'], { mdy: 0, dmy: 0 }],
    ['Excel serials ignored', ['45492', '44306.5', '7/19/2024'], { order: 'mdy', mdy: 1, dmy: 0, mdyExample: '7/19/2024' }],
    ['dotted dates ignored', ['19.07.2024', '7/19/2024'], { order: 'mdy', mdy: 1, dmy: 0, mdyExample: '7/19/2024' }],
    ['month names ignored', ['19 Jul 2024', 'Jul 19, 2024', '03/04/2024'], { mdy: 0, dmy: 0 }],
  ])('%s', (_name, values, expected) => {
    expect(inferDateOrder(values)).toEqual(expected);
  });

  it('reads any iterable once', () => {
    function* values() {
      yield '7/19/2024';
      yield '03/04/2024';
    }
    expect(inferDateOrder(values()).order).toBe('mdy');
  });
});

describe('normalizeColumnDate: a date read in its column\'s order', () => {
  it.each<[string, 'dmy' | 'mdy' | undefined, { value: string; rule?: string; problem?: string }]>([
    ['03/04/2024', 'mdy', { value: '2024-03-04', rule: 'date.iso8601+column_mdy' }],
    ['03/04/2024', 'dmy', { value: '2024-04-03', rule: 'date.iso8601+column_dmy' }],
    ['03/04/24', 'mdy', { value: '2024-03-04', rule: 'date.iso8601+column_mdy' }], // not 2003-04-24 (ymd)
    ['3/4/2024 2:30 PM', 'mdy', { value: '2024-03-04T14:30:00', rule: 'date.iso8601+column_mdy' }],
    // The order decided nothing: no suffix.
    ['7/19/2024', 'mdy', { value: '2024-07-19', rule: 'date.iso8601' }],
    ['4/4/2024', 'mdy', { value: '2024-04-04', rule: 'date.iso8601' }],
    ['2024-03-04', 'mdy', { value: '2024-03-04' }],
    ['45492', 'mdy', { value: '2024-07-19', rule: 'date.iso8601' }],
    ['0/0/00', 'mdy', { value: '', rule: 'date.empty_sentinel' }],
    // A dotted date stays day-first by convention, and ambiguous in an mdy column.
    ['03.04.2024', 'mdy', { value: '2024-04-03', rule: 'date.iso8601', note: 'ambiguous: read as dmy' }],
    ['03.04.2024', 'dmy', { value: '2024-04-03', rule: 'date.iso8601' }],
    // A value against the column's order: read as it must be, or reported.
    ['19/7/2024', 'mdy', { value: '2024-07-19', rule: 'date.iso8601' }],
    ['13/13/2024', 'mdy', { value: '13/13/2024', problem: 'impossible date: no month in 13/13/2024' }],
    // No column order: the configured one, as normalizeDate.
    ['03/04/2024', undefined, { value: '2024-04-03', rule: 'date.iso8601', note: 'ambiguous: read as dmy' }],
  ])('%j in a %s column', (raw, column, expected) => {
    const result = normalizeColumnDate(raw, YMD, column);
    expect({ value: result.value, rule: result.rule, problem: result.problem, note: result.note }).toEqual(expected);
  });

  it('without a column order it is normalizeDate', () => {
    for (const raw of ['03/04/2024', '7/19/24', '19.07.2024', '2024年7月19日', 'junk', '']) {
      for (const dateOrder of ['dmy', 'mdy', 'ymd'] as const) {
        const ctx = { ...YMD, dateOrder };
        expect(normalizeColumnDate(raw, ctx, undefined)).toEqual(normalizeDate(raw, ctx));
      }
    }
  });
});

describe('standardizeRecord: each date field in its own order', () => {
  const rec: SourceRecord = {
    source: 'crm',
    file: 'crm.csv',
    row: 2,
    fields: { birth_date: '03/04/1980', created_at: '03/04/2024', updated_at: '03/04/2024', country: 'US' },
    extra: {},
  };

  it('a field with an inferred order uses it; the others keep the configured one', () => {
    const ctx: NormalizeContext = { ...YMD, dateOrders: { birth_date: 'mdy', created_at: 'dmy' } };
    const out = standardizeRecord(rec, ctx);
    expect(out.record.fields).toMatchObject({ birth_date: '1980-03-04', created_at: '2024-04-03', updated_at: '2024-04-03' });
    expect(out.changes.filter((c) => c.field !== 'country').map((c) => [c.field, c.rule])).toEqual([
      ['birth_date', 'date.iso8601+column_mdy'],
      ['created_at', 'date.iso8601+column_dmy'],
      ['updated_at', 'date.iso8601'],
    ]);
    expect(out.record.problems.map((p) => [p.field, p.reason])).toEqual([['updated_at', 'ambiguous: read as dmy']]);
  });

  it('contexts differing only in their date orders give different results (memo tables keyed apart)', () => {
    const mdy = standardizeRecord(rec, { ...YMD, dateOrders: { created_at: 'mdy' } });
    const dmy = standardizeRecord(rec, { ...YMD, dateOrders: { created_at: 'dmy' } });
    expect(mdy.record.fields.created_at).toBe('2024-03-04');
    expect(dmy.record.fields.created_at).toBe('2024-04-03');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDate } from '../../src/standardize/date.js';
import type { NormalizeContext } from '../../src/types.js';

const DMY: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'dmy' };
const MDY: NormalizeContext = { ...DMY, dateOrder: 'mdy' };
const YMD: NormalizeContext = { ...DMY, dateOrder: 'ymd' };

describe('normalizeDate: formats → ISO 8601', () => {
  it.each<[string, string]>([
    ['2024-07-19', '2024-07-19'],
    ['2024/7/19', '2024-07-19'],
    ['2024.7.19', '2024-07-19'],
    ['2024-7-9', '2024-07-09'],
    ['19.07.2024', '2024-07-19'],
    ['19/07/2024', '2024-07-19'],
    ['07/19/2024', '2024-07-19'],
    ['19-07-2024', '2024-07-19'],
    ['2024年7月19日', '2024-07-19'],
    ['2024 年 7 月 19 日', '2024-07-19'],
    ['2024年07月19号', '2024-07-19'],
    ['2024年7月19日 14时30分', '2024-07-19T14:30:00'],
    ['2024年7月19日下午2点30分', '2024-07-19T14:30:00'],
    ['2024年7月19日 14:30:15', '2024-07-19T14:30:15'],
    ['19-Jul-2024', '2024-07-19'],
    ['19-JUL-24', '2024-07-19'],
    ['Jul 19, 2024', '2024-07-19'],
    ['July 19 2024', '2024-07-19'],
    ['19 July 2024', '2024-07-19'],
    ['3rd Sept. 2024', '2024-09-03'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['20240719', '2024-07-19'],
    ['20240719T143000Z', '2024-07-19T14:30:00Z'],
    ['45492', '2024-07-19'],
    ['45492.0', '2024-07-19'],
    ['45492.604166667', '2024-07-19T14:30:00'],
    ['45492.5', '2024-07-19T12:00:00'],
    ['1721370600', '2024-07-19T06:30:00Z'],
    ['1721370600123', '2024-07-19T06:30:00.123Z'],
    ['2024-07-19 14:30', '2024-07-19T14:30:00'],
    ['2024-07-19 00:00:00', '2024-07-19T00:00:00'],
    ['2024-07-19T14:30:00+08:00', '2024-07-19T14:30:00+08:00'],
    ['2024-07-19T14:30:00+0800', '2024-07-19T14:30:00+08:00'],
    ['2024-07-19 14:30:00 UTC', '2024-07-19T14:30:00Z'],
    ['2024-07-19T14:30:00Z', '2024-07-19T14:30:00Z'],
    ['2024-07-19T14:30:00.500Z', '2024-07-19T14:30:00.5Z'],
    ['7/19/2024 2:30 PM', '2024-07-19T14:30:00'],
    ['7/19/2024 12:05 am', '2024-07-19T00:05:00'],
    ['Fri, 19 Jul 2024 14:30:00 +0800', '2024-07-19T14:30:00+08:00'],
    ['Fri Jul 19 2024 14:30:00 GMT+0800 (China Standard Time)', '2024-07-19T14:30:00+08:00'],
    ['19/07/24', '2024-07-19'],
    ['19/07/85', '1985-07-19'],
    ['１９／０７／２０２４', '2024-07-19'],
    ['  2024-07-19\u200b ', '2024-07-19'],
    ['2024-02-29', '2024-02-29'],
    ['04/04/2024', '2024-04-04'],
    ['2024-07', '2024-07'],
    ['2024年7月', '2024-07'],
  ])('%s → %s', (raw, value) => {
    const result = normalizeDate(raw, DMY);
    expect(result).toMatchObject({ value, changed: raw !== value });
    expect(result.problem).toBeUndefined();
  });
});

describe('normalizeDate: day/month order', () => {
  it.each<[string, NormalizeContext, string, string | undefined]>([
    ['03/04/2024', DMY, '2024-04-03', 'ambiguous: read as dmy'],
    ['03/04/2024', MDY, '2024-03-04', 'ambiguous: read as mdy'],
    ['03/04/2024', YMD, '2024-04-03', 'ambiguous: read as dmy'],
    ['03/04/24', DMY, '2024-04-03', 'ambiguous: read as dmy'],
    ['19/07/2024', MDY, '2024-07-19', undefined],
    ['07/19/2024', DMY, '2024-07-19', undefined],
    ['24/07/19', YMD, '2024-07-19', undefined],
    ['03.04.2024', DMY, '2024-04-03', undefined],
    ['03.04.2024', MDY, '2024-04-03', 'ambiguous: read as dmy'],
    ['19.07.2024', MDY, '2024-07-19', undefined],
  ])('%s (%o) → %s', (raw, ctx, value, note) => {
    const result = normalizeDate(raw, ctx);
    expect(result.value).toBe(value);
    expect(result.note).toBe(note);
    expect(result.problem).toBeUndefined();
    expect(result.changed).toBe(true);
  });
});

describe('normalizeDate: invalid values keep the raw value', () => {
  it.each<[string, string]>([
    ['2024-02-30', 'impossible date: 2024-02-30'],
    ['2023-02-29', 'impossible date: 2023-02-29'],
    ['2024-13-01', 'impossible date: month 13'],
    ['31/04/2024', 'impossible date: 2024-04-31'],
    ['13/13/2024', 'impossible date: no month in 13/13/2024'],
    ['2024-07-19 25:00', 'impossible time: 25:00:00'],
    ['2024年13月', 'impossible date: month 13'],
    ['12345', 'unrecognized date'],
    ['next Tuesday', 'unrecognized date'],
    ['2024-07-19 later', 'unrecognized date'],
    ['N/A', 'unrecognized date'],
  ])('%s → %s', (raw, problem) => {
    expect(normalizeDate(raw, DMY)).toEqual({ value: raw, changed: false, problem });
  });

  it('blank stays blank', () => {
    expect(normalizeDate('', DMY)).toEqual({ value: '', changed: false });
    expect(normalizeDate('   ', DMY)).toEqual({ value: '', changed: true, rule: 'text.clean' });
  });
});

describe('normalizeDate: all-zero "no date" sentinels become empty', () => {
  // Outlook writes 0/0/00 for "no birthday"; MySQL and ERPs write 0000-00-00 (00:00:00).
  it.each(['0/0/00', '00/00/0000', '0/0/0000', '0000-00-00', '0000/00/00', '00.00.0000', ' 0/0/00 ', '0000-00-00 00:00:00', '0000-00-00T00:00'])(
    '%s → ""',
    (raw) => {
      for (const ctx of [DMY, MDY, YMD]) {
        expect(normalizeDate(raw, ctx)).toEqual({ value: '', changed: true, rule: 'date.empty_sentinel' });
      }
    },
  );

  it.each<[string, string]>([
    ['00/00/2024', 'impossible date: month 0'],
    ['2024-00-00', 'impossible date: month 0'],
    ['0000-01-01', 'impossible date: year 0'],
    ['0/1/00', 'impossible date: 2000-01-00'],
  ])('a date with any non-zero part is still reported: %s', (raw, problem) => {
    expect(normalizeDate(raw, DMY)).toEqual({ value: raw, changed: false, problem });
  });

  it('any run of zeros in a date layout is a sentinel; one non-zero digit makes it a date to check', () => {
    const zeros = (min: number, max: number) => fc.integer({ min, max }).map((n) => '0'.repeat(n));
    const layout = fc.tuple(zeros(1, 4), fc.constantFrom('/', '-', '.'), zeros(1, 2), zeros(1, 4));
    fc.assert(
      fc.property(layout, fc.nat(), ([a, sep, b, c], at) => {
        const sentinel = [a, b, c].join(sep);
        expect(normalizeDate(sentinel, MDY)).toMatchObject({ value: '', rule: 'date.empty_sentinel' });
        const digits = [...sentinel].map((ch, i) => (ch === '0' ? i : -1)).filter((i) => i >= 0);
        const i = digits[at % digits.length]!;
        const dated = sentinel.slice(0, i) + '1' + sentinel.slice(i + 1);
        expect(normalizeDate(dated, MDY).rule).not.toBe('date.empty_sentinel');
      }),
    );
  });
});

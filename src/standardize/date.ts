// Dates → ISO 8601, from a table of the formats found in exports. No date library reads all of
// these (Chinese dates, Excel serials, Unix seconds, a configured day/month order), so this is a
// small hand-written table of regular expressions; date-parts.ts checks and formats the result.
//
// Two-digit years use Excel's pivot: 00–29 → 2000–2029, 30–99 → 1930–1999.
// A dotted date (19.07.2024) is day-first by convention, whatever the configured order.
// A column whose own values prove its order (date-order.ts) is read that way: normalizeColumnDate.
import type { NormalizeContext, NormalizeResult } from '../types.js';
import type { ColumnOrder } from './date-order.js';
import { cleanText } from './text.js';
import { blank, invalid, rewritten } from './result.js';
import {
  formatIso,
  fromEpochMs,
  fromExcelSerial,
  impossibility,
  parseTimeAndZone,
  type DateTimeParts,
} from './date-parts.js';

type Order = NormalizeContext['dateOrder'];
/** What a format read: the parts, or a problem; `ambiguous` when the configured order decided. */
type Reading = { parts: DateTimeParts; ambiguous?: Order } | { problem: string };
type Format = { pattern: RegExp; read: (m: RegExpExecArray, order: Order) => Reading | undefined };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const REST = '(?:(?:T|,?\\s+)(.+))?';

export const TWO_DIGIT_YEAR_PIVOT = 30;

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Add the time and zone written after the date, if any; undefined when that text is no time. */
function withTime(parts: DateTimeParts, rest: string | undefined): DateTimeParts | undefined {
  if (rest === undefined) return parts;
  const tz = parseTimeAndZone(rest.trim());
  return tz ? { ...parts, ...tz } : undefined;
}

function reading(parts: DateTimeParts | undefined, ambiguous?: Order): Reading | undefined {
  if (!parts) return undefined;
  return ambiguous ? { parts, ambiguous } : { parts };
}

/** 03/04/2024: which number is the day. Unambiguous when one is over 12 or both are equal. */
function readDayMonth(m: RegExpExecArray, order: Order): Reading | undefined {
  const [, a, sep, b, y, rest] = m;
  const first = Number(a);
  const second = Number(b);
  if (order === 'ymd' && y!.length === 2 && sep !== '.') {
    return reading(withTime({ year: fullYear(a!), month: second, day: Number(y) }, rest));
  }
  const preferred: Order = sep === '.' ? 'dmy' : order === 'mdy' ? 'mdy' : 'dmy';
  let chosen = preferred;
  if (first > 12 && second <= 12) chosen = 'dmy';
  else if (second > 12 && first <= 12) chosen = 'mdy';
  else if (first > 12 && second > 12) return { problem: `impossible date: no month in ${m[0]}` };
  const isAmbiguous = first !== second && first <= 12 && second <= 12 && (sep !== '.' || order !== 'dmy');
  const dayFirst = chosen === 'dmy';
  const parts = { year: fullYear(y!), month: dayFirst ? second : first, day: dayFirst ? first : second };
  return reading(withTime(parts, rest), isAmbiguous ? chosen : undefined);
}

const FORMATS: Format[] = [
  { // 2024-07-19, 2024/7/19, 2024.7.19, with time: 2024-07-19T14:30:00+08:00
    pattern: new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${REST}$`),
    read: (m) => reading(withTime({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }, m[5])),
  },
  { // 2024年7月19日, 24年7月19日 14时30分, 2024年7月19号
    pattern: /^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?\s*(.+)?$/,
    read: (m) => reading(withTime({ year: fullYear(m[1]!), month: Number(m[2]), day: Number(m[3]) }, m[4])),
  },
  { // 19/07/2024, 07/19/2024, 19.07.2024, 19-07-24: order decided by readDayMonth
    pattern: new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${REST}$`),
    read: readDayMonth,
  },
  { // 19-Jul-2024, 19 July 2024, Fri, 19 Jul 2024 14:30:00 +0800
    pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[-\\s/.]*${MONTH_NAME}[-\\s/.,]+(\\d{4}|\\d{2})${REST}$`, 'i'),
    read: (m) => reading(withTime({ year: fullYear(m[3]!), month: monthNumber(m[2]!), day: Number(m[1]) }, m[4])),
  },
  { // Jul 19, 2024; July 19 2024; Fri Jul 19 2024 14:30:00 GMT+0800 (China Standard Time)
    pattern: new RegExp(`^${WEEKDAY}${MONTH_NAME}[-\\s/.]*(\\d{1,2})(?:st|nd|rd|th)?,?[-\\s/.]+(\\d{4})${REST}$`, 'i'),
    read: (m) => reading(withTime({ year: Number(m[3]), month: monthNumber(m[1]!), day: Number(m[2]) }, m[4])),
  },
  { // 20240719, 20240719T143000, 20240719143000Z (ISO basic format)
    pattern: /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/,
    read: (m) => {
      const time = m[4] ? `${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}` : undefined;
      return reading(withTime({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, time));
    },
  },
  { // Excel serial day number (1900 system), roughly 1954–2119; decimals are the time of day
    pattern: /^(\d{5})(?:\.(\d+))?$/,
    read: (m) => {
      const days = Number(m[1]);
      return days >= 20000 && days <= 80000 ? { parts: fromExcelSerial(days, m[2] ?? '') } : undefined;
    },
  },
  { // Unix time: 10 digits = seconds, 13 = milliseconds (an instant: written in UTC with Z)
    pattern: /^(\d{10}|\d{13})$/,
    read: (m) => ({ parts: fromEpochMs(m[1]!.length === 10 ? Number(m[1]) * 1000 : Number(m[1])) }),
  },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** All zeros in a date layout (0/0/00, 00.00.0000, 0000-00-00 00:00:00): how Outlook, MySQL and ERPs
 *  write "no date". Not a bad date to report: there is no date. */
const ZERO_DATE = /^0{1,4}([-/.])0{1,2}\1(?:0{1,4})(?:(?:T|\s+)0{1,2}:00(?::00)?)?$/;

/** Year and month only: 2024-07, 2024年7月 → "2024-07". */
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;

function readYearMonth(text: string): NormalizeResult | undefined {
  const m = YEAR_MONTH.exec(text);
  if (!m || (text.includes('月') !== text.includes('年'))) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { value: text, changed: false, problem: `impossible date: month ${month}` };
  return { value: `${m[1]}-${String(month).padStart(2, '0')}`, changed: true };
}

/**
 * Normalize a date or date-time to ISO 8601 (see the file comment for the rules). A value whose
 * day/month order was decided by ctx.dateOrder alone is converted and reported as
 * "ambiguous: read as dmy"; an impossible or unrecognized value is kept and reported.
 */
export function normalizeDate(raw: string, ctx: NormalizeContext): NormalizeResult {
  return readDate(raw, ctx.dateOrder);
}

/**
 * Normalize a date of a column whose values prove its day/month order (inferDateOrder), or by
 * ctx.dateOrder when `column` is undefined. A value that order decides (03/04/2024 in an mdy
 * column) is no longer ambiguous: converted without a problem, rule "date.iso8601+column_mdy".
 */
export function normalizeColumnDate(raw: string, ctx: NormalizeContext, column: ColumnOrder | undefined): NormalizeResult {
  return readDate(raw, column ?? ctx.dateOrder, column);
}

function readDate(raw: string, order: Order, column?: ColumnOrder): NormalizeResult {
  // Already ISO (2024-07-19) and a real date: the general path would give it back unchanged.
  const iso = ISO_DATE.exec(raw);
  if (iso && impossibility({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }) === undefined) {
    return { value: raw, changed: false };
  }
  const text = cleanText(raw);
  if (text === '') return blank(raw);
  if (ZERO_DATE.test(text)) return rewritten(raw, '', 'date.empty_sentinel');
  for (const format of FORMATS) {
    const m = format.pattern.exec(text);
    if (!m) continue;
    const read = format.read(m, order);
    if (!read) continue;
    if ('problem' in read) return invalid(raw, read.problem);
    const problem = impossibility(read.parts);
    if (problem) return invalid(raw, problem);
    // Decided by the order the column proves: not ambiguous. (A dotted date in an mdy column is read
    // day-first by convention, not by that order: it stays ambiguous.)
    if (read.ambiguous && read.ambiguous === column) return rewritten(raw, formatIso(read.parts), `date.iso8601+column_${column}`);
    const result = rewritten(raw, formatIso(read.parts), 'date.iso8601');
    if (read.ambiguous) result.note = `ambiguous: read as ${read.ambiguous}`;
    return result;
  }
  const yearMonth = readYearMonth(text);
  if (yearMonth?.problem) return invalid(raw, yearMonth.problem);
  if (yearMonth) return rewritten(raw, yearMonth.value, 'date.iso8601');
  return invalid(raw, 'unrecognized date');
}

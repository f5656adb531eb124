// Which way round a date column writes day and month, from its own values. One export writes all
// its dates one way: a column holding 7/19/2024 is month-first, so its 03/04/2024 is 4 March too.
//
// Evidence comes from numeric dates with "/" or "-" (19/7/2024, 7-19-24). A value proves month-first
// when its second number can only be a day (13–31, first ≤ 12), day-first when its first number can
// only be a day. Not evidence: ISO and other year-first dates, Excel serials, month names, dotted
// dates (19.07.2024: day-first by convention, see date.ts), equal or impossible numbers.
// Two-digit years: 19/07/24 may also be yy/mm/dd (2019-07-24), so it does not prove day-first; it
// only rules month-first out. 07/19/24 reads no other way than month-first.
import { cleanText } from './text.js';

/** The orders a column can prove: day-first or month-first. */
export type ColumnOrder = 'dmy' | 'mdy';

/** What one value says about its column's order. `not_mdy`: no month-first reading, yet not proof of day-first. */
export type ValueEvidence = ColumnOrder | 'not_mdy';

export interface DateOrderEvidence {
  /** The order the values prove; 'mixed' when some prove each; absent when none proves either. */
  order?: ColumnOrder | 'mixed';
  /** Values only month-first reads, only day-first reads (two-digit-year ones that rule month-first out included). */
  mdy: number;
  dmy: number;
  /** The first value of each kind, to show a user why. */
  mdyExample?: string;
  dmyExample?: string;
}

const DAY_MONTH = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?:$|[T\s,])/;

/** What a value proves about the order of its column (see the file comment); undefined: nothing. */
export function dateOrderEvidence(raw: string): ValueEvidence | undefined {
  const m = DAY_MONTH.exec(cleanText(raw));
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const twoDigitYear = m[4]!.length === 2;
  if (first < 1 || second < 1) return undefined;
  if (first <= 12 && second > 12 && second <= 31) return 'mdy';
  if (twoDigitYear && first > 12 && second <= 12) return 'not_mdy';
  if (first > 12 && first <= 31 && second <= 12) return 'dmy';
  return undefined;
}

/**
 * The day/month order a column's values prove: mdy when some can only be month-first and none rules
 * month-first out, dmy the other way round, mixed when both kinds appear, none without evidence.
 */
export function inferDateOrder(values: Iterable<string>): DateOrderEvidence {
  const evidence: DateOrderEvidence = { mdy: 0, dmy: 0 };
  let dayFirstProof = false;
  for (const value of values) {
    const says = dateOrderEvidence(value);
    if (says === undefined) continue;
    if (says === 'mdy') {
      evidence.mdy++;
      evidence.mdyExample ??= value;
    } else {
      evidence.dmy++;
      evidence.dmyExample ??= value;
      if (says === 'dmy') dayFirstProof = true;
    }
  }
  if (evidence.mdy > 0 && evidence.dmy > 0) evidence.order = 'mixed';
  else if (evidence.mdy > 0) evidence.order = 'mdy';
  else if (dayFirstProof) evidence.order = 'dmy';
  return evidence;
}

// Dialect sniffing: which delimiter and quote character a delimited text file uses, and its line
// ending. Each candidate is tried with csv-parse itself on the first lines, so separators inside quoted
// fields are not counted; the candidate giving the most consistent (and widest) rows wins.
import { parse } from 'csv-parse/sync';

export type LineEnding = 'crlf' | 'lf' | 'cr';

export interface Dialect {
  delimiter: string;
  quote: string;
  lineEnding: LineEnding;
}

const DELIMITERS = [',', '\t', ';', '|'];
const MAX_LINES = 200;
/** Every line ending is accepted when parsing; CRLF listed first so it counts as one break. */
export const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

/** Counts CRLF, lone LF and lone CR; the most frequent is the file's line ending. */
export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return 'crlf';
  return cr > lf ? 'cr' : 'lf';
}

/** Field counts of the first records under one candidate dialect; a parse error ends the sample. */
function fieldCounts(text: string, delimiter: string, quote: string): number[] {
  const counts: number[] = [];
  try {
    parse(text, {
      delimiter,
      quote,
      record_delimiter: RECORD_DELIMITERS,
      relax_quotes: true,
      relax_column_count: true,
      to: MAX_LINES,
      on_record: (record: string[]) => {
        const blank = record.length === 1 && record[0]!.trim() === '';
        if (!blank) counts.push(record.length);
        return null;
      },
    });
  } catch {
    // A quote left open by the cut-off sample: the records before it are enough.
  }
  return counts;
}

interface Fit {
  /** Share of records having the most common field count. */
  share: number;
  /** That field count. */
  width: number;
}

/** How consistently a candidate splits the records; a candidate that never splits fits nothing. */
function fit(counts: number[]): Fit {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let width = 1;
  let best = 0;
  for (const [count, n] of freq) {
    if (n > best || (n === best && count > width)) {
      best = n;
      width = count;
    }
  }
  if (width < 2 || counts.length === 0) return { share: 0, width: 1 };
  return { share: best / counts.length, width };
}

/** Consistency first; near-equal consistency (a title row, a ragged row) goes to the wider split. */
function better(a: Fit, b: Fit): boolean {
  if (Math.abs(a.share - b.share) > 0.02) return a.share > b.share;
  return a.width > b.width;
}

/**
 * A single quote is tried only in a sample without double quotes that has a whole single-quoted
 * field between two of the delimiter's (some database dumps quote that way). Apostrophes in O'Brien
 * or '0123, or next to some other separator, must not make it win by chance.
 */
function singleQuotedField(sample: string, delimiter: string): boolean {
  const d = delimiter.replace(/[|\\^$.*+?()[\]{}]/g, '\\$&');
  return new RegExp(`(^|${d})'[^'\\r\\n]*'($|${d}|[\\r\\n])`, 'm').test(sample);
}

/** A single quote must fit clearly better, and fit well, to replace the usual double quote. */
function singleQuoteWins(single: Fit, double: Fit): boolean {
  return single.share >= 0.9 && single.share > double.share + 0.1;
}

/** Cuts a partial sample at its last line break, so the last line is not half a record. */
function wholeLines(text: string, complete: boolean): string {
  if (complete) return text;
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut > 0 ? text.slice(0, cut + 1) : text;
}

/** Picks delimiter and quote from decoded text (the first ~64 KB). Overrides are taken as given. */
export function sniffDialect(text: string, complete: boolean, override?: { delimiter?: string }): Dialect {
  const sample = wholeLines(text, complete);
  const lineEnding = detectLineEnding(sample);
  const delimiters = override?.delimiter ? [override.delimiter] : DELIMITERS;
  const canBeSingle = !sample.includes('"');
  let double = { delimiter: delimiters[0]!, fit: { share: -1, width: 0 } as Fit };
  let single: typeof double | undefined;
  for (const delimiter of delimiters) {
    // Strictly better only: earlier delimiters win ties.
    const f = fit(fieldCounts(sample, delimiter, '"'));
    if (better(f, double.fit)) double = { delimiter, fit: f };
    if (canBeSingle && singleQuotedField(sample, delimiter)) {
      const g = fit(fieldCounts(sample, delimiter, "'"));
      if (!single || better(g, single.fit)) single = { delimiter, fit: g };
    }
  }
  const chosen = single && singleQuoteWins(single.fit, double.fit) ? { ...single, quote: "'" } : { ...double, quote: '"' };
  return { delimiter: chosen.delimiter, quote: chosen.quote, lineEnding };
}

// Excel cell values → the text a user sees, in a stable form: ISO dates, numbers without float noise
// or exponents (phone numbers stored as numbers), formula results, rich text and hyperlinks as text.

/** The parts of an exceljs cell this module reads. */
export interface CellLike {
  value: unknown;
  numFmt?: string;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial day 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** 2024-07-19 at midnight, else 2024-07-19T08:30:00 (to the nearest second, no zone: Excel has none). */
export function dateText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  const iso = new Date(Math.round(t / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** 13800138000 stays 13800138000; 0.1 + 0.2 reads 0.3. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n === 0 ? 0 : n); // no exponent below 1e21; -0 reads 0
  return String(Number(n.toPrecision(15)));
}

/** Date formats hold y/m/d/h/s outside quoted text and [colour]/[locale] sections. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  return /[ymdhs]/i.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function objectText(v: Record<string, unknown>, numFmt: string | undefined): string {
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
    const result = v.result;
    if (typeof result === 'number' && isDateFormat(numFmt)) return dateText(serialToDate(result));
    return valueText(result, numFmt);
  }
  if ('hyperlink' in v) return valueText(v.text ?? v.hyperlink, undefined);
  if ('text' in v) return valueText(v.text, undefined);
  if ('error' in v) return String(v.error);
  return '';
}

/** Text of any exceljs cell value. */
export function valueText(v: unknown, numFmt?: string): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return numberText(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      if (v === null) return '';
      if (v instanceof Date) return dateText(v);
      return objectText(v as Record<string, unknown>, numFmt);
    default:
      return '';
  }
}

/** A cell's text; the number format is read only where it matters (formula results). */
export function cellText(cell: CellLike): string {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) return objectText(v as Record<string, unknown>, cell.numFmt);
  return valueText(v);
}

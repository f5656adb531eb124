// Pieces of a date-time and their ISO 8601 text: checking, times of day, time zones, serial numbers.

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  /** Fraction-of-second digits as written ("5" for .5), without trailing zeros. */
  fraction: string;
}

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  time?: TimeOfDay;
  /** "Z" or "+08:00"; absent when the value names no zone. */
  zone?: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why the parts are not a real date-time, or undefined when they are. */
export function impossibility(p: DateTimeParts): string | undefined {
  if (p.year < 1000 || p.year > 9999) return `impossible date: year ${p.year}`;
  if (p.month < 1 || p.month > 12) return `impossible date: month ${p.month}`;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return `impossible date: ${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
  const t = p.time;
  if (t && (t.hour > 23 || t.minute > 59 || t.second > 59)) return `impossible time: ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
  return undefined;
}

/** ISO 8601: 2024-07-19, 2024-07-19T14:30:00, 2024-07-19T14:30:00.5+08:00. */
export function formatIso(p: DateTimeParts): string {
  let text = `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
  if (p.time) {
    const t = p.time;
    text += `T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}${t.fraction ? '.' + t.fraction : ''}`;
  }
  return p.zone ? text + p.zone : text;
}

const ZONE = String.raw`(Z|UTC|GMT|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?)`;
const CJK_MERIDIEM = '(上午|下午|中午|晚上|凌晨|早上)';
const CLOCK = new RegExp(
  String.raw`^${CJK_MERIDIEM}?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*${ZONE}?$`,
  'i',
);
const CJK_CLOCK = new RegExp(String.raw`^${CJK_MERIDIEM}?\s*(\d{1,2})\s*[时時点點]\s*(?:(\d{1,2})\s*分)?\s*(?:(\d{1,2})\s*秒)?$`);
const TRAILING_COMMENT = /\s*\([^()]*\)$/; // "GMT+0800 (China Standard Time)"

/** "+0800", "GMT+8", "UTC" → "+08:00" / "Z". */
function formatZone(zone: string): string {
  const offset = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!offset) return 'Z';
  return `${offset[1]}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`;
}

/** A 12-hour clock reading turned to 24-hour: "pm"/下午/晚上 add 12 (except 12), "am"/凌晨 make 12 midnight. */
function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const m = meridiem.toLowerCase().replace(/\./g, '');
  if (m === 'pm' || m === '下午' || m === '晚上') return hour < 12 ? hour + 12 : hour;
  if (m === '中午') return hour < 11 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}

/** Time of day and zone after the date ("14:30", "2:30 PM", "下午2点30分", "14:30:00+08:00"). */
export function parseTimeAndZone(text: string): { time: TimeOfDay; zone?: string } | undefined {
  const rest = text.replace(TRAILING_COMMENT, '');
  const clock = CLOCK.exec(rest);
  if (clock) {
    const time: TimeOfDay = {
      hour: to24h(Number(clock[2]), clock[1] ?? clock[6]),
      minute: Number(clock[3]),
      second: Number(clock[4] ?? 0),
      fraction: (clock[5] ?? '').replace(/0+$/, ''),
    };
    return clock[7] ? { time, zone: formatZone(clock[7]) } : { time };
  }
  const cjk = CJK_CLOCK.exec(rest);
  if (!cjk) return undefined;
  return { time: { hour: to24h(Number(cjk[2]), cjk[1]), minute: Number(cjk[3] ?? 0), second: Number(cjk[4] ?? 0), fraction: '' } };
}

/** Parts of a UTC instant given in milliseconds since 1970 (zone "Z"). */
export function fromEpochMs(ms: number): DateTimeParts {
  const d = new Date(ms);
  const fraction = String(d.getUTCMilliseconds()).padStart(3, '0').replace(/0+$/, '');
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), fraction },
    zone: 'Z',
  };
}

/** Excel 1900 date system: serial 1 is 1900-01-01 and 60 the non-existent 1900-02-29 (a bug kept
 *  for Lotus 1-2-3), so from serial 61 on, day 0 is 1899-12-30. Fraction = time of day, to the second. */
export function fromExcelSerial(days: number, fractionDigits: string): DateTimeParts {
  const seconds = fractionDigits ? Math.round(Number('0.' + fractionDigits) * 86400) : 0;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000 + seconds * 1000);
  const parts: DateTimeParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  if (/[1-9]/.test(fractionDigits)) {
    parts.time = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), fraction: '' };
  }
  return parts;
}

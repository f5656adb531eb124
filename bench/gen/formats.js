// How the same value looks in different systems: phone layouts per country, date layouts
// (ISO, US, UK, German, Chinese, Excel serial), amount layouts with currency conventions.
import { Weighted } from './prng.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Phone layouts: functions of {cc, area, sub, mobile} where area+sub is the national number. */
const PHONE = {
  cnMobile: new Weighted([
    [(p) => p.sub, 40], [(p) => `${p.sub.slice(0, 3)}-${p.sub.slice(3, 7)}-${p.sub.slice(7)}`, 15],
    [(p) => `${p.sub.slice(0, 3)} ${p.sub.slice(3, 7)} ${p.sub.slice(7)}`, 12], [(p) => `+86 ${p.sub}`, 12],
    [(p) => `+86-${p.sub.slice(0, 3)}-${p.sub.slice(3, 7)}-${p.sub.slice(7)}`, 6], [(p) => `0086 ${p.sub}`, 3],
    [(p) => `+86${p.sub}`, 7], [(p) => `(+86) ${p.sub.slice(0, 3)} ${p.sub.slice(3, 7)} ${p.sub.slice(7)}`, 5],
  ]),
  cnFixed: new Weighted([
    [(p) => `0${p.area}-${p.sub}`, 45], [(p) => `(0${p.area}) ${p.sub.slice(0, 4)} ${p.sub.slice(4)}`, 10],
    [(p) => `+86 ${p.area} ${p.sub.slice(0, 4)} ${p.sub.slice(4)}`, 10], [(p) => `0${p.area}${p.sub}`, 15],
    [(p) => `0${p.area}-${p.sub}转${p.ext}`, 8], [(p) => `+86-${p.area}-${p.sub}`, 12],
  ]),
  us: new Weighted([
    [(p) => `(${p.area}) ${p.sub.slice(0, 3)}-${p.sub.slice(3)}`, 40], [(p) => `${p.area}-${p.sub.slice(0, 3)}-${p.sub.slice(3)}`, 25],
    [(p) => `+1 ${p.area} ${p.sub.slice(0, 3)} ${p.sub.slice(3)}`, 10], [(p) => `${p.area}.${p.sub.slice(0, 3)}.${p.sub.slice(3)}`, 10],
    [(p) => `${p.area}${p.sub}`, 5], [(p) => `+1 (${p.area}) ${p.sub.slice(0, 3)}-${p.sub.slice(3)}`, 5],
    [(p) => `1-${p.area}-${p.sub.slice(0, 3)}-${p.sub.slice(3)}`, 5],
  ]),
  ukMobile: new Weighted([
    [(p) => `0${p.area} ${p.sub}`, 45], [(p) => `+44 ${p.area} ${p.sub}`, 25], [(p) => `+44${p.area}${p.sub}`, 10],
    [(p) => `0${p.area}${p.sub}`, 15], [(p) => `(0${p.area}) ${p.sub}`, 5],
  ]),
  ukFixed: new Weighted([
    [(p) => `0${p.area} ${p.sub.slice(0, -4)} ${p.sub.slice(-4)}`, 45], [(p) => `+44 ${p.area} ${p.sub.slice(0, -4)} ${p.sub.slice(-4)}`, 30],
    [(p) => `(0${p.area}) ${p.sub.slice(0, -4)} ${p.sub.slice(-4)}`, 15], [(p) => `0${p.area}${p.sub}`, 10],
  ]),
  de: new Weighted([
    [(p) => `0${p.area} ${p.sub}`, 40], [(p) => `+49 ${p.area} ${p.sub}`, 25],
    [(p) => `+49 (0)${p.area} ${p.sub.slice(0, 4)} ${p.sub.slice(4)}`, 10], [(p) => `0${p.area}-${p.sub}`, 8],
    [(p) => `0${p.area}/${p.sub}`, 7], [(p) => `0${p.area}${p.sub}`, 10],
  ]),
};

/** A phone number in one of its country's usual layouts; `not` re-draws to avoid a given layout. */
export function formatPhone(p, rng, not = '') {
  const table = p.cc === '86' ? (p.mobile ? PHONE.cnMobile : PHONE.cnFixed)
    : p.cc === '1' ? PHONE.us
    : p.cc === '44' ? (p.mobile ? PHONE.ukMobile : PHONE.ukFixed)
    : PHONE.de;
  let s = table.value(rng)(p);
  for (let i = 0; i < 4 && s === not; i++) s = table.value(rng)(p);
  if (p.ext && p.cc !== '86' && s !== not && rng.chance(0.05)) s += rng.chance(0.5) ? ` x${p.ext}` : ` ext. ${p.ext}`;
  return s;
}

const DATE = {
  iso: (d) => `${d.y}-${pad2(d.m)}-${pad2(d.d)}`,
  isoTime: (d) => `${d.y}-${pad2(d.m)}-${pad2(d.d)} ${pad2(d.hh)}:${pad2(d.mi)}:${pad2(d.ss)}`,
  ymdSlash: (d) => `${d.y}/${d.m}/${d.d}`,
  cn: (d) => `${d.y}年${d.m}月${d.d}日`,
  mdy: (d) => `${d.m}/${d.d}/${d.y}`,
  mdyPad: (d) => `${pad2(d.m)}/${pad2(d.d)}/${d.y}`,
  dmy: (d) => `${pad2(d.d)}/${pad2(d.m)}/${d.y}`,
  dmyDot: (d) => `${pad2(d.d)}.${pad2(d.m)}.${d.y}`,
  monDY: (d) => `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`,
  dMonY: (d) => `${d.d} ${MONTHS[d.m - 1]} ${d.y}`,
  dMonYDash: (d) => `${pad2(d.d)}-${MONTHS[d.m - 1]}-${d.y}`,
  excel: (d) => String(Math.round((d.ms - EXCEL_EPOCH_MS) / DAY_MS)),
};
const DATE_MIX = {
  cn: new Weighted([[DATE.iso, 35], [DATE.ymdSlash, 20], [DATE.cn, 20], [DATE.isoTime, 15], [DATE.excel, 10]]),
  us: new Weighted([[DATE.mdy, 35], [DATE.mdyPad, 10], [DATE.iso, 25], [DATE.excel, 10], [DATE.monDY, 10], [DATE.isoTime, 10]]),
  uk: new Weighted([[DATE.dmy, 45], [DATE.iso, 30], [DATE.excel, 10], [DATE.dMonY, 10], [DATE.dMonYDash, 5]]),
  de: new Weighted([[DATE.dmyDot, 55], [DATE.iso, 30], [DATE.excel, 15]]),
};

/** A creation timestamp (ms) between 2015-01-01 and 2025-06-30, with a time of day. */
export function randomCreated(rng) {
  const start = Date.UTC(2015, 0, 1);
  const days = Math.floor((Date.UTC(2025, 5, 30) - start) / DAY_MS);
  return start + rng.int(days) * DAY_MS + rng.range(8 * 3600, 19 * 3600) * 1000;
}

/** A date in one of the layouts a system of this country writes; `not` avoids a given rendering. */
export function formatDate(ms, kind, rng, not = '') {
  const t = new Date(ms);
  const d = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), ss: t.getUTCSeconds(), ms };
  const table = DATE_MIX[kind];
  let s = table.value(rng)(d);
  for (let i = 0; i < 4 && s === not; i++) s = table.value(rng)(d);
  return s;
}

const group = (int, sep) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const AMOUNT = {
  cn: new Weighted([
    [(a) => `¥${group(a.toFixed(2).split('.')[0], ',')}.${a.toFixed(2).split('.')[1]}`, 25], [(a) => String(Math.round(a * 100) / 100), 40],
    [(a) => (a >= 10000 ? `${(a / 10000).toFixed(1)}万` : a.toFixed(2)), 10], [(a) => `RMB ${group(String(Math.round(a)), ',')}`, 10],
    [(a) => `￥${Math.round(a)}`, 5], [() => '', 10],
  ]),
  us: new Weighted([[(a) => `$${group(a.toFixed(2).split('.')[0], ',')}.${a.toFixed(2).split('.')[1]}`, 50], [(a) => a.toFixed(2), 35], [(a) => `USD ${group(a.toFixed(2).split('.')[0], ',')}.${a.toFixed(2).split('.')[1]}`, 5], [() => '', 10]]),
  uk: new Weighted([[(a) => `£${group(a.toFixed(2).split('.')[0], ',')}.${a.toFixed(2).split('.')[1]}`, 50], [(a) => a.toFixed(2), 35], [(a) => `GBP ${a.toFixed(2)}`, 5], [() => '', 10]]),
  de: new Weighted([
    [(a) => `${group(a.toFixed(2).split('.')[0], '.')},${a.toFixed(2).split('.')[1]} €`, 50], [(a) => a.toFixed(2).replace('.', ','), 20],
    [(a) => `EUR ${group(a.toFixed(2).split('.')[0], '.')},${a.toFixed(2).split('.')[1]}`, 10], [(a) => a.toFixed(2), 10], [() => '', 10],
  ]),
};

/** A deal amount: log-normal around a few thousand, the way order values spread. */
export function randomAmount(rng) {
  return Math.round(Math.exp(8 + 1.4 * rng.normal()) * 100) / 100;
}

export function formatAmount(a, kind, rng) {
  return AMOUNT[kind].value(rng)(a);
}

// The mess a second record of the same customer carries: typos, pinyin for hanzi, swapped names,
// other phone/date layouts, e-mail case, dropped legal forms, blanks. Each duplicate gets 1–3 of these.
import { Weighted } from './prng.js';
import { formatDate, formatPhone } from './formats.js';
import { HOMOPHONES, HONORIFICS } from './words-cn.js';
import { TITLES } from './words-latin.js';
import { cnCompanyShort, cnPinyinName } from './entity-cn.js';
import { latinAddress, latinCompanyShort } from './entity-latin.js';

export const COL = { id: 0, name: 1, company: 2, email: 3, mobile: 4, phone: 5, address: 6, city: 7, province: 8, postcode: 9, created: 10, amount: 11 };
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A keyboard-style typo: swap two neighbours, drop one, insert one, or replace one character. */
export function typo(s, rng) {
  const chars = [...s];
  if (chars.length < 3) return s;
  const i = rng.range(1, chars.length - 2);
  const op = rng.int(4);
  if (op === 0) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else if (op === 1) chars.splice(i, 1);
  else if (op === 2) chars.splice(i, 0, LETTERS[rng.int(26)]);
  else chars[i] = LETTERS[rng.int(26)];
  return chars.join('');
}

/** A hanzi slip: a same-sounding given-name character, the given characters swapped, or a stray space. */
function cnTypo(name, rng) {
  const chars = [...name];
  const at = chars.findIndex((c, i) => i > 0 && HOMOPHONES[c]);
  if (at > 0 && rng.chance(0.8)) chars[at] = HOMOPHONES[chars[at]];
  else if (chars.length === 3) [chars[1], chars[2]] = [chars[2], chars[1]];
  else return `${chars[0]} ${chars.slice(1).join('')}`;
  return chars.join('');
}

const toFullWidth = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const BLANKABLE = [COL.company, COL.email, COL.mobile, COL.phone, COL.address, COL.postcode, COL.created, COL.amount, COL.city];

const OPS = {
  nameTypo: (row, e, rng) => { row[COL.name] = e.kind === 'cn' ? cnTypo(row[COL.name], rng) : typo(row[COL.name], rng); },
  namePinyin: (row, e, rng) => { if (e.kind === 'cn') row[COL.name] = cnPinyinName(e, rng); },
  nameSwap: (row, e) => { if (e.kind !== 'cn') row[COL.name] = `${e.last} ${e.first}`; },
  honorific: (row, e, rng) => {
    row[COL.name] = e.kind === 'cn' ? row[COL.name] + rng.pick(HONORIFICS) : `${rng.pick(TITLES[e.kind])} ${row[COL.name]}`;
  },
  phoneReformat: (row, e, rng) => {
    if (e.mobile && row[COL.mobile]) row[COL.mobile] = formatPhone(e.mobile, rng, row[COL.mobile]);
    if (e.phone && row[COL.phone]) row[COL.phone] = formatPhone(e.phone, rng, row[COL.phone]);
  },
  mobileInPhone: (row) => { if (row[COL.mobile]) [row[COL.mobile], row[COL.phone]] = ['', row[COL.mobile]]; },
  emailCase: (row, e, rng) => {
    const [local, domain] = row[COL.email].split('@');
    if (!domain) return;
    const cap = (s) => s.replace(/(^|[._])([a-z])/g, (m, p, c) => p + c.toUpperCase());
    row[COL.email] = rng.chance(0.7) ? `${cap(local)}@${domain}` : row[COL.email].toUpperCase();
    if (rng.chance(0.2)) row[COL.email] = ` ${row[COL.email]} `;
  },
  emailBlank: (row) => { row[COL.email] = ''; },
  companyShort: (row, e, rng) => { row[COL.company] = e.kind === 'cn' ? cnCompanyShort(e.company, rng) : latinCompanyShort(e.company, rng); },
  blankField: (row, e, rng) => { row[rng.pick(BLANKABLE)] = ''; },
  dateReformat: (row, e, rng) => { if (row[COL.created]) row[COL.created] = formatDate(e.created, e.kind, rng, row[COL.created]); },
  addressVariant: (row, e, rng) => {
    if (e.kind === 'cn') row[COL.address] = `${e.address.district}${e.address.line}`.replace(/号.*/, '号');
    else row[COL.address] = typo(latinAddress(e, rng, !/\.\s|\.$/.test(row[COL.address])), rng);
  },
  fullWidth: (row) => { row[COL.mobile] = toFullWidth(row[COL.mobile]); },
  newMobile: (row, e, rng) => { if (e.kind === 'cn') row[COL.mobile] = formatPhone({ ...e.mobile, sub: e.mobile.sub.slice(0, 3) + rng.digits(8) }, rng); },
};

const MENU = {
  cn: new Weighted([
    ['nameTypo', 12], ['namePinyin', 10], ['honorific', 4], ['phoneReformat', 14], ['mobileInPhone', 3], ['emailCase', 5],
    ['emailBlank', 8], ['companyShort', 15], ['blankField', 14], ['dateReformat', 12], ['addressVariant', 8], ['fullWidth', 2], ['newMobile', 3],
  ]),
  latin: new Weighted([
    ['nameTypo', 16], ['nameSwap', 8], ['honorific', 4], ['phoneReformat', 16], ['emailCase', 8], ['emailBlank', 8],
    ['companyShort', 14], ['blankField', 14], ['dateReformat', 12], ['addressVariant', 8],
  ]),
};
const HOW_MANY = new Weighted([[1, 45], [2, 35], [3, 20]]);

/** Applies 1–3 distinct noise operations to a duplicate's row in place; returns their names. */
export function addNoise(row, e, rng) {
  const menu = MENU[e.kind === 'cn' ? 'cn' : 'latin'];
  const n = HOW_MANY.value(rng);
  const done = [];
  for (let tries = 0; done.length < n && tries < 10; tries++) {
    const op = menu.value(rng);
    if (done.includes(op)) continue;
    OPS[op](row, e, rng);
    done.push(op);
  }
  return done;
}

/** Placeholder junk shared by many unrelated rows, which blocking must not pair up. */
export function addPlaceholders(row, e, rng) {
  const r = rng.next();
  if (r < 0.004 && e.kind === 'cn') row[COL.mobile] = '13800000000';
  else if (r < 0.007) row[COL.email] = rng.chance(0.7) ? 'test@test.com' : 'N/A';
  else if (r < 0.012) row[COL.phone] = 'N/A';
  else if (r < 0.014) row[COL.company] = rng.chance(0.5) ? 'N/A' : '无';
  else if (r < 0.016) row[COL.mobile] = '0000000000';
}

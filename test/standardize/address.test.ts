import { describe, it, expect } from 'vitest';
import { normalizeAddress, normalizeCity, normalizeRegion } from '../../src/standardize/address.js';
import type { FieldValues } from '../../src/types.js';
import { checkIdempotent, checkTotal, ctxCN } from './arbitraries.js';

const ctxUS = { defaultRegion: 'US', dateOrder: 'mdy' as const };

type CnCase = [raw: string, value: string, derived: FieldValues | undefined];

const CHINESE: CnCase[] = [
  ['北京市 北京市 朝阳区 建国路８８号', '北京市 北京市 朝阳区 建国路88号', { region: '北京市', city: '北京市', district: '朝阳区' }],
  ['北京市朝阳区建国路88号SOHO现代城', '北京市朝阳区建国路88号SOHO现代城', { region: '北京市', city: '北京市', district: '朝阳区' }],
  ['上海市浦东新区张江路100号', '上海市浦东新区张江路100号', { region: '上海市', city: '上海市', district: '浦东新区' }],
  ['上海浦东新区世纪大道1号', '上海浦东新区世纪大道1号', { region: '上海市', city: '上海市', district: '浦东新区' }],
  ['浦东新区世纪大道1号', '浦东新区世纪大道1号', { region: '上海市', city: '上海市', district: '浦东新区' }],
  ['广东深圳南山区科技园', '广东深圳南山区科技园', { region: '广东省', city: '深圳市', district: '南山区' }],
  ['广东省深圳市南山区科技园南区 Ｔ３栋', '广东省深圳市南山区科技园南区 T3栋', { region: '广东省', city: '深圳市', district: '南山区' }],
  ['深圳市福田区深南大道1001号', '深圳市福田区深南大道1001号', { region: '广东省', city: '深圳市', district: '福田区' }],
  ['江苏省南京市鼓楼区中山路1号', '江苏省南京市鼓楼区中山路1号', { region: '江苏省', city: '南京市', district: '鼓楼区' }],
  ['江苏省鼓楼区中山路1号', '江苏省鼓楼区中山路1号', { region: '江苏省' }],
  ['吉林市船营区解放大路', '吉林市船营区解放大路', { region: '吉林省', city: '吉林市', district: '船营区' }],
  ['吉林省长春市朝阳区人民大街', '吉林省长春市朝阳区人民大街', { region: '吉林省', city: '长春市', district: '朝阳区' }],
  ['内蒙古呼和浩特市新城区', '内蒙古呼和浩特市新城区', { region: '内蒙古自治区', city: '呼和浩特市', district: '新城区' }],
  ['延边州延吉市光明街', '延边州延吉市光明街', { region: '吉林省', city: '延边朝鲜族自治州', district: '延吉市' }],
  ['湖北省仙桃市钱沟路', '湖北省仙桃市钱沟路', { region: '湖北省', city: '仙桃市' }],
  ['重庆市渝中区解放碑', '重庆市渝中区解放碑', { region: '重庆市', city: '重庆市', district: '渝中区' }],
  ['杭州市西湖区文三路', '杭州市西湖区文三路', { region: '浙江省', city: '杭州市', district: '西湖区' }],
  ['湖南路100号', '湖南路100号', undefined],
  ['南京东路300号', '南京东路300号', undefined],
  ['朝阳区建国路', '朝阳区建国路', undefined],
  ['香港九龙弥敦道', '香港九龙弥敦道', { region: '香港特别行政区' }],
];

const LATIN: [raw: string, value: string, key: string][] = [
  ['123 MAIN ST, SPRINGFIELD IL 62704', '123 Main Street, Springfield IL 62704', '123 main street springfield il 62704'],
  ['456 n. oak ave apt 5b', '456 North Oak Avenue Apartment 5b', '456 north oak avenue apartment 5b'],
  ['789 St Marks Pl', '789 Saint Marks Place', '789 saint marks place'],
  ['12 Elm Dr., Suite 300', '12 Elm Drive, Suite 300', '12 elm drive suite 300'],
  ['1600 Pennsylvania Ave NW, Washington, DC 20500', '1600 Pennsylvania Avenue Northwest, Washington, DC 20500', '1600 pennsylvania avenue northwest washington dc 20500'],
  ['100 Dr Martin Luther King Jr Blvd', '100 Dr Martin Luther King Jr Boulevard', '100 dr martin luther king jr boulevard'],
  ['P.O. Box 123', 'PO Box 123', 'po box 123'],
  ['Hartford CT 06103', 'Hartford CT 06103', 'hartford ct 06103'],
  ['10 Downing St, London SW1A 2AA', '10 Downing Street, London SW1A 2AA', '10 downing street london sw1a 2aa'],
  ['5 W 42ND ST', '5 West 42nd Street', '5 west 42nd street'],
  ['77 Massachusetts Ave, Ste 2', '77 Massachusetts Avenue, Suite 2', '77 massachusetts avenue suite 2'],
  ['221B Baker Street', '221B Baker Street', '221b baker street'],
  ['Apt E, 40 Park Ln', 'Apartment E, 40 Park Lane', 'apartment e 40 park lane'],
  ['Route 66 Hwy', 'Route 66 Highway', 'route 66 highway'],
  ['Königstraße 12', 'Königstraße 12', 'konigstrasse 12'],
  ['1 Infinite Loop,, Cupertino', '1 Infinite Loop, Cupertino', '1 infinite loop cupertino'],
];

describe('normalizeAddress', () => {
  it.each(CHINESE)('%s', (raw, value, derived) => {
    const r = normalizeAddress(raw, ctxCN);
    expect(r.value).toBe(value);
    expect(r.changed).toBe(value !== raw);
    expect(r.derived).toEqual(derived);
  });

  it.each(LATIN)('%s → %s', (raw, value, key) => {
    const r = normalizeAddress(raw, ctxUS);
    expect(r.value).toBe(value);
    expect(r.changed).toBe(value !== raw);
    expect(r.keys?.address_key).toBe(key);
  });

  it('gives abbreviated and full Chinese forms one key', () => {
    const keys = ['广东深圳南山区科技园', '广东省深圳市南山区科技园', '广东省 深圳市 南山区 科技园', '深圳市南山区科技园']
      .map((a) => normalizeAddress(a, ctxCN).keys?.address_key);
    expect(new Set(keys)).toEqual(new Set(['广东省深圳市南山区科技园']));
    const beijing = ['北京市北京市朝阳区建国路88号', '北京朝阳区建国路８８号', '北京市 朝阳区 建国路 88 号']
      .map((a) => normalizeAddress(a, ctxCN).keys?.address_key);
    expect(new Set(beijing)).toEqual(new Set(['北京市朝阳区建国路88号']));
  });

  it('is idempotent', () => checkIdempotent(normalizeAddress));
  it('never throws', () => checkTotal(normalizeAddress));
});

describe('normalizeRegion', () => {
  it.each([
    ['广东', '广东省'], ['广东省', '广东省'], ['北京', '北京市'], ['内蒙古', '内蒙古自治区'],
    ['广西', '广西壮族自治区'], ['新疆', '新疆维吾尔自治区'], ['香港', '香港特别行政区'], [' 上海 ', '上海市'],
  ])('%s → %s', (raw, value) => {
    expect(normalizeRegion(raw, ctxCN).value).toBe(value);
  });

  it.each([
    ['Calif.', 'CA'], ['california', 'CA'], ['ca', 'CA'], ['N.Y.', 'NY'], ['Mass.', 'MA'],
    ['West Virginia', 'WV'], ['TX', 'TX'], ['District of Columbia', 'DC'],
  ])('US %s → %s', (raw, value) => {
    expect(normalizeRegion(raw, ctxUS)).toMatchObject({ value, changed: value !== raw });
  });

  it('keeps the language of Latin input and leaves short codes alone outside the US', () => {
    expect(normalizeRegion('GUANGDONG', { ...ctxCN, country: 'SG' }).value).toBe('Guangdong');
    expect(normalizeRegion('BAVARIA', { ...ctxCN, country: 'DE' }).value).toBe('Bavaria');
    expect(normalizeRegion('NSW', { ...ctxCN, country: 'AU' }).value).toBe('NSW');
    expect(normalizeRegion('wa', { ...ctxCN, country: 'AU' }).value).toBe('Wa');
  });

  it('reports a hanzi value that is no Chinese province', () => {
    expect(normalizeRegion('某某省', ctxCN)).toEqual({ value: '某某省', changed: false, problem: 'not a Chinese province: 某某省' });
  });

  it('recomposes what recasing decomposed (found by the idempotence property)', () => {
    const once = normalizeRegion('İぁ㏍', ctxCN).value;
    expect(once).toBe('\u0130ぁkk');
    expect(normalizeRegion(once, ctxCN).value).toBe(once);
  });

  it('is idempotent', () => checkIdempotent(normalizeRegion));
  it('is idempotent for US rows', () => checkIdempotent(normalizeRegion, ctxUS));
  it('never throws', () => checkTotal(normalizeRegion));
});

describe('normalizeCity', () => {
  it.each([
    ['深圳', '深圳市', '广东省'], ['深圳市', '深圳市', '广东省'], ['北京', '北京市', '北京市'],
    ['吉林', '吉林市', '吉林省'], ['仙桃', '仙桃市', '湖北省'], ['延边', '延边朝鲜族自治州', '吉林省'],
  ])('%s → %s (%s)', (raw, value, region) => {
    const r = normalizeCity(raw, ctxCN);
    expect(r.value).toBe(value);
    expect(r.derived).toEqual({ region });
  });

  it.each([['NEW YORK', 'New York'], ['san francisco', 'San Francisco'], ['St. Louis', 'St. Louis'], ['某某镇', '某某镇']])(
    '%s → %s', (raw, value) => {
      expect(normalizeCity(raw, ctxCN).value).toBe(value);
    },
  );

  it('is idempotent', () => checkIdempotent(normalizeCity));
  it('never throws', () => checkTotal(normalizeCity));
});

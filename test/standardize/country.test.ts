import { describe, expect, it } from 'vitest';
import { normalizeCountry } from '../../src/standardize/country.js';

describe('normalizeCountry → ISO 3166-1 alpha-2', () => {
  it.each<[string, string]>([
    ['CN', 'CN'], ['cn', 'CN'], ['CHN', 'CN'], ['China', 'CN'], ['中国', 'CN'], ['中华人民共和国', 'CN'],
    ['PRC', 'CN'], ['P.R.C.', 'CN'], ["People's Republic of China", 'CN'], ['Mainland China', 'CN'],
    ['中国大陆', 'CN'], ['ＣＨＩＮＡ', 'CN'],
    ['US', 'US'], ['USA', 'US'], ['U.S.A.', 'US'], ['U.S.', 'US'], ['United States', 'US'],
    ['United States of America', 'US'], ['美国', 'US'], ['美國', 'US'],
    ['UK', 'GB'], ['GB', 'GB'], ['GBR', 'GB'], ['United Kingdom', 'GB'], ['Great Britain', 'GB'],
    ['England', 'GB'], ['英国', 'GB'],
    ['Germany', 'DE'], ['Deutschland', 'DE'], ['DEU', 'DE'], ['德国', 'DE'],
    ['Japan', 'JP'], ['日本', 'JP'], ['France', 'FR'], ['法国', 'FR'],
    ['Hong Kong', 'HK'], ['Hong Kong SAR', 'HK'], ['Hong Kong SAR China', 'HK'], ['香港', 'HK'], ['中国香港', 'HK'],
    ['Macau', 'MO'], ['澳门', 'MO'], ['Taiwan', 'TW'], ['台湾', 'TW'], ['台灣', 'TW'],
    ['South Korea', 'KR'], ['Korea, Republic of', 'KR'], ['韩国', 'KR'], ['North Korea', 'KP'],
    ['Côte d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'], ['Ivory Coast', 'CI'],
    ['Russia', 'RU'], ['Russian Federation', 'RU'], ['俄罗斯', 'RU'], ['Viet Nam', 'VN'], ['Vietnam', 'VN'],
    ['The Netherlands', 'NL'], ['Holland', 'NL'], ['Türkiye', 'TR'], ['Turkey', 'TR'], ['UAE', 'AE'],
    ['Singapore', 'SG'], ['新加坡', 'SG'], ['España', 'ES'], ['Schweiz', 'CH'],
    ['Namibia', 'NA'], ['NA', 'NA'], ['NAM', 'NA'], ['  united   states ', 'US'],
  ])('%s → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toMatchObject({ value: code, changed: raw !== code });
    expect(normalizeCountry(raw).problem).toBeUndefined();
  });

  it.each<[string, string]>([
    ['Atlantis', 'unknown country'],
    ['XY', 'unknown country'],
    ['Chinaa', 'unknown country'],
    ['n/a', 'placeholder'],
    ['na', 'placeholder'],
    ['Unknown', 'placeholder'],
    ['未知', 'placeholder'],
    ['-', 'placeholder'],
  ])('%s → problem %s, raw kept', (raw, problem) => {
    expect(normalizeCountry(raw)).toEqual({ value: raw, changed: false, problem });
  });
});

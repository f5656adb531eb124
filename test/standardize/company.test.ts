import { describe, it, expect } from 'vitest';
import { companyPinyinKey, normalizeCompany } from '../../src/standardize/company.js';
import { checkIdempotent, checkTotal, ctxCN } from './arbitraries.js';

type Case = [raw: string, value: string, key: string, branch?: string];

const CASES: Case[] = [
  // Chinese
  ['北京某某科技有限公司', '北京某某科技有限公司', '某某科技'],
  ['某某科技', '某某科技', '某某科技'],
  ['某某科技（北京）有限公司', '某某科技(北京)有限公司', '某某科技'],
  ['北京市某某科技有限公司', '北京市某某科技有限公司', '某某科技'],
  ['广东省深圳市某某科技有限公司', '广东省深圳市某某科技有限公司', '某某科技'],
  ['某某科技有限公司上海分公司', '某某科技有限公司上海分公司', '某某科技', '上海分公司'],
  ['某某科技上海分公司', '某某科技上海分公司', '某某科技', '上海分公司'],
  ['招商银行深圳分行', '招商银行深圳分行', '招商银行', '深圳分行'],
  ['北京 字节跳动 科技 有限公司', '北京字节跳动科技有限公司', '字节跳动科技'],
  ['腾讯科技（深圳）有限公司', '腾讯科技(深圳)有限公司', '腾讯科技'],
  ['华为技术有限公司', '华为技术有限公司', '华为技术'],
  ['阿里巴巴（中国）有限公司', '阿里巴巴(中国)有限公司', '阿里巴巴'],
  ['中国平安保险（集团）股份有限公司', '中国平安保险(集团)股份有限公司', '平安保险'],
  ['上海某某贸易有限责任公司。', '上海某某贸易有限责任公司', '某某贸易'],
  ['某某控股集团有限公司', '某某控股集团有限公司', '某某'],
  ['某某实业集团股份有限公司', '某某实业集团股份有限公司', '某某实业'],
  ['北京银行股份有限公司', '北京银行股份有限公司', '北京银行'],
  ['上海交通大学', '上海交通大学', '上海交通大学'],
  ['北京第一人民医院', '北京第一人民医院', '北京第一人民医院'],
  ['株式会社ソニー', '株式会社ソニー', 'ソニー'],
  // Latin
  ['Acme, Inc.', 'Acme, Inc.', 'acme'],
  ['ACME HOLDINGS LLC', 'Acme Holdings LLC', 'acme'],
  ['The Acme Company Ltd.', 'The Acme Company Ltd.', 'acme'],
  ['Acme Corporation.', 'Acme Corporation', 'acme'],
  ['Acme Corp', 'Acme Corp', 'acme'],
  ['  Acme   L.L.C. ', 'Acme L.L.C.', 'acme'],
  ['Müller GmbH & Co. KG', 'Müller GmbH & Co. KG', 'muller'],
  ['Société Générale S.A.', 'Société Générale S.A.', 'societe generale'],
  ['Philips B.V.', 'Philips B.V.', 'philips'],
  ['Acme Pty Ltd', 'Acme Pty Ltd', 'acme'],
  ['Barclays PLC', 'Barclays PLC', 'barclays'],
  ['Procter & Gamble Co.', 'Procter & Gamble Co.', 'procter gamble'],
  ['Johnson and Johnson', 'Johnson and Johnson', 'johnson johnson'],
  ['BANK OF AMERICA CORP', 'Bank of America Corp', 'bank of america'],
  ['IBM', 'IBM', 'ibm'],
  ['Acme Inc. - Shanghai Branch', 'Acme Inc. - Shanghai Branch', 'acme', 'Shanghai Branch'],
  ['Acme Ltd (London Branch)', 'Acme Ltd (London Branch)', 'acme', 'London Branch'],
  ['Acme Software (China) Co., Ltd.', 'Acme Software (China) Co., Ltd.', 'acme software'],
  ['Ｆｏｏ Ｂａｒ Ｃｏ．，Ｌｔｄ．', 'Foo Bar Co.,Ltd.', 'foo bar'],
];

describe('normalizeCompany', () => {
  it.each(CASES)('%s → %s [%s]', (raw, value, key, branch) => {
    const r = normalizeCompany(raw, ctxCN);
    expect(r.value).toBe(value);
    expect(r.changed).toBe(value !== raw);
    expect(r.keys?.company_key).toBe(key);
    expect(r.keys?.company_branch).toBe(branch);
  });

  it('gives 北京某某科技有限公司, 某某科技 and 某某科技（北京）有限公司 one key', () => {
    const keys = ['北京某某科技有限公司', '某某科技', '某某科技（北京）有限公司', '某某科技有限公司北京分公司']
      .map((c) => normalizeCompany(c, ctxCN).keys?.company_key);
    expect(new Set(keys)).toEqual(new Set(['某某科技']));
  });

  it('gives a pinyin key on demand, so 某某科技 can meet "Moumou Keji"', () => {
    const hanzi = normalizeCompany('北京字节跳动科技有限公司', ctxCN).keys!.company_key!;
    expect(companyPinyinKey(hanzi)).toBe('zijietiaodongkeji');
    expect(companyPinyinKey(normalizeCompany('Zijie Tiaodong Keji Co., Ltd.', ctxCN).keys!.company_key!)).toBe('zijietiaodongkeji');
    expect(companyPinyinKey('银行')).toBe('yinhang');
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(normalizeCompany('有限公司', ctxCN).keys?.company_key).toBe('有限公司');
    expect(normalizeCompany('Company Limited', ctxCN).keys?.company_key).toBe('company');
  });

  it('names the rule', () => {
    expect(normalizeCompany('ACME HOLDINGS LLC', ctxCN).rule).toBe('company.case');
    expect(normalizeCompany(' Acme  Inc ', ctxCN).rule).toBe('text.clean');
    expect(normalizeCompany('', ctxCN)).toEqual({ value: '', changed: false });
  });

  it('joins a paren that dropping trailing punctuation leaves at the end (found by the idempotence property)', () => {
    expect(normalizeCompany('张 )，', ctxCN).value).toBe('张)');
    expect(normalizeCompany('某某科技 (北京) ，', ctxCN).value).toBe('某某科技(北京)');
    expect(normalizeCompany('张)', ctxCN).changed).toBe(false);
  });

  it('is idempotent', () => checkIdempotent(normalizeCompany));
  it('never throws', () => checkTotal(normalizeCompany));
});

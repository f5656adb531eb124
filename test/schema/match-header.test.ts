import { describe, expect, it } from 'vitest';
import { headerScore, matchHeader } from '../../src/schema/index.js';
import type { CanonicalField } from '../../src/types.js';

// [header as exported, expected field]; undefined = passes through.
const CASES: Array<[string, CanonicalField | undefined]> = [
  // Salesforce contact export
  ['First Name', 'first_name'], ['Last Name', 'last_name'], ['Account Name', 'company'],
  ['Email', 'email'], ['Phone', 'phone'], ['Mobile', 'mobile'], ['Mailing Street', 'address'],
  ['Mailing City', 'city'], ['Mailing State/Province', 'region'], ['Mailing Zip/Postal Code', 'postcode'],
  ['Mailing Country', 'country'], ['Created Date', 'created_at'], ['Last Modified Date', 'updated_at'],
  ['Contact Owner', 'owner'], ['Contact ID', 'id'], ['Birthdate', 'birth_date'], ['Description', 'notes'],
  ['Salutation', undefined], ['Fax', undefined], ['Lead Source', undefined], ['Account ID', undefined],
  // HubSpot
  ['Record ID', 'id'], ['Phone Number', 'phone'], ['Mobile Phone Number', 'mobile'],
  ['Company Name', 'company'], ['Street Address', 'address'], ['City', 'city'], ['State/Region', 'region'],
  ['Postal Code', 'postcode'], ['Country/Region', 'country'], ['Create Date', 'created_at'],
  ['Contact owner', 'owner'], ['Lead Status', 'status'], ['Lifecycle Stage', undefined], ['Job Title', 'title'],
  // Zoho CRM
  ['Contact Id', 'id'], ['Record Id', 'id'], ['Full Name', 'name'], ['Mailing State', 'region'],
  ['Mailing Zip', 'postcode'], ['Created Time', 'created_at'], ['Modified Time', 'updated_at'],
  // Outlook
  ['Middle Name', undefined], ['Title', 'title'], ['Company', 'company'], ['E-mail Address', 'email'],
  ['Business Phone', 'phone'], ['Mobile Phone', 'mobile'], ['Home Phone', 'phone'],
  ['Business Street', 'address'], ['Business City', 'city'], ['Business State', 'region'],
  ['Business Postal Code', 'postcode'], ['Business Country/Region', 'country'], ['Birthday', 'birth_date'],
  ['Notes', 'notes'], ['E-mail Display Name', undefined], ['Business Fax', undefined], ['Web Page', 'website'],
  // Google Contacts
  ['Name', 'name'], ['Given Name', 'first_name'], ['Family Name', 'last_name'], ['E-mail 1 - Value', 'email'],
  ['Phone 1 - Value', 'phone'], ['Organization 1 - Name', 'company'], ['Address 1 - Formatted', 'address'],
  ['E-mail 1 - Type', undefined], ['Organization 1 - Title', 'title'],
  // Chinese, generic
  ['姓名', 'name'], ['客户名称', 'name'], ['联系人', 'name'], ['客户姓名', 'name'], ['名字', 'name'],
  ['名', 'first_name'], ['姓', 'last_name'], ['公司名称', 'company'], ['公司', 'company'], ['单位', 'company'],
  ['企业名称', 'company'], ['客户公司', 'company'], ['所属公司', 'company'], ['职位', 'title'], ['职务', 'title'],
  ['手机', 'mobile'], ['手机号', 'mobile'], ['手机号码', 'mobile'], ['移动电话', 'mobile'], ['电话', 'phone'],
  ['座机', 'phone'], ['联系电话', 'phone'], ['办公电话', 'phone'], ['邮箱', 'email'], ['电子邮件', 'email'],
  ['E-mail', 'email'], ['邮件地址', 'email'], ['地址', 'address'], ['详细地址', 'address'],
  ['联系地址', 'address'], ['通讯地址', 'address'], ['省份', 'region'], ['省', 'region'],
  ['所在省份', 'region'], ['城市', 'city'], ['市', 'city'], ['所在城市', 'city'], ['区县', 'district'],
  ['区', 'district'], ['县', 'district'], ['邮编', 'postcode'], ['邮政编码', 'postcode'], ['国家', 'country'],
  ['国家地区', 'country'], ['身份证号', 'national_id'], ['出生日期', 'birth_date'], ['生日', 'birth_date'],
  ['创建时间', 'created_at'], ['创建日期', 'created_at'], ['最后修改时间', 'updated_at'],
  ['更新时间', 'updated_at'], ['修改时间', 'updated_at'], ['负责人', 'owner'], ['所有人', 'owner'],
  ['客户负责人', 'owner'], ['销售', 'owner'], ['金额', 'amount'], ['成交金额', 'amount'],
  ['订单金额', 'amount'], ['币种', 'currency'], ['状态', 'status'], ['客户状态', 'status'],
  ['网站', 'website'], ['备注', 'notes'],
  // Kingdee / Yonyou ERP, Fxiaoke
  ['客户编码', 'id'], ['客户编号', 'id'], ['税号', undefined], ['信用额度', 'amount'], ['币别', 'currency'],
  ['业务员', 'owner'], ['建档日期', 'created_at'], ['客户级别', undefined], ['客户来源', undefined],
  ['开户银行', undefined], ['序号', undefined],
  // Spelling variants: case, spaces, punctuation, full width, traditional, annotations, qualifiers
  ['FIRST_NAME', 'first_name'], ['firstName', 'first_name'], ['  e-MAIL  address ', 'email'],
  ['ＥＭＡＩＬ', 'email'], ['手機號碼', 'mobile'], ['電話', 'phone'], ['公司名稱', 'company'],
  ['金额(元)', 'amount'], ['手机号码（必填）', 'mobile'], ['*客户名称', 'name'], ['Amount [USD]', 'amount'],
  ['客户手机', 'mobile'], ['Contact Email', 'email'], ['\uFEFFFirst Name', 'first_name'],
  ['created_at', 'created_at'], ['national_id', 'national_id'], ['postcode', 'postcode'],
  ['客户名', undefined], ['', undefined], ['Unnamed: 3', undefined],
];

describe('matchHeader', () => {
  it('has a broad table', () => expect(CASES.length).toBeGreaterThanOrEqual(80));
  it.each(CASES)('%j → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});

describe('headerScore', () => {
  it.each<[string[], number]>([
    [['客户列表 导出时间：2024-07-20 09:12'], 0],
    [[], 0],
    [['', '', ''], 0],
    [['客户编号', '客户名称', '联系人', '手机', '客户级别'], 4],
    [['003Dn00000AbCdE', 'Ada', 'Lovelace', 'ada@example.com', '(415) 555-0132'], 0],
    [['First Name', 'Last Name', 'Email', 'Lifecycle Stage'], 3],
    [['北京恒远科技有限公司', '张伟', '138-0013-8000', '北京市'], 0],
  ])('%j → %i', (cells, score) => {
    expect(headerScore(cells)).toBe(score);
  });
});

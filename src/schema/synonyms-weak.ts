import type { CanonicalField } from '../types.js';

/**
 * Headers that take their field only when no column with a strong synonym claims it, and may fall
 * back to a second field. 客户名称 is a person in a plain contact list but the company in a sheet
 * that also has 联系人; Outlook's "Title" is Mr./Dr. when a "Job Title" column exists.
 */
export const WEAK_SYNONYMS: ReadonlyArray<readonly [header: string, field: CanonicalField, alt?: CanonicalField]> = [
  ['客户名称', 'name', 'company'],
  ['客户', 'name', 'company'],
  ['名称', 'name', 'company'],
  ['Customer Name', 'name', 'company'],
  ['Client Name', 'name', 'company'],
  ['Customer', 'name', 'company'],
  ['Client', 'name', 'company'],
  ['Title', 'title'],
  ['Role', 'title'],
  ['Account', 'company'],
  ['Account Owner', 'owner'],
  ['Home Phone', 'phone'],
  ['Other Phone', 'phone'],
  ['Business Phone 2', 'phone'],
  ['Company Main Phone', 'phone'],
  ['联系方式', 'phone'],
  ['E-mail 2 Address', 'email'],
  ['E-mail 2 - Value', 'email'],
  ['Secondary Email', 'email'],
  ['Address 1 - Formatted', 'address'],
  ['Home Street', 'address'],
  ['Billing Street', 'address'],
  ['Billing Address', 'address'],
  ['Home City', 'city'],
  ['Billing City', 'city'],
  ['Home State', 'region'],
  ['Billing State', 'region'],
  ['Billing State/Province', 'region'],
  ['County', 'region'],
  ['Home Postal Code', 'postcode'],
  ['Billing Zip/Postal Code', 'postcode'],
  ['Home Country/Region', 'country'],
  ['Billing Country', 'country'],
  ['收货地址', 'address'],
  ['注册地址', 'address'],
  ['所在地区', 'region'],
  ['信用额度', 'amount'],
  ['Credit Limit', 'amount'],
  ['External ID', 'id'],
];

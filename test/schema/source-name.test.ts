import { describe, expect, it } from 'vitest';
import { sourceNameFromFile } from '../../src/schema/index.js';

describe('sourceNameFromFile', () => {
  it.each<[string, string]>([
    ['exports/Salesforce_Contacts-2024.csv', 'salesforce_contacts_2024'],
    ['fixtures/fxiaoke_customers_gbk.csv', 'fxiaoke_customers_gbk'],
    ['C:\\Users\\li\\Desktop\\客户 列表.xlsx', '客户_列表'],
    ['dump.csv.gz', 'dump'],
    ['HubSpot (1).CSV', 'hubspot_1'],
    ['Ｚｏｈｏ　Ｅｘｐｏｒｔ.xlsx', 'zoho_export'],
    ['no_extension', 'no_extension'],
    ['---.csv', 'source'],
    ['-', 'stdin'],
  ])('%j → %j', (path, name) => expect(sourceNameFromFile(path)).toBe(name));
});

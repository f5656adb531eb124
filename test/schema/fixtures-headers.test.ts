// Every fixture's header maps onto the canonical schema, except the columns meant to pass through.
// Read here with csv-parse / iconv-lite / exceljs directly: the io layer is tested on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { headerScore, mapHeaders } from '../../src/schema/index.js';
import type { CanonicalField } from '../../src/types.js';

const DIR = join(import.meta.dirname, '../../fixtures');

interface Sheet {
  /** 1-based row of the header, as Excel shows it. */
  headerRow: number;
  header: string[];
  /** Data rows below the header. */
  dataRows: number;
  /** Text line each data row starts on (CSV; differs from the Excel row after quoted newlines). */
  dataLines?: number[];
}

/** The header is the row among the first five with the most known headers (title rows score 0). */
function findHeader(rows: string[][], lines?: number[]): Sheet {
  const scores = rows.slice(0, 5).map((r) => headerScore(r));
  const at = scores.indexOf(Math.max(...scores));
  return { headerRow: at + 1, header: rows[at]!, dataRows: rows.length - at - 1, dataLines: lines?.slice(at + 1) };
}

function readCsv(file: string, encoding: string): Sheet {
  const text = iconv.decode(readFileSync(join(DIR, file)), encoding).replace(/^\uFEFF/, '');
  const parsed = parse(text, { relax_column_count: true, skip_empty_lines: false, info: true }) as Array<{
    record: string[];
    info: { lines: number };
  }>;
  // info.lines is the line a record ends on; it starts as many lines earlier as it has quoted newlines.
  const starts = parsed.map(({ record, info }) => info.lines - record.join('').split('\n').length + 1);
  return findHeader(parsed.map((p) => p.record), starts);
}

async function readXlsx(file: string): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(DIR, file));
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).text));
  }
  return findHeader(rows);
}

/** [file, reader, header row, columns that pass through on purpose, a few mappings that must hold]. */
const FIXTURES: Array<[string, () => Sheet | Promise<Sheet>, number, string[], Record<string, CanonicalField>]> = [
  ['salesforce_contacts.csv', () => readCsv('salesforce_contacts.csv', 'utf8'), 1, ['Salutation', 'Lead Source'],
    { 'Contact ID': 'id', 'Account Name': 'company', 'Mailing Street': 'address', Description: 'notes' }],
  ['hubspot_contacts.csv', () => readCsv('hubspot_contacts.csv', 'utf8'), 1, ['Lifecycle Stage'],
    { 'Record ID': 'id', 'Company Name': 'company', 'Lead Status': 'status', 'Mobile Phone Number': 'mobile' }],
  ['zoho_contacts.xlsx', () => readXlsx('zoho_contacts.xlsx'), 1, ['Tag'],
    { 'Record Id': 'id', 'Full Name': 'name', 'Created Time': 'created_at', 'Modified Time': 'updated_at' }],
  ['fxiaoke_customers_gbk.csv', () => readCsv('fxiaoke_customers_gbk.csv', 'gbk'), 3, ['客户级别', '客户来源'],
    { 客户名称: 'company', 联系人: 'name', 手机: 'mobile', 电话: 'phone', 详细地址: 'address', 客户状态: 'status' }],
  ['erp_customers.xlsx', () => readXlsx('erp_customers.xlsx'), 3, ['税号'],
    { 客户编码: 'id', 客户名称: 'company', 联系人: 'name', 联系电话: 'phone', 信用额度: 'amount', 建档日期: 'created_at' }],
  ['outlook_contacts.csv', () => readCsv('outlook_contacts.csv', 'win1252'), 1,
    ['Title', 'Middle Name', 'Suffix', 'Department', 'Home Phone', 'E-mail Type', 'E-mail Display Name', 'Categories'],
    { 'Job Title': 'title', 'Business Phone': 'phone', 'Mobile Phone': 'mobile', 'E-mail Address': 'email', Birthday: 'birth_date' }],
];

function truthRows(source: string, column: 'row' | 'line'): number[] {
  const truth = parse(readFileSync(join(DIR, 'truth.csv')), { columns: true }) as Array<Record<string, string>>;
  return truth.filter((t) => t.source === source).map((t) => Number(t[column]));
}

describe.each(FIXTURES)('%s', (file, read, headerRow, passthrough, musts) => {
  it('header row found, every header mapped or an intended passthrough', async () => {
    const sheet = await read();
    expect(sheet.headerRow).toBe(headerRow);
    const mapping = mapHeaders(sheet.header);
    const unmapped = mapping.filter((m) => m.field === undefined).map((m) => m.header);
    expect(unmapped.sort()).toEqual([...passthrough].sort());
    for (const [header, field] of Object.entries(musts)) {
      expect(mapping.find((m) => m.header === header)?.field, header).toBe(field);
    }
  });

  it('truth.csv names every data row once, by its Excel row and its starting text line', async () => {
    const sheet = await read();
    const source = file.replace(/\.\w+$/, '');
    expect(sheet.dataRows).toBeGreaterThanOrEqual(30);
    expect(sheet.dataRows).toBeLessThanOrEqual(80);
    const excelRows = Array.from({ length: sheet.dataRows }, (_, i) => headerRow + 1 + i);
    expect(truthRows(source, 'row')).toEqual(excelRows);
    expect(truthRows(source, 'line')).toEqual(sheet.dataLines ?? excelRows);
  });
});

describe('fixtures/bad', () => {
  it.each<[string, number[]]>([
    ['binary.csv', [0x89, 0x50, 0x4e, 0x47]],
    ['legacy.xls', [0xd0, 0xcf, 0x11, 0xe0]],
  ])('%s starts with its magic bytes', (file, magic) => {
    expect([...readFileSync(join(DIR, 'bad', file)).subarray(0, 4)]).toEqual(magic);
  });

  it('duplicate_headers.csv: the repeated columns pass through as duplicates', () => {
    const [header] = parse(readFileSync(join(DIR, 'bad/duplicate_headers.csv')), { to: 1 }) as string[][];
    expect(mapHeaders(header!).map((m) => m.how)).toEqual(['synonym', 'synonym', 'synonym', 'duplicate', 'synonym']);
  });
});

// .xlsx read through exceljs's streaming reader: sheets, title rows, typed cells, grouped headers.
import { describe, expect, it, beforeAll } from 'vitest';
import { copyFileSync, createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { InputError, openTable, openTableFromStream } from '../../src/io/index.js';
import { drain, readTable, tempDir } from './helpers.js';

const file = tempDir();
let crmPath = '';
let groupedPath = '';

async function writeCrmWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('Summary');
  summary.addRow(['Exported by', 'admin']);
  const ws = wb.addWorksheet('客户列表');
  ws.getCell('A1').value = '客户列表 导出时间:2024-07-19';
  ws.mergeCells('A1:G1');
  ws.getRow(3).values = ['客户名称', '联系人', '手机', '创建时间', '金额', '网址', '备注'];
  const r4 = ws.getRow(4);
  r4.values = [
    { richText: [{ text: '北京星辰' }, { font: { bold: true }, text: '科技有限公司' }] },
    '张伟',
    13800138000,
    new Date(Date.UTC(2024, 6, 19)),
    0.1 + 0.2,
    { text: 'xingchen.cn', hyperlink: 'https://xingchen.cn' },
    { formula: 'B4&"先生"', result: '张伟先生' },
  ];
  r4.getCell(4).numFmt = 'yyyy-mm-dd';
  const r5 = ws.getRow(5);
  r5.values = ['上海云帆', '李娜', 13912345678, new Date(Date.UTC(2024, 6, 19, 8, 30)), { formula: '1+2', result: 3 }, null, true];
  r5.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
  const r7 = ws.getRow(7);
  r7.values = ['广州', '王芳', 13711112222, { formula: 'DATE(2024,7,20)', result: 45493 }, 1234.5, null, false];
  r7.getCell(4).numFmt = 'yyyy"年"m"月"d"日"';
  const path = file('crm.xlsx', Buffer.alloc(0));
  await wb.xlsx.writeFile(path);
  return path;
}

async function writeGroupedWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ERP');
  ws.getRow(1).values = ['客户编号', '客户名称', '联系方式', null, '地址'];
  ws.getRow(2).values = [null, null, '手机', '邮箱', null];
  ws.mergeCells('A1:A2');
  ws.mergeCells('B1:B2');
  ws.mergeCells('C1:D1');
  ws.mergeCells('E1:E2');
  ws.getRow(3).values = ['C001', '杭州青山', 13800138000, 'qs@example.com', '杭州市西湖区'];
  const path = file('grouped.xlsx', Buffer.alloc(0));
  await wb.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  crmPath = await writeCrmWorkbook();
  groupedPath = await writeGroupedWorkbook();
});

describe('xlsx', () => {
  it('reads the named sheet: title row skipped, typed cells as text', async () => {
    const { table, rows, rejects } = await readTable(crmPath, { sheet: '客户列表' });
    expect(table.meta).toMatchObject({
      format: 'xlsx',
      sheet: '客户列表',
      sheets: ['Summary', '客户列表'],
      headerRow: 3,
      header: ['客户名称', '联系人', '手机', '创建时间', '金额', '网址', '备注'],
    });
    expect(table.meta.problems).toContain('skipped 1 title row above the header at row 3');
    expect(rows).toEqual([
      { row: 4, cells: ['北京星辰科技有限公司', '张伟', '13800138000', '2024-07-19', '0.3', 'xingchen.cn', '张伟先生'] },
      { row: 5, cells: ['上海云帆', '李娜', '13912345678', '2024-07-19T08:30:00', '3', '', 'true'] },
      { row: 7, cells: ['广州', '王芳', '13711112222', '2024-07-20', '1234.5', '', 'false'] },
    ]);
    expect(rejects).toEqual([]);
    expect(table.stats).toEqual({ dataRows: 3, blankRows: 0, rejected: 0 });
  });

  it('picks a sheet by 1-based index and defaults to the first', async () => {
    const second = await readTable(crmPath, { sheet: 2 });
    expect(second.table.meta.sheet).toBe('客户列表');
    const first = await readTable(crmPath);
    expect(first.table.meta.sheet).toBe('Summary');
    expect(first.table.meta.header).toEqual(['Exported by', 'admin']);
    expect(first.table.meta.problems).toContain('header only: no data rows');
  });

  // exceljs parks sheets that come before the shared strings in temporary files and deletes a passed
  // sheet's file while the stream on it may still be opening: an uncaught ENOENT, 9 times in 300 reads.
  it('reading a later sheet, again and again, raises no error from the sheets passed over', async () => {
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', record);
    try {
      for (let i = 0; i < 300; i++) await readTable(crmPath, { sheet: 2 });
      await new Promise((resolve) => setTimeout(resolve, 50)); // a late open's error would come now
    } finally {
      process.off('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
  });

  it('names the sheets when the one asked for does not exist', async () => {
    await expect(openTable(crmPath, { sheet: 'Kunden' })).rejects.toThrow(`${crmPath}: no sheet named "Kunden"; sheets: Summary, 客户列表`);
    await expect(openTable(crmPath, { sheet: 5 })).rejects.toBeInstanceOf(InputError);
  });

  it('combines a two-row header whose group label is merged across columns', async () => {
    const { table, rows } = await readTable(groupedPath);
    expect(table.meta.header).toEqual(['客户编号', '客户名称', '手机', '邮箱', '地址']);
    expect(rows).toEqual([{ row: 3, cells: ['C001', '杭州青山', '13800138000', 'qs@example.com', '杭州市西湖区'] }]);
  });

  it('finds an xlsx by its magic bytes even when named .csv', async () => {
    const renamed = crmPath.replace(/crm\.xlsx$/, 'crm-export.csv');
    copyFileSync(crmPath, renamed);
    const { table } = await readTable(renamed, { sheet: '客户列表' });
    expect(table.meta.format).toBe('xlsx');
    expect(table.stats.dataRows).toBe(3);
  });

  it('reads an xlsx from a stream (stdin), found by its magic bytes whatever its name', async () => {
    const table = await openTableFromStream('-', createReadStream(crmPath), { sheet: '客户列表' });
    expect(table.meta.format).toBe('xlsx');
    expect((await drain(table)).map((r) => r.row)).toEqual([4, 5, 7]);
  });
});

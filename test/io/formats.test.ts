// Real-looking exports in every supported encoding and dialect, read end to end through openTable.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { cellsOf, readTable, tempDir } from './helpers.js';

const file = tempDir();

const SALESFORCE =
  '\uFEFF"Account ID","Account Name","Billing Street","Billing City","Phone","Email","Created Date"\r\n' +
  '"0015g00000AbCdE","Acme Corp","1 Market St\nSuite 300","San Francisco","(415) 555-0100","info@acme.com","2024-07-19"\r\n' +
  '"0015g00000FgHiJ","Globex, Inc.","742 Evergreen Terrace","Springfield","555-0199","","2024-07-20"\r\n' +
  '"0015g00000KlMnO","Initech ""Labs""","","Austin","","peter@initech.com","2024-07-21"\r\n';

const EUROPEAN =
  'Kundennummer;Name;Straße;PLZ;Ort;Umsatz\r\n' +
  '10001;Müller GmbH;Hauptstraße 5;80331;München;1.234,56\r\n' +
  "10002;Société Générale;12 rue de l'Église;75009;Paris;\"2.000,00\"\r\n" +
  '10003;Ærø Æbler ApS;Søndergade 3;5970;Ærøskøbing;99,50\r\n';

const UNICODE_TEXT =
  'Name\tCompany\tPhone\tCity\r\n' +
  '张伟\t北京星辰科技有限公司\t13800138000\t北京\r\n' +
  'Jürgen Groß\tGroß & Söhne KG\t+49 30 1234567\tBerlin\r\n';

const GBK_EXPORT =
  '客户列表 导出时间:2024-07-19\r\n' +
  '客户名称,联系人,手机,邮箱,地址,创建时间\r\n' +
  '北京星辰科技有限公司,张伟,13800138000,zhangwei@example.com,北京市朝阳区建国路88号,2024-07-01\r\n' +
  '上海云帆贸易有限公司,李娜,13912345678,lina@example.cn,上海市浦东新区世纪大道100号,2024-07-02\r\n';

const PIPES = 'id|name|email\n1|Ann Lee|ann@example.com\n2|Bob "Bobby" Ray|bob@example.com\n';

interface Case {
  name: string;
  data: Buffer;
  expect: {
    encoding: string;
    bom: boolean;
    delimiter: string;
    lineEnding: 'crlf' | 'lf' | 'cr';
    headerRow: number;
    header: string[];
    rows: Array<[number, string[]]>;
  };
}

const cases: Case[] = [
  {
    name: 'Salesforce-like UTF-8 CSV with BOM, CRLF, a quoted newline and doubled quotes',
    data: Buffer.from(SALESFORCE, 'utf8'),
    expect: {
      encoding: 'utf-8', bom: true, delimiter: ',', lineEnding: 'crlf', headerRow: 1,
      header: ['Account ID', 'Account Name', 'Billing Street', 'Billing City', 'Phone', 'Email', 'Created Date'],
      rows: [
        [2, ['0015g00000AbCdE', 'Acme Corp', '1 Market St\nSuite 300', 'San Francisco', '(415) 555-0100', 'info@acme.com', '2024-07-19']],
        [3, ['0015g00000FgHiJ', 'Globex, Inc.', '742 Evergreen Terrace', 'Springfield', '555-0199', '', '2024-07-20']],
        [4, ['0015g00000KlMnO', 'Initech "Labs"', '', 'Austin', '', 'peter@initech.com', '2024-07-21']],
      ],
    },
  },
  {
    name: 'European semicolon CSV in Windows-1252 with decimal commas',
    data: iconv.encode(EUROPEAN, 'windows-1252'),
    expect: {
      encoding: 'windows-1252', bom: false, delimiter: ';', lineEnding: 'crlf', headerRow: 1,
      header: ['Kundennummer', 'Name', 'Straße', 'PLZ', 'Ort', 'Umsatz'],
      rows: [
        [2, ['10001', 'Müller GmbH', 'Hauptstraße 5', '80331', 'München', '1.234,56']],
        [3, ['10002', 'Société Générale', "12 rue de l'Église", '75009', 'Paris', '2.000,00']],
        [4, ['10003', 'Ærø Æbler ApS', 'Søndergade 3', '5970', 'Ærøskøbing', '99,50']],
      ],
    },
  },
  ...(['utf-16le', 'utf-16be'] as const).map((encoding): Case => ({
    name: `Excel "Unicode text": TSV in ${encoding} with BOM`,
    data: iconv.encode(UNICODE_TEXT, encoding, { addBOM: true }),
    expect: {
      encoding, bom: true, delimiter: '\t', lineEnding: 'crlf', headerRow: 1,
      header: ['Name', 'Company', 'Phone', 'City'],
      rows: [
        [2, ['张伟', '北京星辰科技有限公司', '13800138000', '北京']],
        [3, ['Jürgen Groß', 'Groß & Söhne KG', '+49 30 1234567', 'Berlin']],
      ],
    },
  })),
  {
    name: 'TSV in UTF-16LE without BOM (found by the NUL-byte pattern)',
    data: iconv.encode(UNICODE_TEXT, 'utf-16le'),
    expect: {
      encoding: 'utf-16le', bom: false, delimiter: '\t', lineEnding: 'crlf', headerRow: 1,
      header: ['Name', 'Company', 'Phone', 'City'],
      rows: [
        [2, ['张伟', '北京星辰科技有限公司', '13800138000', '北京']],
        [3, ['Jürgen Groß', 'Groß & Söhne KG', '+49 30 1234567', 'Berlin']],
      ],
    },
  },
  {
    name: 'Chinese CRM export in GBK with a title row above the header',
    data: iconv.encode(GBK_EXPORT, 'gbk'),
    expect: {
      encoding: 'gb18030', bom: false, delimiter: ',', lineEnding: 'crlf', headerRow: 2,
      header: ['客户名称', '联系人', '手机', '邮箱', '地址', '创建时间'],
      rows: [
        [3, ['北京星辰科技有限公司', '张伟', '13800138000', 'zhangwei@example.com', '北京市朝阳区建国路88号', '2024-07-01']],
        [4, ['上海云帆贸易有限公司', '李娜', '13912345678', 'lina@example.cn', '上海市浦东新区世纪大道100号', '2024-07-02']],
      ],
    },
  },
  {
    name: 'Chinese CRM export in UTF-8 without BOM',
    data: Buffer.from(GBK_EXPORT, 'utf8'),
    expect: {
      encoding: 'utf-8', bom: false, delimiter: ',', lineEnding: 'crlf', headerRow: 2,
      header: ['客户名称', '联系人', '手机', '邮箱', '地址', '创建时间'],
      rows: [
        [3, ['北京星辰科技有限公司', '张伟', '13800138000', 'zhangwei@example.com', '北京市朝阳区建国路88号', '2024-07-01']],
        [4, ['上海云帆贸易有限公司', '李娜', '13912345678', 'lina@example.cn', '上海市浦东新区世纪大道100号', '2024-07-02']],
      ],
    },
  },
  {
    name: 'pipe-delimited with LF and a stray quote inside an unquoted field',
    data: Buffer.from(PIPES),
    expect: {
      encoding: 'utf-8', bom: false, delimiter: '|', lineEnding: 'lf', headerRow: 1,
      header: ['id', 'name', 'email'],
      rows: [
        [2, ['1', 'Ann Lee', 'ann@example.com']],
        [3, ['2', 'Bob "Bobby" Ray', 'bob@example.com']],
      ],
    },
  },
  {
    name: 'old Mac CR line endings with a quoted CR',
    data: Buffer.from('sku,desc,price\r1,"27"" monitor\rmatte",199.00\r2,5" screen,89.90\r'),
    expect: {
      encoding: 'utf-8', bom: false, delimiter: ',', lineEnding: 'cr', headerRow: 1,
      header: ['sku', 'desc', 'price'],
      rows: [
        [2, ['1', '27" monitor\rmatte', '199.00']],
        [3, ['2', '5" screen', '89.90']],
      ],
    },
  },
  {
    name: 'Excel CSV: CRLF records with LF and CRLF inside quoted cells, blank lines between',
    data: Buffer.from('a,b\r\n"x\ny\nz",1\r\n\r\n"p\r\nq",2\r\nlast,3'),
    expect: {
      encoding: 'utf-8', bom: false, delimiter: ',', lineEnding: 'crlf', headerRow: 1,
      header: ['a', 'b'],
      rows: [
        [2, ['x\ny\nz', '1']],
        [4, ['p\r\nq', '2']],
        [5, ['last', '3']],
      ],
    },
  },
];

describe('openTable on real-looking exports', () => {
  it.each(cases)('$name', async (c) => {
    const { table, rows, rejects } = await readTable(file(`${c.name.slice(0, 20)}.csv`.replace(/\W+/g, '_'), c.data));
    const { meta, stats } = table;
    expect({
      encoding: meta.encoding, bom: meta.bom, delimiter: meta.delimiter, lineEnding: meta.lineEnding,
      headerRow: meta.headerRow, header: meta.header,
    }).toEqual({
      encoding: c.expect.encoding, bom: c.expect.bom, delimiter: c.expect.delimiter,
      lineEnding: c.expect.lineEnding, headerRow: c.expect.headerRow, header: c.expect.header,
    });
    expect(rows.map((r) => [r.row, r.cells])).toEqual(c.expect.rows);
    expect(rejects).toEqual([]);
    expect(stats.dataRows).toBe(c.expect.rows.length);
    expect(meta.format).toBe('csv');
  });
});

describe('overrides and header detection in CSV', () => {
  it('reads GBK text as given by --encoding, and a delimiter named "tab"', async () => {
    const data = iconv.encode('姓名\t城市\n王芳\t杭州\n', 'gbk');
    const { table, rows } = await readTable(file('override.txt', data), { encoding: 'GBK', delimiter: 'tab' });
    expect(table.meta.encoding).toBe('gbk');
    expect(table.meta.delimiter).toBe('\t');
    expect(cellsOf(rows)).toEqual([['王芳', '杭州']]);
  });

  it('skips blank lines and two title rows, reports them, and counts the blank rows', async () => {
    const text = '\n客户列表\n导出人: 管理员,导出时间: 2024-07-19 08:30\n\n姓名,手机,城市\n张伟,13800138000,北京\n\n李娜,13912345678,上海\n';
    const { table, rows } = await readTable(file('titles.csv', text));
    expect(table.meta.headerRow).toBe(5);
    expect(table.meta.problems).toContain('skipped 2 title rows above the header at row 5');
    expect(rows.map((r) => r.row)).toEqual([6, 8]);
    expect(table.stats).toEqual({ dataRows: 2, blankRows: 3, rejected: 0 });
  });

  it('takes the header row the user names, and uses a header scorer when given', async () => {
    const text = 'Report,2024\nname,phone\nAnn,555-0100\n';
    const named = await readTable(file('named.csv', text), { headerRow: 1 });
    expect(named.table.meta.header).toEqual(['Report', '2024']);
    const scored = await readTable(file('scored.csv', 'x,y\nname,phone\nAnn,555\n'), {
      headerScore: (cells) => cells.filter((c) => ['name', 'phone'].includes(c)).length,
    });
    expect(scored.table.meta.headerRow).toBe(2);
    expect(cellsOf(scored.rows)).toEqual([['Ann', '555']]);
  });

  it('combines a two-row grouped header (group labels above sub-labels)', async () => {
    const text = '姓名,联系方式,,地址\n,手机,邮箱,\n张伟,13800138000,zw@example.com,北京\n';
    const { table, rows } = await readTable(file('grouped.csv', text));
    expect(table.meta.header).toEqual(['姓名', '手机', '邮箱', '地址']);
    expect(table.meta.problems).toContain('two-row header at rows 1-2: combined into one');
    expect(rows.map((r) => r.row)).toEqual([3]);
  });
});

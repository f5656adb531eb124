// Unit tables for the sniffing pieces: encoding, dialect, header choice, header names.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectEncoding } from '../../src/io/encoding.js';
import { detectLineEnding, sniffDialect } from '../../src/io/sniff.js';
import { chooseHeader, combineGroupedHeader, uniqueHeader } from '../../src/io/header.js';
import { InputError } from '../../src/io/index.js';

describe('detectEncoding', () => {
  const cases: Array<[string, Buffer, string, boolean]> = [
    ['ASCII', Buffer.from('name,city\nAnn,Paris\n'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.from('\uFEFFname\n张伟\n'), 'utf-8', true],
    ['UTF-8 Chinese', Buffer.from('姓名,城市\n张伟,北京\n'), 'utf-8', false],
    ['UTF-16LE BOM', iconv.encode('a\tb\n', 'utf-16le', { addBOM: true }), 'utf-16le', true],
    ['UTF-16BE BOM', iconv.encode('a\tb\n', 'utf-16be', { addBOM: true }), 'utf-16be', true],
    ['UTF-16BE no BOM', iconv.encode('name\tcity\nAnn\tRome\n', 'utf-16be'), 'utf-16be', false],
    ['short GBK', iconv.encode('姓名,手机\n张伟,138\n', 'gbk'), 'gb18030', false],
    ['GBK with full-width punctuation', iconv.encode('客户：北京星辰（集团）有限公司\n', 'gbk'), 'gb18030', false],
    ['GB18030 four-byte char', iconv.encode('名字,备注\n𠀀先生,好\n', 'gb18030'), 'gb18030', false],
    ['Windows-1252 German', iconv.encode('Name;Straße;Größe\nMüller;Königsallee;42\n', 'windows-1252'), 'windows-1252', false],
    ['Windows-1252 French with €', iconv.encode('nom,prix\nCafé crème,3 €\n', 'windows-1252'), 'windows-1252', false],
  ];
  it.each(cases)('%s', (_name, bytes, encoding, bom) => {
    expect(detectEncoding('f.csv', bytes, true)).toMatchObject({ encoding, bom });
  });

  it('a UTF-8 character cut by the end of the sample is still UTF-8', () => {
    const bytes = Buffer.from('name\n张伟');
    expect(detectEncoding('f.csv', bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8');
  });

  it('override: names normalised, unknown names rejected', () => {
    expect(detectEncoding('f.csv', Buffer.from('a'), true, 'UTF8').encoding).toBe('utf-8');
    expect(detectEncoding('f.csv', Buffer.from('\uFEFFa'), true, 'utf-8')).toMatchObject({ bom: true, bomLength: 3 });
    expect(() => detectEncoding('f.csv', Buffer.from('a'), true, 'klingon')).toThrow(InputError);
  });

  it('control characters mean binary', () => {
    expect(() => detectEncoding('f.bin', Buffer.from([1, 2, 3, 4, 5, 6, 65, 66, 7, 8]), true)).toThrow(/not a text file/);
  });
});

describe('sniffDialect', () => {
  const cases: Array<[string, string, string, string]> = [
    ['commas', 'a,b,c\n1,2,3\n', ',', '"'],
    ['semicolons with decimal commas', 'a;b;c\n1,5;2,25;x\n3;4,1;y\n', ';', '"'],
    ['tabs with commas in text', 'name\taddress\nAnn\t1 Main St, Springfield\nBob\t2 Elm St, Shelbyville\n', '\t', '"'],
    ['pipes', 'id|name\n1|Ann\n2|Bob\n', '|', '"'],
    ['quoted commas do not count', 'a;b\n"x, y, z";1\n"p, q";2\n', ';', '"'],
    ['title row above a semicolon table', 'Export 2024\na;b;c\n1;2;3\n4;5;6\n', ';', '"'],
    ['one column', 'email\nann@example.com\n', ',', '"'],
    ['apostrophes in names stay text', "name,city\nO'Brien,Cork\nD'Arcy,Paris\n", ',', '"'],
    ['single-quoted dump', "'id','note'\n1,'a, b'\n2,'c, d, e'\n3,'f'\n", ',', "'"],
    ['single-quoted dump with pipes', "'id'|'note'\n1|'a| b'\n2|'c'\n", '|', "'"],
  ];
  it.each(cases)('%s', (_name, text, delimiter, quote) => {
    expect(sniffDialect(text, true)).toMatchObject({ delimiter, quote });
  });

  // Found by the round-trip property: ,'|;ß张|', looks single-quoted between commas, but the file's
  // delimiter is the pipe, and between pipes nothing is.
  it('a single quote counts as quoting only between the delimiter the file is split on', () => {
    expect(sniffDialect(",'|;ß张|',a|ß\n'|\n", true, { delimiter: '|' })).toMatchObject({ delimiter: '|', quote: '"' });
  });

  it('line endings: the most frequent wins', () => {
    expect(detectLineEnding('a\r\nb\r\n"x\ny"\r\n')).toBe('crlf');
    expect(detectLineEnding('a\nb\n')).toBe('lf');
    expect(detectLineEnding('a\rb\r')).toBe('cr');
  });
});

describe('chooseHeader', () => {
  const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

  it('skips title rows and picks the wide textual row', () => {
    const r = rows(['客户列表'], ['导出时间: 2024-07-19', '导出人: 张三'], [], ['姓名', '手机', '城市', '邮箱'], ['张伟', '13800138000', '北京', 'zw@x.cn']);
    expect(chooseHeader(r)).toMatchObject({ index: 3, span: 1 });
  });

  it('does not take a numeric row for the header', () => {
    const r = rows(['2024', '07', '19'], ['id', 'name', 'amount'], ['1', 'Ann', '10.5']);
    expect(chooseHeader(r)?.index).toBe(1);
  });

  it('a scorer decides; ties go to the earliest row; a zero score falls back to the shape', () => {
    const r = rows(['x', 'y'], ['name', 'phone'], ['name', 'phone']);
    const known = (cells: string[]) => cells.filter((c) => c === 'name' || c === 'phone').length;
    expect(chooseHeader(r, known)?.index).toBe(1);
    expect(chooseHeader(r, () => 0)?.index).toBe(0);
  });

  it('a grouped header is combined only when the scorer does not object', () => {
    const r = rows(['姓名', '联系方式', '', '地址'], ['', '手机', '邮箱', ''], ['张伟', '138', 'a@b.c', '北京']);
    expect(chooseHeader(r)).toMatchObject({ cells: ['姓名', '手机', '邮箱', '地址'], span: 2 });
    const known = (cells: string[]) => cells.filter((c) => ['姓名', '联系方式', '地址'].includes(c)).length;
    expect(chooseHeader(r, known)).toMatchObject({ span: 1 });
  });
});

describe('combineGroupedHeader', () => {
  it.each([
    ['group over two columns', ['A', 'G', '', 'D'], ['', 'b', 'c', ''], ['A', 'b', 'c', 'D']],
    ['a data row under a header with an unnamed column', ['Name', 'Email', '', 'Phone'], ['Bob', '', 'x', 'y'], undefined],
    ['numbers below are data', ['A', 'G', '', 'D'], ['', '1', '2', ''], undefined],
    ['no column merged down', ['A', 'G', ''], ['a', 'b', 'c'], undefined],
    ['a hole in both rows', ['A', '', '', 'D'], ['', 'b', '', ''], undefined],
  ] as Array<[string, string[], string[], string[] | undefined]>)('%s', (_n, upper, lower, want) => {
    expect(combineGroupedHeader(upper, lower)).toEqual(want);
  });
});

describe('uniqueHeader', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 0],
    [['Email', 'Email'], ['Email', 'Email (2)'], 1],
    [['', 'x', ''], ['column_1', 'x', 'column_3'], 0],
    [['x', 'column_2', ''], ['x', 'column_2', 'column_3'], 0],
    [['a', 'a (2)', 'a'], ['a', 'a (2)', 'a (3)'], 1],
  ] as Array<[string[], string[], number]>)('%j', (cells, header, problems) => {
    const got = uniqueHeader(cells);
    expect(got.header).toEqual(header);
    expect(got.problems).toHaveLength(problems);
  });
});

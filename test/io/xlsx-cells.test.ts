// Excel cell values as text.
import { describe, expect, it } from 'vitest';
import { cellText, dateText, isDateFormat, numberText } from '../../src/io/xlsx-cells.js';

describe('numberText', () => {
  it.each([
    [13800138000, '13800138000'],
    [8613800138000, '8613800138000'],
    [0.1 + 0.2, '0.3'],
    [1234.5, '1234.5'],
    [-0, '0'],
    [1 / 3, '0.333333333333333'],
    [100, '100'],
    [2.675 * 100, '267.5'],
  ])('%s → %s', (n, text) => expect(numberText(n)).toBe(text));
});

describe('dateText', () => {
  it.each([
    [new Date(Date.UTC(2024, 6, 19)), '2024-07-19'],
    [new Date(Date.UTC(2024, 6, 19, 8, 30)), '2024-07-19T08:30:00'],
    [new Date(Date.UTC(2024, 6, 19, 8, 29, 59, 999)), '2024-07-19T08:30:00'],
    [new Date(Date.UTC(2024, 6, 18, 23, 59, 59, 700)), '2024-07-19'],
    [new Date(Number.NaN), ''],
  ])('%s → %s', (d, text) => expect(dateText(d)).toBe(text));
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['m/d/yy h:mm', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy/m/d', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "days"', false],
    ['[Red]0.00', false],
    [undefined, false],
  ] as Array<[string | undefined, boolean]>)('%s → %s', (fmt, yes) => expect(isDateFormat(fmt)).toBe(yes));
});

describe('cellText', () => {
  it.each([
    ['string', { value: ' Acme ' }, ' Acme '],
    ['null', { value: null }, ''],
    ['boolean', { value: false }, 'false'],
    ['rich text', { value: { richText: [{ text: '北京' }, { text: '星辰' }] } }, '北京星辰'],
    ['hyperlink', { value: { text: 'Acme', hyperlink: 'https://acme.com' } }, 'Acme'],
    ['hyperlink with rich text', { value: { text: { richText: [{ text: 'Ac' }, { text: 'me' }] }, hyperlink: 'x' } }, 'Acme'],
    ['formula with string result', { value: { formula: 'A1&B1', result: 'ab' } }, 'ab'],
    ['formula without cached result', { value: { formula: 'A1' } }, ''],
    ['formula with date format', { value: { formula: 'TODAY()', result: 45492 }, numFmt: 'yyyy-mm-dd' }, '2024-07-19'],
    ['shared formula number', { value: { sharedFormula: 'B2', result: 0.1 + 0.7 } }, '0.8'],
    ['error', { value: { error: '#N/A' } }, '#N/A'],
    ['formula with error result', { value: { formula: '1/0', result: { error: '#DIV/0!' } } }, '#DIV/0!'],
  ] as Array<[string, { value: unknown; numFmt?: string }, string]>)('%s', (_n, cell, text) => expect(cellText(cell)).toBe(text));
});

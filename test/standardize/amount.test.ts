import { describe, expect, it } from 'vitest';
import { normalizeAmount } from '../../src/standardize/amount.js';
import { normalizeCurrency } from '../../src/standardize/currency.js';
import type { NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const DE: NormalizeContext = { ...CN, country: 'DE' };

describe('normalizeAmount → plain decimal and currency', () => {
  it.each<[string, string, string | undefined]>([
    ['1234.56', '1234.56', undefined],
    ['1,234.56', '1234.56', undefined],
    ['¥1,234.56', '1234.56', 'CNY'],
    ['￥1,234.50', '1234.5', 'CNY'],
    ['RMB 1,234', '1234', 'CNY'],
    ['CNY 88.00', '88', 'CNY'],
    ['1234元', '1234', 'CNY'],
    ['1.234,56 €', '1234.56', 'EUR'],
    ['EUR 1.234.567,89', '1234567.89', 'EUR'],
    ['1 234,56', '1234.56', undefined],
    ['1\u00a0234,56 €', '1234.56', 'EUR'],
    ["1'234.56", '1234.56', undefined],
    ['12万', '120000', undefined],
    ['12.5万元', '125000', 'CNY'],
    ['1.5亿', '150000000', undefined],
    ['3千', '3000', undefined],
    ['(1,234.56)', '-1234.56', undefined],
    ['¥(1,234)', '-1234', 'CNY'],
    ['1,234.56-', '-1234.56', undefined],
    ['-$1,234.56', '-1234.56', 'USD'],
    ['$-12', '-12', 'USD'],
    ['−12.5', '-12.5', undefined],
    ['US$ 99.90', '99.9', 'USD'],
    ['$99.90', '99.9', 'USD'],
    ['HK$1,000', '1000', 'HKD'],
    ['1,000 HKD', '1000', 'HKD'],
    ['£12', '12', 'GBP'],
    ['GBP 12.00', '12', 'GBP'],
    ['100 美元', '100', 'USD'],
    ['0.00', '0', undefined],
    ['-0', '0', undefined],
    ['007', '7', undefined],
    ['.5', '0.5', undefined],
    ['1,234', '1234', undefined],
    ['1,5', '1.5', undefined],
    ['12,50', '12.5', undefined],
    ['1.234.567', '1234567', undefined],
    ['12,345,678.9', '12345678.9', undefined],
    ['1.23E+05', '123000', undefined],
    ['1.5E-3', '0.0015', undefined],
    ['0.1', '0.1', undefined],
    ['99999999999999999999.99', '99999999999999999999.99', undefined],
  ])('%s → %s %s', (raw, value, currency) => {
    const result = normalizeAmount(raw, CN);
    expect(result.value).toBe(value);
    expect(result.derived?.currency).toBe(currency);
    expect(result.changed).toBe(raw !== value);
    expect(result.problem).toBeUndefined();
  });

  it('reads "1,234" as 1.234 where the country writes decimal commas', () => {
    expect(normalizeAmount('1,234', DE)).toMatchObject({ value: '1.234', changed: true });
    expect(normalizeAmount('1.234,5', DE).value).toBe('1234.5');
  });

  it('reports a lone "." with three digits as ambiguous in decimal-comma countries', () => {
    expect(normalizeAmount('1.234', DE)).toEqual({
      value: '1.234',
      changed: false,
      note: 'ambiguous: "1.234" read with "." as the decimal point',
    });
    expect(normalizeAmount('1.234', CN).note).toBeUndefined();
  });

  it('reads ¥ as yen in Japan', () => {
    expect(normalizeAmount('¥1,200', { ...CN, country: 'JP' }).derived).toEqual({ currency: 'JPY' });
  });

  it.each<[string, string]>([
    ['abc', 'not an amount'],
    ['12.5%', 'not an amount'],
    ['about 12', 'not an amount'],
    ['1,23,456', 'thousands separators out of place'],
    ['12 34', 'thousands separators out of place'],
    ['1.2.3,4,5', 'thousands separators out of place'],
    ['CNY 100 USD', 'conflicting currencies: CNY and USD'],
  ])('%s → problem %s, raw kept', (raw, problem) => {
    expect(normalizeAmount(raw, CN)).toEqual({ value: raw, changed: false, problem });
  });
});

describe('normalizeCurrency', () => {
  it.each<[string, string]>([
    ['¥', 'CNY'], ['￥', 'CNY'], ['RMB', 'CNY'], ['rmb', 'CNY'], ['人民币', 'CNY'], ['元', 'CNY'], ['cny', 'CNY'],
    ['$', 'USD'], ['US$', 'USD'], ['usd', 'USD'], ['美元', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['欧元', 'EUR'],
    ['£', 'GBP'], ['HK$', 'HKD'], ['港币', 'HKD'], ['JPY', 'JPY'], ['CHF', 'CHF'], ['SGD', 'SGD'],
  ])('%s → %s', (raw, code) => {
    expect(normalizeCurrency(raw)).toMatchObject({ value: code, changed: raw !== code });
  });

  it('keeps an unknown currency and reports it', () => {
    expect(normalizeCurrency('dollars-ish')).toEqual({ value: 'dollars-ish', changed: false, problem: 'unknown currency' });
  });
});

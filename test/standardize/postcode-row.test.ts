// Postcodes in mixed-country files without a country column: read in the country the row's other
// fields point to, instead of as a CN code that lost its leading zero.
import { describe, expect, it } from 'vitest';
import { standardizeRecord } from '../../src/standardize/record.js';
import type { FieldValues, NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const postcodeOf = (fields: FieldValues) => {
  const { record, changes } = standardizeRecord({ source: 's', file: 's.csv', row: 2, fields, extra: {} }, CN);
  const change = changes.find((c) => c.field === 'postcode');
  return { value: record.fields.postcode, rule: change?.rule, problem: record.problems.find((p) => p.field === 'postcode')?.reason };
};

describe('postcode read in the country its row points to', () => {
  it.each<[FieldValues, string, string | undefined]>([
    [{ city: 'Stuttgart', region: 'Baden-Württemberg', postcode: '70185' }, '70185', undefined], // German Land
    [{ city: 'Köln', email: 'leon@web.de', postcode: '50913' }, '50913', undefined], // .de e-mail
    [{ city: 'Austin', region: 'TX', postcode: '78745' }, '78745', undefined], // US state
    [{ city: 'Boston', region: 'MA', postcode: '2134' }, '02134', 'postcode.leading_zero+row_country'],
    [{ city: 'London', postcode: 'sw1a1aa' }, 'SW1A 1AA', 'postcode.clean+row_country'], // UK shape
    [{ city: '上海市', postcode: '20000' }, '020000', 'postcode.leading_zero'], // a Chinese row: CN as before
    [{ city: 'Nowhere', postcode: '70185' }, '070185', 'postcode.leading_zero'], // no evidence: the default region
  ])('%j → %s', (fields, value, rule) => {
    const out = postcodeOf(fields);
    expect(out.value).toBe(value);
    expect(out.rule).toBe(rule);
    expect(out.problem).toBeUndefined();
  });

  it('a country column wins over the row evidence', () => {
    expect(postcodeOf({ country: 'CN', region: 'TX', postcode: '78745' }).value).toBe('078745');
  });
});

import { describe, it, expect } from 'vitest';
import { normalizePostcode } from '../../src/standardize/postcode.js';
import type { NormalizeContext } from '../../src/types.js';
import { checkIdempotent, checkTotal, ctxCN } from './arbitraries.js';

const inCountry = (country: string): NormalizeContext => ({ ...ctxCN, country });

type Case = [country: string, raw: string, value: string, rule?: string];

const VALID: Case[] = [
  ['CN', '100020', '100020'],
  ['CN', ' 518 057 ', '518057', 'postcode.clean'],
  ['CN', '２００１２０', '200120', 'postcode.clean'],
  ['CN', '10020', '010020', 'postcode.leading_zero'],
  ['CN', '100020.0', '100020', 'postcode.clean'],
  ['US', '02134', '02134'],
  ['US', '2134', '02134', 'postcode.leading_zero'],
  ['US', '501', '00501', 'postcode.leading_zero'],
  ['US', '94105-1804', '94105-1804'],
  ['US', '941051804', '94105-1804', 'postcode.clean'],
  ['US', '94105 1804', '94105-1804', 'postcode.clean'],
  ['US', '2134-1234', '02134-1234', 'postcode.leading_zero'],
  ['US', '21341234', '02134-1234', 'postcode.leading_zero'],
  ['GB', 'sw1a1aa', 'SW1A 1AA', 'postcode.clean'],
  ['GB', 'SW1A 1AA', 'SW1A 1AA'],
  ['GB', 'ec1a  1bb', 'EC1A 1BB', 'postcode.clean'],
  ['GB', 'M1 1AE', 'M1 1AE'],
  ['GB', 'b338th', 'B33 8TH', 'postcode.clean'],
  ['GB', 'GIR0AA', 'GIR 0AA', 'postcode.clean'],
  ['DE', '10115', '10115'],
  ['DE', '1067', '01067', 'postcode.leading_zero'],
  ['DE', 'D-80331', '80331', 'postcode.clean'],
  ['FR', ' 75008 ', '75008', 'text.clean'],
  ['JP', '100-0001', '100-0001'],
];

const INVALID: [country: string, raw: string, problem: string][] = [
  ['CN', '1000200', 'CN postcode must be 6 digits'],
  ['CN', '90020', 'CN postcode must be 6 digits'],
  ['CN', 'SW1A 1AA', 'CN postcode must be 6 digits'],
  ['US', '12', 'US ZIP code must be 5 digits or ZIP+4'],
  ['US', '1234567', 'US ZIP code must be 5 digits or ZIP+4'],
  ['US', 'ABCDE', 'US ZIP code must be 5 digits or ZIP+4'],
  ['GB', '12345', 'not a UK postcode'],
  ['GB', 'SW1A', 'not a UK postcode'],
  ['DE', '123456', 'DE postcode must be 5 digits'],
];

describe('normalizePostcode', () => {
  it.each(VALID)('%s %s → %s', (country, raw, value, rule) => {
    const r = normalizePostcode(raw, inCountry(country));
    expect(r).toEqual(rule ? { value, changed: true, rule } : { value, changed: false });
  });

  it.each(INVALID)('%s %s is reported and kept', (country, raw, problem) => {
    expect(normalizePostcode(raw, inCountry(country))).toEqual({ value: raw, changed: false, problem });
  });

  it('takes the country from the row, else the default region', () => {
    expect(normalizePostcode('sw1a1aa', { ...ctxCN, defaultRegion: 'GB' }).value).toBe('SW1A 1AA');
    expect(normalizePostcode('2134', { ...ctxCN, defaultRegion: 'GB', country: 'US' }).value).toBe('02134');
    expect(normalizePostcode('2134', ctxCN).problem).toBe('CN postcode must be 6 digits');
  });

  it.each(['CN', 'US', 'GB', 'DE', 'FR'])('is idempotent for %s', (country) => {
    checkIdempotent(normalizePostcode, inCountry(country));
  });
  it('never throws', () => checkTotal(normalizePostcode, inCountry('US')));
});

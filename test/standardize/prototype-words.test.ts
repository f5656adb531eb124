// Words that name members of every JS object ("constructor", "toString", "valueOf") are ordinary
// words in a cell: the lookup tables of street types, units, suffixes and legal forms must not find
// Object.prototype's members for them (they once wrote "function Object() { [native code] }").
import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../src/standardize/address.js';
import { normalizePersonName } from '../../src/standardize/name.js';
import { normalizeCompany } from '../../src/standardize/company.js';
import { normalizeDelimiter } from '../../src/io/csv.js';
import { provinceFromLatin } from '../../src/standardize/province-latin.js';
import { rowCountry } from '../../src/standardize/row-country.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runClean } from '../../src/index.js';
import { defaultConfig } from '../../src/config/load.js';
import { tempDir } from '../helpers/tmp.js';
import type { NormalizeContext } from '../../src/types.js';

const CN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };

describe('object-member words are plain words', () => {
  it.each([
    ['12 Constructor St', '12 Constructor Street'],
    ['Constructor Rd 5', 'Constructor Road 5'],
    ['1 Main St constructor', '1 Main Street constructor'],
    ['9 valueOf Ave', '9 valueOf Avenue'],
  ])('address %s', (raw, value) => {
    const out = normalizeAddress(raw, CN);
    expect(out.value).toBe(value);
    expect(JSON.stringify(out)).not.toMatch(/native code|function/);
  });

  it.each([
    ['John Smith Constructor', 'John Smith Constructor'],
    ['Smith, John, Constructor', 'Smith John Constructor'], // three comma parts: joined, not reordered
    ['Hasownproperty Lee', 'Hasownproperty Lee'],
  ])('name %s', (raw, value) => {
    const out = normalizePersonName(raw, CN);
    expect(out.value).toBe(value);
    expect(JSON.stringify(out)).not.toMatch(/native code|function/);
  });

  it('company names keep such words as they are', () => {
    for (const raw of ['ACME CONSTRUCTOR LTD', 'Foo toString Inc', 'VALUEOF CO']) {
      expect(JSON.stringify(normalizeCompany(raw, CN))).not.toMatch(/native code|function/);
    }
  });

  it('a province spelt "constructor" and an e-mail domain ".constructor" are not recognised', () => {
    expect(provinceFromLatin('Constructor')).toBeUndefined();
    expect(provinceFromLatin('toString Province')).toBeUndefined();
    expect(rowCountry({ email: 'jo@example.constructor', phone: '(212) 553-4754' })).toBeUndefined();
    expect(rowCountry({ email: 'jo@example.de', phone: '(212) 553-4754' })).toEqual({ country: 'DE', because: 'e-mail domain' });
  });

  it('a delimiter named "constructor" is an error, not a function', () => {
    expect(() => normalizeDelimiter('a.csv', 'constructor')).toThrow(/delimiter must be one character/);
  });
});

describe('columns headed like object members pass through as columns', () => {
  it('recon clean keeps "__proto__", "constructor" and "toString" columns, empty cells empty', async () => {
    const dir = tempDir();
    const input = join(dir, 'crm.csv');
    writeFileSync(input, 'Name,constructor,toString,__proto__\nJohn Smith,a,b,c\nJane Doe,,,\n');
    const config = defaultConfig();
    config.defaults.threads = 1;
    await runClean({ inputs: [input], outDir: join(dir, 'out'), config });
    const lines = readFileSync(join(dir, 'out', 'cleaned.csv'), 'utf8').trim().split('\n');
    expect(lines).toEqual([
      'source,source_row,name,first_name,last_name,constructor,toString,__proto__,problems',
      'crm,2,John Smith,John,Smith,a,b,c,',
      'crm,3,Jane Doe,Jane,Doe,,,,',
    ]);
  });
});

// "SMITH, John" in a last_name column (Outlook and ERP exports put "LAST, First" in one cell): split
// when the record has no first name, left as it was otherwise.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLoneLastName, normalizeNamePart } from '../../src/standardize/name.js';
import { standardizeRecord } from '../../src/standardize/record.js';
import type { FieldValues, SourceRecord } from '../../src/types.js';
import { checkIdempotent, checkTotal, ctxCN, mixedText } from './arbitraries.js';

describe('normalizeLoneLastName', () => {
  it.each<[string, string, string]>([
    ['SMITH, John', 'Smith', 'John'],
    ['Smith, Oliver', 'Smith', 'Oliver'],
    ['smith, john paul', 'Smith', 'John Paul'],
    ['Smith,John', 'Smith', 'John'],
    ['  MÜLLER ,  HANS-JÜRGEN ', 'Müller', 'Hans-Jürgen'],
    ["O'BRIEN, Seán", "O'Brien", 'Seán'],
    ['Mr. Smith, John', 'Smith', 'John'],
    // Names that only start like a legal form or suffix still split.
    ['Smith, Cory', 'Smith', 'Cory'],
    ['Lee, Incheol', 'Lee', 'Incheol'],
    ['Park, Sa Rang', 'Park', 'Sa Rang'],
    ['Jones, Jrue', 'Jones', 'Jrue'],
  ])('%s → last %s, first %s', (raw, last, first) => {
    expect(normalizeLoneLastName(raw, ctxCN)).toEqual({ value: last, changed: true, rule: 'last_name.split', derived: { first_name: first } });
  });

  it.each([
    ['Smith'],
    ['SMITH'],
    ['van der berg'],
    ['Smith, Jr.'], // a suffix, not a first name
    ['Smith, John, Jr.'],
    ['Smith, John, Paul'],
    ['Smith,'],
    ['张, 伟'],
    ['Smith 2, John'],
    // A generation suffix after the comma is no first name.
    ['SMITH, JR.'],
    ['Smith, III'],
    ['Smith, Sr'],
    // A company in a name column: its legal form is no first name.
    ['Acme, Inc.'],
    ['Widget, Ltd'],
    ['Foo, LLC'],
    ['Bar, GmbH'],
    ['Baz, Co.'],
    ['Initech, Co. Ltd'],
    ['Globex, Pty Ltd'],
    ['Umbrella, S.A.'],
    ['Vandelay, L.L.C.'],
    ['ACME, INC'],
  ])('%s: no "LAST, First" to split, read as a name part', (raw) => {
    expect(normalizeLoneLastName(raw, ctxCN)).toEqual(normalizeNamePart(raw, ctxCN));
  });

  it('is idempotent', () => checkIdempotent(normalizeLoneLastName));
  it('never throws', () => checkTotal(normalizeLoneLastName));

  it('derives a first name that is already a normalized name part', () => {
    fc.assert(
      fc.property(mixedText, mixedText, (last, first) => {
        const derived = normalizeLoneLastName(`${last}, ${first}`, ctxCN).derived?.first_name;
        if (derived !== undefined) expect(normalizeNamePart(derived, ctxCN)).toEqual({ value: derived, changed: false });
      }),
      { numRuns: 400 },
    );
  });
});

describe('standardizeRecord: a "LAST, First" last_name cell', () => {
  const record = (fields: FieldValues): SourceRecord => ({ source: 'outlook', file: 'outlook.csv', row: 9, fields, extra: {} });

  it.each<[string, FieldValues]>([
    ['absent', { last_name: 'SMITH, Oliver' }],
    ['empty', { first_name: '', last_name: 'SMITH, Oliver' }],
  ])('fills first_name when the record’s is %s, with both changes audited', (_, fields) => {
    const { record: r, changes } = standardizeRecord(record(fields), ctxCN);
    expect(r.fields).toEqual({ first_name: 'Oliver', last_name: 'Smith' });
    expect(r.problems).toEqual([]);
    expect(changes).toContainEqual({ source: 'outlook', row: 9, field: 'last_name', before: 'SMITH, Oliver', after: 'Smith', rule: 'last_name.split' });
    expect(changes).toContainEqual({ source: 'outlook', row: 9, field: 'first_name', before: '', after: 'Oliver', rule: 'last_name.derive' });
  });

  it('gives the name keys of first Oliver, last Smith', () => {
    const split = standardizeRecord(record({ last_name: 'SMITH, Oliver' }), ctxCN).record;
    const plain = standardizeRecord(record({ first_name: 'Oliver', last_name: 'Smith' }), ctxCN).record;
    expect(split.keys).toEqual(plain.keys);
  });

  it('derives no first name from a company or a suffix after the comma', () => {
    for (const last of ['Acme, Inc.', 'Widget, Ltd', 'Smith, Jr.']) {
      const { record: r, changes } = standardizeRecord(record({ last_name: last }), ctxCN);
      expect(r.fields.first_name).toBeUndefined();
      expect(changes.filter((c) => c.rule === 'last_name.split' || c.rule === 'last_name.derive')).toEqual([]);
    }
  });

  it('leaves the cell as a name part when the record has a first name', () => {
    const { record: r } = standardizeRecord(record({ first_name: 'Olly', last_name: 'SMITH, Oliver' }), ctxCN);
    expect(r.fields).toEqual({ first_name: 'Olly', last_name: 'Smith, Oliver' });
  });
});

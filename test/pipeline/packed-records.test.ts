// PackedRecords keeps each record as one UTF-8 text; what comes back must be what went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedRecords, packBatch, packFields } from '../../src/pipeline/packed-records.js';
import { fieldBit } from '../../src/merge/validity.js';
import { CANONICAL_FIELDS, type CleanRecord, type FieldValues } from '../../src/types.js';

// Lone surrogates too (fc.string with unit binary): UTF-8 cannot carry them, JSON packing does.
const value = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('', '张伟', 'a\u001fb', '\u001e', 'x,y', '\ud800'));
const fields = fc.dictionary(fc.constantFrom(...CANONICAL_FIELDS), value) as fc.Arbitrary<FieldValues>;
/** Invalid-fields masks: mostly none, as in real data, else any subset of the 25 fields. */
const mask = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 2 ** CANONICAL_FIELDS.length - 1 }), weight: 1 });

describe('packBatch', () => {
  it('writes each record as packFields packs it, back to back, with where each ends', () => {
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 12 }), (records) => {
        const texts = records.map((r) => Buffer.from(packFields(r)));
        const { bytes, ends } = packBatch(records);
        expect(Buffer.from(bytes).equals(Buffer.concat(texts))).toBe(true);
        let end = 0;
        expect([...ends]).toEqual(texts.map((t) => (end += t.length)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('PackedRecords', () => {
  it('gives back each record, each field and its invalid-fields mask as added (separator characters included)', () => {
    fc.assert(
      // Each record after up to 300 others with no mask, so that the mask array is made late and grows.
      fc.property(fc.array(fc.tuple(fields, mask, fc.nat(300)), { minLength: 1, maxLength: 20 }), (rows) => {
        const packed = new PackedRecords();
        const at: number[] = [];
        rows.forEach(([f, m, gap], i) => {
          for (let k = 0; k < gap; k++) packed.addPacked('web', k + 2, packFields({ id: String(k) }));
          at.push(packed.length);
          // Added one by one (as a record, or packed) or as a worker's batch, mixed.
          if (i % 3 === 1) packed.add({ source: 'crm', row: i + 2, fields: f }, m);
          else if (i % 3 === 2) packed.addBatch('erp', [i + 2], packBatch([f]), [m]);
          else packed.addPacked('erp', i + 2, packFields(f), m);
        });
        rows.forEach(([f, m], i) => {
          const nonEmpty = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''));
          expect(packed.at(at[i]!)).toEqual({ source: i % 3 === 1 ? 'crm' : 'erp', row: i + 2, fields: nonEmpty });
          for (const name of CANONICAL_FIELDS) expect(packed.field(at[i]!, name)).toBe(f[name] ?? '');
          expect(packed.invalidFields(at[i]!)).toBe(m);
        });
        const masks = Array.from({ length: packed.length }, (_, i) => packed.invalidFields(i));
        expect(masks.filter((m, i) => m !== 0 && !at.includes(i))).toEqual([]);
        expect(packed.invalidFields(packed.length)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the invalid fields of a CleanRecord from its problems, a note not counted', () => {
    const record: CleanRecord = {
      source: 'crm', file: 'crm.csv', row: 2, extra: {}, keys: {},
      fields: { email: 'zhang@@example', birth_date: '2024-04-03', city: 'Shanghai' },
      problems: [
        { source: 'crm', row: 2, field: 'email', value: 'zhang@@example', reason: 'invalid e-mail: bad local part', kind: 'invalid' },
        { source: 'crm', row: 2, field: 'birth_date', value: '2024-04-03', reason: 'ambiguous: read as dmy', kind: 'note' },
      ],
    };
    const packed = new PackedRecords();
    packed.add(record);
    packed.add({ source: record.source, row: 3, fields: record.fields });
    expect(packed.invalidFields(0)).toBe(fieldBit('email'));
    expect(packed.invalidFields(1)).toBe(0);
  });

  it('keeps a worker\'s batch of records as they were, between records added one by one', () => {
    const batch = [{ id: 'a', name: '张伟' }, { id: 'b', email: 'x@y.cn' }, {}, { id: 'd', notes: 'x\u001fy' }] as FieldValues[];
    const packed = new PackedRecords();
    packed.addPacked('crm', 2, packFields({ id: 'first' }));
    packed.addBatch('erp', [10, 11, 12, 13], packBatch(batch), [0, fieldBit('email'), 0, 0]);
    packed.addPacked('crm', 3, packFields({ id: 'last' }));
    expect(packed.length).toBe(6);
    expect(packed.field(0, 'id')).toBe('first');
    batch.forEach((f, k) => expect(packed.at(k + 1)).toEqual({ source: 'erp', row: 10 + k, fields: f }));
    expect(packed.invalidFields(2)).toBe(fieldBit('email'));
    expect(packed.field(5, 'id')).toBe('last');
    expect(packed.values(4)[CANONICAL_FIELDS.indexOf('notes')]).toBe('x\u001fy');
    expect(packed.at(6)).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordMapper, mapHeaders, passthroughKeys } from '../../src/schema/index.js';

describe('createRecordMapper', () => {
  const header = ['客户名称', '联系人', '手机', '电话', '客户级别', '', '客户级别'];
  const toRecord = createRecordMapper('fxiaoke', 'fixtures/fxiaoke.csv', mapHeaders(header));

  it('maps cells to canonical fields and keeps the rest under unique headers', () => {
    const rec = toRecord({ row: 4, cells: ['北京恒远科技有限公司', '张伟', '138-0013-8000', '010-6234 5678', 'A', 'x', 'VIP'] });
    expect(rec).toEqual({
      source: 'fxiaoke',
      file: 'fixtures/fxiaoke.csv',
      row: 4,
      fields: { company: '北京恒远科技有限公司', name: '张伟', mobile: '138-0013-8000', phone: '010-6234 5678' },
      extra: { 客户级别: 'A', column_6: 'x', 客户级别_2: 'VIP' },
    });
  });

  it('reads missing cells of a short row as empty and ignores cells past the header', () => {
    const short = toRecord({ row: 9, cells: ['某某科技', '李娜'] });
    expect(short.fields).toEqual({ company: '某某科技', name: '李娜', mobile: '', phone: '' });
    expect(short.extra).toEqual({ 客户级别: '', column_6: '', 客户级别_2: '' });
    const long = toRecord({ row: 10, cells: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'spill'] });
    expect(Object.values(long.extra)).not.toContain('spill');
  });

  it('passthroughKeys never collides with a real header', () => {
    expect(passthroughKeys(mapHeaders(['X', 'X', 'X_2', '']))).toEqual(['X', 'X_2', 'X_2_2', 'column_4']);
  });

  it('property: every cell under the header ends up in fields or extra, exactly once', () => {
    const cell = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Email', 'Name', 'Phone', 'Mobile', '手机', 'Notes', 'Misc', '', 'Misc'), { minLength: 1, maxLength: 10 }),
        fc.array(cell, { maxLength: 12 }),
        (hdr, cells) => {
          const rec = createRecordMapper('s', 'f', mapHeaders(hdr))({ row: 2, cells });
          const out = [...Object.values(rec.fields), ...Object.values(rec.extra)].sort();
          const expected = hdr.map((_, i) => cells[i] ?? '').sort();
          expect(out).toEqual(expected);
        },
      ),
    );
  });
});

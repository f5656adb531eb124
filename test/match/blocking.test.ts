import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { block } from '../../src/match/blocking.js';
import { ColumnStore } from '../../src/match/columns.js';
import type { BlockingRule } from '../../src/match/types.js';
import type { FieldValues } from '../../src/types.js';
import { minimalStandardize } from './datasets.js';

const records = (rows: FieldValues[], source = 'crm') => rows.map((f, i) => minimalStandardize(source, i + 2, f));

function pairsOf(rows: FieldValues[], rules: BlockingRule[], maxBlockSize = 100) {
  const out = block(new ColumnStore(records(rows)), rules, { maxBlockSize });
  const list = Array.from({ length: out.pairs.length }, (_, i) => [
    out.pairs.a[i],
    out.pairs.b[i],
    out.rulesOf(out.pairs.a[i], out.pairs.b[i]),
  ]);
  return { ...out, list };
}

describe('block', () => {
  it('keeps a pair produced by several rules once and records every rule that produced it', () => {
    const rows: FieldValues[] = [
      { email: 'li.wei@example.cn', phone: '+8613912345678' },
      { email: 'li.wei@example.cn', phone: '+8613912345678' },
      { email: 'other@example.cn', phone: '+8613912345678' },
    ];
    const out = pairsOf(rows, [
      { name: 'email', keys: ['email'] },
      { name: 'phone', keys: ['phone'] },
    ]);
    expect(out.list).toEqual([
      [0, 1, 0b11],
      [0, 2, 0b10],
      [1, 2, 0b10],
    ]);
    expect(out.perRule).toEqual({ email: 1, phone: 2 }); // new pairs per rule: each pair counts for its first producer
  });

  it('skips and reports a block larger than maxBlockSize (placeholder phone)', () => {
    const rows: FieldValues[] = Array.from({ length: 30 }, (_, i) => ({ phone: '+8613800000000', email: `u${i}@x.cn` }));
    rows.push({ phone: '+8613911112222', email: 'a@b.cn' }, { phone: '+8613911112222', email: 'c@d.cn' });
    const out = pairsOf(rows, [{ name: 'phone', keys: ['phone'] }], 10);
    expect(out.skipped).toEqual([{ rule: 'phone', key: '+8613800000000', size: 30 }]);
    expect(out.list).toEqual([[30, 31, 1]]);
  });

  it('never blocks on empty values, in any component of a key', () => {
    const rows: FieldValues[] = [
      { first_name: 'Wei', city: '' },
      { first_name: 'Wei' },
      { first_name: '', city: 'Beijing' },
      { city: 'Beijing' },
    ];
    const out = pairsOf(rows, [
      { name: 'first_city', keys: ['first_name', 'city'] },
      { name: 'email', keys: ['email'] },
    ]);
    expect(out.list).toEqual([]);
  });

  it('sorted neighbourhood pairs typo-neighbours that an exact key misses', () => {
    const rows: FieldValues[] = [
      { first_name: 'Jonathan', last_name: 'Smith' },
      { first_name: 'Zed', last_name: 'Zulu' },
      { first_name: 'Jonathan', last_name: 'Smyth' },
      { first_name: 'Amy', last_name: 'Adams' },
    ];
    // key order: amy adams (3), jonathan smith (0), jonathan smyth (2), zed zulu (1); window 2 = neighbours
    const out = pairsOf(rows, [{ name: 'sn', keys: ['keys.name_key'], kind: 'sorted_neighbourhood', window: 2 }]);
    expect(out.list).toEqual([
      [0, 3, 1],
      [0, 2, 1],
      [1, 2, 1],
    ]);
  });

  it('skips the largest blocks of a rule past its pair budget', () => {
    const rows: FieldValues[] = [
      ...Array.from({ length: 6 }, () => ({ city: 'Shanghai' })),
      ...Array.from({ length: 3 }, () => ({ city: 'Leeds' })),
    ];
    const out = pairsOf(rows, [{ name: 'city', keys: ['city'] }]);
    expect(out.list.length).toBe(15 + 3);
    const capped = block(new ColumnStore(records(rows)), [{ name: 'city', keys: ['city'] }], {
      maxBlockSize: 100,
      maxRulePairs: 10,
    });
    expect(capped.pairs.length).toBe(3);
    expect(capped.skipped).toEqual([{ rule: 'city', key: 'shanghai', size: 6 }]);
  });

  it('prefix transforms build coarser keys', () => {
    const rows: FieldValues[] = [
      { first_name: 'Katherine', postcode: '2000' },
      { first_name: 'Kathryn', postcode: '2000' },
      { first_name: 'Kathy', postcode: '3000' },
    ];
    const out = pairsOf(rows, [{ name: 'p', keys: ['first_name:prefix4', 'postcode'] }]);
    expect(out.list).toEqual([[0, 1, 1]]);
  });

  it('linkOnly pairs only records of different sources', () => {
    const recs = [...records([{ email: 'a@x.cn' }, { email: 'a@x.cn' }], 'crm'), ...records([{ email: 'a@x.cn' }], 'erp')];
    const out = block(new ColumnStore(recs), [{ name: 'email', keys: ['email'] }], {
      maxBlockSize: 100,
      linkOnlySources: Int32Array.from([0, 0, 1]),
    });
    expect(Array.from(out.pairs.a.slice(0, out.pairs.length))).toEqual([0, 1]);
    expect(Array.from(out.pairs.b.slice(0, out.pairs.length))).toEqual([2, 2]);
  });

  it('yields unique pairs a < b equal to the union of what each rule yields alone', () => {
    const value = fc.constantFrom('', 'a', 'b', 'c');
    const row = fc.record({ email: value, phone: value, city: value });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const rules: BlockingRule[] = [
          { name: 'email', keys: ['email'] },
          { name: 'phone_city', keys: ['phone', 'city'] },
          { name: 'sn', keys: ['city'], kind: 'sorted_neighbourhood', window: 3 },
        ];
        const both = pairsOf(rows, rules).list.map(([a, b]) => `${a}:${b}`);
        expect(new Set(both).size).toBe(both.length);
        for (const p of pairsOf(rows, rules).list) expect(p[0]).toBeLessThan(p[1]);
        const union = new Set(rules.flatMap((r) => pairsOf(rows, [r]).list.map(([a, b]) => `${a}:${b}`)));
        expect(new Set(both)).toEqual(union);
      }),
      { numRuns: 100 },
    );
  });

  it('computes every pair\'s rule mask at once (ruleMasks) as rulesOf does pair by pair', () => {
    const value = fc.constantFrom('', 'a', 'b', 'c', 'd');
    const row = fc.record({ email: value, phone: value, city: value });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 2, max: 6 }), (rows, window) => {
        const rules: BlockingRule[] = [
          { name: 'email', keys: ['email'] },
          { name: 'phone_city', keys: ['phone', 'city'] },
          { name: 'sn', keys: ['city'], kind: 'sorted_neighbourhood', window },
          { name: 'sn_email', keys: ['email', 'phone'], kind: 'sorted_neighbourhood', window: 2 },
        ];
        const out = block(new ColumnStore(records(rows)), rules, { maxBlockSize: 4 });
        const masks = out.ruleMasks();
        const want = Array.from({ length: out.pairs.length }, (_, i) => out.rulesOf(out.pairs.a[i]!, out.pairs.b[i]!));
        expect(Array.from(masks)).toEqual(want);
        for (const m of masks) expect(m).not.toBe(0); // every candidate came from some rule
      }),
      { numRuns: 150 },
    );
  });

  it('does not pair namesakes of a run longer than the window, but pairs its edges with their neighbours', () => {
    // Five Wang Weis in input order, then a typo of the name and a run of two as long as the window.
    const names = ['wang wei', 'wang wei', 'wang wie', 'wang wei', 'li na', 'wang wei', 'wang wei', 'li na'];
    const rows = names.map((n) => ({ name: n }));
    const rule: BlockingRule = { name: 'sn', keys: ['name'], kind: 'sorted_neighbourhood', window: 2 };
    const out = pairsOf(rows, [rule]);
    // Sorted: li na (4, 7) | wang wei (0, 1, 3, 5, 6) | wang wie (2).
    expect(out.list).toEqual([[4, 7, 1], [0, 7, 1], [2, 6, 1]]); // a, b, rule mask
    const blocked = block(new ColumnStore(records(rows)), [rule], { maxBlockSize: 100 });
    expect(blocked.rulesOf(0, 1)).toBe(0);
    expect(blocked.rulesOf(2, 6)).toBe(1);
  });

  it('orders a sorted-neighbourhood key as plain string comparison does (ties by record index)', () => {
    const key = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', 'ab', '\u0000', '\u0001', '张', '\uffff'), maxLength: 5 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    // Keys alike in their first units, shorter ones first, before the random ones.
    const alike = ['ab\u0000', 'ab', 'a', 'ab\u0001', 'b', 'ab\u0000c', '\u0000', 'aa\uffff', 'aa'];
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }).map((random) => [...alike, ...random]), (keys) => {
        const source = { size: keys.length, reader: () => (i: number) => keys[i] };
        const out = block(new ColumnStore(source), [{ name: 'sn', keys: ['k'], kind: 'sorted_neighbourhood', window: 2 }], { maxBlockSize: 100 });
        // ColumnBuilder trims a value that starts or ends in a space or control character, and drops
        // empty ones: blocking sees them so.
        const value = keys.map((k) => (k !== '' && (k.charCodeAt(0) <= 32 || k.charCodeAt(k.length - 1) <= 32) ? k.trim() : k));
        const order = value.map((_, i) => i).filter((i) => value[i] !== '').sort((x, y) => (value[x]! < value[y]! ? -1 : value[x]! > value[y]! ? 1 : x - y));
        // Two records of one run of equal keys longer than the window are not paired.
        const runLength = (v: string) => value.filter((w) => w === v).length;
        const want = order
          .slice(1)
          .map((b, p) => [order[p]!, b] as const)
          .filter(([a, b]) => value[a] !== value[b] || runLength(value[a]!) <= 2)
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)].join(':'));
        const got = Array.from({ length: out.pairs.length }, (_, i) => `${out.pairs.a[i]}:${out.pairs.b[i]}`);
        expect(got).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compositeKey', () => {
  it('numbers each combination of the specs densely in order of first appearance, -1 when any is empty', async () => {
    const { compositeKey } = await import('../../src/match/blocking.js');
    const value = fc.constantFrom('', 'a', 'b', 'c', '张');
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (rows, width) => {
        const fields = ['city', 'postcode', 'company'] as const;
        const specs = fields.slice(0, width) as unknown as string[];
        const store = new ColumnStore(records(rows.map((r) => Object.fromEntries(fields.map((f, k) => [f, r[k]!])))));
        // Reference: a Map from the joined values to the next number.
        const seen = new Map<string, number>();
        const want = rows.map((r) => {
          const parts = r.slice(0, width);
          if (parts.some((p) => p === '')) return -1;
          const key = parts.join('\u0000');
          if (!seen.has(key)) seen.set(key, seen.size);
          return seen.get(key)!;
        });
        expect(Array.from(compositeKey(store, specs))).toEqual(want);
      }),
    );
  });
});

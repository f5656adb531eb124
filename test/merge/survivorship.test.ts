import { describe, expect, it } from 'vitest';
import { DEFAULT_MERGE, survive, type Candidate, type MergeSettings } from '../../src/merge/survivorship.js';
import { groupClusters, mergeCluster } from '../../src/merge/golden.js';
import type { CleanRecord, FieldValues } from '../../src/types.js';

function rec(source: string, row: number, fields: FieldValues): CleanRecord {
  return { source, file: `${source}.csv`, row, fields, extra: {}, keys: {}, problems: [] };
}

function cands(records: CleanRecord[], field: keyof FieldValues): Candidate[] {
  return records.flatMap((record, index) => (record.fields[field] ? [{ record, index, value: record.fields[field]! }] : []));
}

const settings: MergeSettings = { ...DEFAULT_MERGE, sourcePriority: ['erp', 'crm'] };

describe('survive', () => {
  const members = [
    rec('crm', 2, { email: 'a@x.com', phone: '+8613800138000', updated_at: '2024-07-19', name: 'Zhang Wei', created_at: '2021-03-01' }),
    rec('erp', 5, { email: 'a@y.com', updated_at: '2023-01-01', name: '张伟', created_at: '2019-11-20' }),
    rec('web', 9, { email: 'a@x.com', phone: '+8613900139000', updated_at: '2025-01-02', name: 'Zhang Wei', created_at: '2024-05-05' }),
  ];

  it.each([
    [['source_priority'], 'email', 'a@y.com', 'source_priority'],
    [['most_recent'], 'email', 'a@x.com', 'most_recent'],
    [['most_recent'], 'phone', '+8613900139000', 'most_recent'],
    [['most_frequent'], 'name', 'Zhang Wei', 'most_frequent'],
    [['longest'], 'name', 'Zhang Wei', 'longest'],
    [['first_non_empty'], 'phone', '+8613800138000', 'first_non_empty'],
    [['earliest'], 'created_at', '2019-11-20', 'earliest'],
    [['most_recent'], 'created_at', '2024-05-05', 'most_recent'],
    [DEFAULT_MERGE.fields.created_at!, 'created_at', '2019-11-20', 'earliest'],
  ] as const)('%j picks %s = %s', (rules, field, value, rule) => {
    const s = survive(cands(members, field), [...rules], settings)!;
    expect(s.value).toBe(value);
    expect(s.rule).toBe(rule);
  });

  it('reports a single candidate and unanimous values as such', () => {
    expect(survive(cands(members.slice(0, 1), 'email'), ['longest'], settings)!.rule).toBe('only_value');
    expect(survive(cands([members[0]!, members[2]!], 'email'), ['longest'], settings)!.rule).toBe('all_agree');
    expect(survive([], ['longest'], settings)).toBeUndefined();
  });

  it('falls back to input order when every rule ties', () => {
    const tied = [rec('a', 1, { city: 'Berlin' }), rec('b', 1, { city: 'Munich' })];
    const s = survive(cands(tied, 'city'), ['most_frequent'], settings)!;
    expect(s.value).toBe('Berlin');
    expect(s.rule).toBe('input_order');
  });
});

describe('golden records', () => {
  it('groups records by cluster id in order of their first member', () => {
    expect(groupClusters(Int32Array.from([3, 0, 0, 3, 4]))).toEqual([[0, 3], [1, 2], [4]]);
  });

  it('merges each field by survivorship and keeps lineage', () => {
    const records = [
      rec('crm', 2, { name: 'Zhang Wei', email: '', phone: '+8613800138000' }),
      rec('erp', 7, { name: '张伟', email: 'zw@example.cn' }),
    ];
    const g = mergeCluster('G000001', [0, 1], records, ['name', 'email', 'phone'], settings);
    expect(g.fields).toEqual({ name: '张伟', email: 'zw@example.cn', phone: '+8613800138000' });
    expect(g.lineage.name!.from.record.source).toBe('erp');
    expect(g.lineage.phone!.rule).toBe('only_value');
  });
});

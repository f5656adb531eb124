import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MERGE, SURVIVORSHIP_RULES, survive, type Candidate, type MergeSettings, type Survivor, type SurvivorshipRule } from '../../src/merge/survivorship.js';
import { ClusterGroups, groupClusters, mergeCluster, type MergeRecords } from '../../src/merge/golden.js';
import { fieldBit } from '../../src/merge/validity.js';
import { PackedRecords } from '../../src/pipeline/packed-records.js';
import type { CanonicalField, CleanRecord, FieldValues } from '../../src/types.js';

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

/** What a survivor is, without the candidate objects: value, record index, rule. */
const outcome = (s: Survivor | undefined) => s && [s.value, s.from.index, s.rule];

/** Every chain a field can have: each rule alone, the defaults, and none (input order only). */
const CHAINS: SurvivorshipRule[][] = [...SURVIVORSHIP_RULES.map((r) => [r]), DEFAULT_MERGE.defaultRules, DEFAULT_MERGE.fields.created_at!, []];

describe('survive with invalid values', () => {
  // The invalid e-mail wins every rule: its records come first, from the top source, are the most
  // recent and complete, and its value is the most frequent, the longest and the smallest.
  const bad = 'zhang.wei@@example-mail';
  const members = [
    rec('erp', 2, { email: bad, updated_at: '2025-06-01', created_at: '2019-01-01', name: 'Zhang Wei', city: 'Shanghai' }),
    rec('erp', 3, { email: bad, updated_at: '2025-06-01', created_at: '2019-01-01', name: 'Zhang Wei', city: 'Shanghai' }),
    rec('crm', 4, { email: 'zw@example.com', updated_at: '2020-01-01', created_at: '2020-01-01' }),
  ];
  const flagged = (field: keyof FieldValues) => cands(members, field).map((c) => ({ ...c, invalid: c.value === bad }));

  it.each(CHAINS.map((chain) => [chain]))('%j: the invalid value would win unflagged, the valid one wins flagged', (chain) => {
    expect(survive(cands(members, 'email'), [...chain], settings)!.value).toBe(bad);
    const s = survive(flagged('email'), [...chain], settings)!;
    expect(s.value).toBe('zw@example.com');
    expect(s.from.record.row).toBe(4);
    expect(s.rule).toBe('valid_value');
  });

  // Found by review: an updated_at kept as it came sorted after every ISO date as text.
  it('most_recent: a date kept as it came (invalid) says nothing; the record falls back to created_at', () => {
    const people = [
      rec('crm', 2, { email: 'a@x.com', updated_at: '2024-07-19' }),
      rec('erp', 3, { email: 'a@y.com', updated_at: 'yesterday', created_at: '2023-01-01' }),
      rec('web', 4, { email: 'a@z.com', updated_at: '0/0/00' }),
    ];
    expect(survive(cands(people, 'email'), ['most_recent'], settings)!.value).toBe('a@x.com');
    const older = [rec('crm', 2, { email: 'a@x.com', updated_at: '2022-05-01' }), people[1]!];
    expect(survive(cands(older, 'email'), ['most_recent'], settings)!.value).toBe('a@y.com');
  });

  it('lets the rules choose among several valid values, and says which rule did', () => {
    const more = [...members, rec('web', 5, { email: 'zw@example.org', updated_at: '2021-01-01' })];
    const cs = cands(more, 'email').map((c) => ({ ...c, invalid: c.value === bad }));
    const recent = survive(cs, ['most_recent'], settings)!;
    expect([recent.value, recent.rule]).toEqual(['zw@example.org', 'most_recent']);
    // No rule narrows the two valid values: the earlier record, decided by dropping the invalid ones.
    const tied = survive(cs, ['most_frequent'], settings)!;
    expect([tied.value, tied.rule]).toEqual(['zw@example.com', 'valid_value']);
  });

  it('reports values that agree as such, from a record where the value is valid', () => {
    const same = [rec('erp', 2, { postcode: '94193' }), rec('crm', 3, { postcode: '94193' }), rec('web', 4, { postcode: '94193' })];
    const s = survive(cands(same, 'postcode').map((c) => ({ ...c, invalid: c.record.source === 'erp' })), ['source_priority'], settings)!;
    expect([s.value, s.from.record.source, s.rule]).toEqual(['94193', 'crm', 'all_agree']);
  });

  it.each(CHAINS.map((chain) => [chain]))('%j: a field with invalid values only merges as before', (chain) => {
    const all = cands(members, 'email').map((c) => ({ ...c, value: `${c.value}#${c.record.row}`, invalid: true }));
    const plain = all.map(({ invalid: _, ...c }) => c);
    expect(outcome(survive(all, [...chain], settings))).toEqual(outcome(survive(plain, [...chain], settings)));
    expect(survive(all.slice(0, 1), [...chain], settings)!.rule).toBe('only_value');
  });

  it('a valid value always survives when there is one; without one, the flags change nothing (property)', () => {
    const candidate = fc.record({
      source: fc.constantFrom('erp', 'crm', 'web'),
      updated: fc.constantFrom('', '2020-01-01', '2024-05-05'),
      value: fc.constantFrom('a', 'bb', 'ccc', 'a@x', '2019-01-01'),
      invalid: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 6 }), fc.constantFrom(...CHAINS), (list, chain) => {
        const cs: Candidate[] = list.map((c, index) => ({
          record: rec(c.source, index + 2, { email: c.value, ...(c.updated ? { updated_at: c.updated } : {}) }),
          index,
          value: c.value,
          invalid: c.invalid,
        }));
        const valid = cs.filter((c) => !c.invalid);
        const s = survive(cs, [...chain], settings)!;
        if (valid.length > 0) {
          expect(s.from.invalid).toBe(false);
          expect(s.from).toBe(survive(valid, [...chain], settings)!.from);
        } else {
          expect(outcome(s)).toEqual(outcome(survive(cs.map(({ invalid: _, ...c }) => c), [...chain], settings)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('golden records', () => {
  it('groups records by cluster id in order of their first member', () => {
    expect(groupClusters(Int32Array.from([3, 0, 0, 3, 4]))).toEqual([[0, 3], [1, 2], [4]]);
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 60 }), (ids) => {
        // Reference: a Map of lists, ordered by smallest member.
        const byId = new Map<number, number[]>();
        ids.forEach((id, i) => (byId.get(id) ?? byId.set(id, []).get(id)!).push(i));
        const want = [...byId.values()].sort((a, b) => a[0]! - b[0]!);
        expect(groupClusters(Int32Array.from(ids))).toEqual(want);
        // The compact form holds the same groups.
        const compact = ClusterGroups.of(Int32Array.from(ids));
        const numbers = compact.numberOfRecords();
        expect(compact.length).toBe(want.length);
        want.forEach((members, n) => {
          for (const i of members) expect(numbers[i]).toBe(n);
          expect(compact.members(n)).toEqual(members);
          expect(compact.size(n)).toBe(members.length);
          expect(compact.first(n)).toBe(members[0]);
        });
      }),
    );
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

  const bad = [
    rec('erp', 2, { name: 'Zhang Wei', email: 'zhang@@example', updated_at: '2024-06-30', phone: '12345' }),
    rec('crm', 3, { name: 'Zhang Wei', email: 'zhang@example.com', updated_at: '2023-01-05', phone: '+8613800138000' }),
  ];
  bad[0]!.problems.push(
    { source: 'erp', row: 2, field: 'email', value: 'zhang@@example', reason: 'invalid e-mail: bad local part', kind: 'invalid' },
    { source: 'erp', row: 2, field: 'phone', value: '12345', reason: 'too short for CN', kind: 'invalid' },
    { source: 'erp', row: 2, field: 'updated_at', value: '2024-06-30', reason: 'ambiguous: read as dmy', kind: 'note' },
  );
  const fields: CanonicalField[] = ['name', 'email', 'phone', 'updated_at'];

  it('keeps the valid value of a field over a more recent or better-ranked invalid one (CleanRecords: from their problems)', () => {
    const g = mergeCluster('G000001', [0, 1], bad, fields, settings);
    expect(g.fields).toEqual({ name: 'Zhang Wei', email: 'zhang@example.com', phone: '+8613800138000', updated_at: '2024-06-30' });
    expect(g.lineage.email!.rule).toBe('valid_value');
    expect(g.lineage.phone!.from.record.source).toBe('crm');
    // A note is not a flag: the ambiguous date still wins by source priority.
    expect(g.lineage.updated_at!.rule).toBe('source_priority');
    // Without problems the same records merge the other way: the flags decided.
    const unflagged = bad.map((r) => ({ ...r, problems: [] }));
    expect(mergeCluster('G000001', [0, 1], unflagged, fields, settings).fields.email).toBe('zhang@@example');
  });

  it('reads the flags from the record list when it keeps them (PackedRecords), not from the members', () => {
    const packed = new PackedRecords();
    packed.add({ source: 'web', row: 9, fields: { email: 'other@example.com' } });
    packed.add(bad[0]!);
    packed.add(bad[1]!);
    const g = mergeCluster('G000001', [1, 2], packed, fields, settings);
    expect(g.fields.email).toBe('zhang@example.com');
    expect(g.fields.phone).toBe('+8613800138000');
    // A list's flags are the answer even for members given as CleanRecords.
    const none: MergeRecords = { length: 2, at: (i) => bad[i], invalidFields: () => 0 };
    expect(mergeCluster('G000001', [0, 1], none, fields, settings, bad).fields.email).toBe('zhang@@example');
    const email: MergeRecords = { length: 2, at: (i) => unflaggedAt(i), invalidFields: (i) => (i === 0 ? fieldBit('email') : 0) };
    expect(mergeCluster('G000001', [0, 1], email, fields, settings).fields).toMatchObject({ email: 'zhang@example.com', phone: '12345' });
  });
});

function unflaggedAt(i: number) {
  const r = [
    { source: 'erp', row: 2, fields: { name: 'Zhang Wei', email: 'zhang@@example', updated_at: '2024-06-30', phone: '12345' } },
    { source: 'crm', row: 3, fields: { name: 'Zhang Wei', email: 'zhang@example.com', updated_at: '2023-01-05', phone: '+8613800138000' } },
  ];
  return r[i];
}

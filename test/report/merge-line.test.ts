// The audit's pair and merge lines are written as bytes by hand for speed; they must stay what
// JSON.stringify writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeMergeLine, writePairLine } from '../../src/report/audit-lines.js';
import { Utf8Sink } from '../../src/report/utf8-sink.js';
import type { ScoredPair } from '../../src/types.js';

type Ref = { source: string; row: number };

/** What a writer wrote, as a string without its newline. */
function written(write: (sink: Utf8Sink) => void): string {
  const sink = new Utf8Sink(256);
  write(sink);
  const bytes = sink.bytes();
  expect(bytes[bytes.length - 1]).toBe(0x0a);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength - 1).toString('utf8');
}
const mergeLine = (id: string, field: string, value: string, from: Ref, rule: string) => written((s) => writeMergeLine(s, id, field, value, from, rule));
const pairLine = (cluster: string, a: Ref, b: Ref, p: ScoredPair, decision?: string) => written((s) => writePairLine(s, cluster, a, b, p, decision));

describe('mergeLine', () => {
  // Values of any UTF-16, lone surrogates included (JSON.stringify escapes them; so must the writer).
  it('is JSON.stringify of the merge object, byte for byte', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ unit: 'binary' }), fc.string(), fc.nat(), fc.string(), (id, field, value, source, row, rule) => {
        const expected = JSON.stringify({ type: 'merge', golden_id: id, field, value, from: { source, row }, rule });
        expect(mergeLine(id, field, value, { source, row, fields: {} }, rule)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pairLine', () => {
  const text = fc.string({ unit: 'grapheme' });
  const ref = fc.record({ source: text, row: fc.nat() });
  const weight = fc.record({ comparison: text, level: text, weight: fc.double({ min: -40, max: 40, noNaN: true }) });
  const pair = fc.record({
    a: fc.nat(),
    b: fc.nat(),
    score: fc.double({ min: -80, max: 80, noNaN: true }),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    rules: fc.array(text, { maxLength: 3 }),
    weights: fc.array(weight, { maxLength: 10 }),
  });
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

  it('is JSON.stringify of the pair object, byte for byte', () => {
    fc.assert(
      fc.property(text, ref, ref, pair, fc.option(fc.constantFrom('match', 'distinct'), { nil: undefined }), (cluster, a, b, p, decision) => {
        const expected = JSON.stringify({
          type: 'pair',
          cluster,
          a,
          b,
          score: round(p.score, 4),
          probability: round(p.probability, 6),
          rules: p.rules,
          weights: p.weights.map((w) => ({ ...w, weight: round(w.weight, 4) })),
          ...(decision ? { decision } : {}),
        });
        expect(pairLine(cluster, a, b, p, decision)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writeSingletonGolden and writeClusterLine', () => {
  it('write csvLine of their cells, from the packed bytes or through csvLine', async () => {
    const { writeSingletonGolden } = await import('../../src/report/golden-lines.js');
    const { writeClusterLine } = await import('../../src/report/clusters-file.js');
    const { csvLine } = await import('../../src/report/csv-line.js');
    const { Utf8Sink } = await import('../../src/report/utf8-sink.js');
    const { PackedRecords, packFields } = await import('../../src/pipeline/packed-records.js');
    const { goldenId } = await import('../../src/merge/golden.js');
    const { round } = await import('../../src/report/audit-lines.js');
    const { CANONICAL_FIELDS } = await import('../../src/types.js');
    // Mostly plain values (their bytes are copied as they are), now and then one that needs quoting
    // or JSON packing (csvLine is used instead).
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', '张', ' ', '-', '😀'), maxLength: 5 });
    const odd = fc.oneof(fc.constantFrom('x,y', 'say "hi"', 'l1\nl2', 'cr\r', '\u001f', '\u001eX'), fc.string({ unit: 'grapheme', maxLength: 6 }));
    const value = fc.oneof({ arbitrary: plain, weight: 100 }, { arbitrary: odd, weight: 1 });
    const n = CANONICAL_FIELDS.length;
    const sink = new Utf8Sink(16);
    const row = fc.oneof(fc.nat(), fc.constantFrom(0, 1, 999_999, 1e21, -3, 2.5));
    const cluster = fc.oneof(fc.nat(2_000_000), fc.constantFrom(0, 8, 9, 98, 99, 99_998, 99_999, 999_999));
    const probability = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 1e-7));
    fc.assert(
      fc.property(
        fc.array(fc.record({ values: fc.array(value, { minLength: n, maxLength: n }), source: value, row, cluster, probability }), { minLength: 1, maxLength: 4 }),
        // Any indexes (the line goes through csvLine), or fields in canonical order (bytes copied as they are).
        fc.oneof(fc.array(fc.nat(n + 1), { maxLength: n + 3 }), fc.subarray([...Array(n).keys()])),
        (recs, fieldIndexes) => {
          const records = new PackedRecords();
          recs.forEach(({ values, source, row }) => records.addPacked(source, row, packFields(Object.fromEntries(CANONICAL_FIELDS.map((f, k) => [f, values[k]!])))));
          const start = sink.byteLength;
          let expected = '';
          recs.forEach(({ values, source, row, cluster, probability }, r) => {
            writeSingletonGolden(sink, cluster, records, r, fieldIndexes);
            expected += csvLine([goldenId(cluster), '1', source, `${source}:${row}`, ...fieldIndexes.map((k) => values[k] ?? '')]);
            writeClusterLine(sink, records, r, cluster, probability);
            expected += csvLine([source, String(row), values[0]!, goldenId(cluster), round(probability, 6).toString()]);
          });
          expect(Buffer.from(sink.bytes().subarray(start)).toString('utf8')).toBe(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

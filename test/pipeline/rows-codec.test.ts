// Rows cross to a worker as one string: every row must come back as it went, separators,
// empty cells and rows without cells included.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRows, encodeRows } from '../../src/pipeline/jobs/rows-codec.js';

const cellText = fc.array(fc.constantFrom('a', '张', ',', '"', '\n', '', ' ', '\u0001', '\u0002', '\u0003', 'é'), { maxLength: 6 }).map((a) => a.join(''));
const rows = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 1_000_000 }), cells: fc.array(cellText, { maxLength: 8 }) }),
  { maxLength: 20 },
);

describe('rows codec', () => {
  it('decode(encode(rows)) is rows', () => {
    fc.assert(
      fc.property(rows, (r) => {
        expect(decodeRows(encodeRows(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a row with no cells and a row of one empty cell apart', () => {
    const r = [{ row: 2, cells: [] }, { row: 3, cells: [''] }, { row: 4, cells: ['', ''] }];
    expect(decodeRows(encodeRows(r))).toEqual(r);
  });

  it('gives cells that do not keep the batch text alive (memo tables keep cells for the whole run)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const kept: string[] = [];
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    for (let b = 0; b < 100; b++) {
      // ~100 KB of text per batch; one long cell of each is kept.
      const batch = Array.from({ length: 200 }, (_, i) => ({ row: i + 2, cells: [`${b}/${i} 北京市海淀区中关村大街`.repeat(20), 'x'] }));
      kept.push(decodeRows(encodeRows(batch))[0]!.cells[0]!);
    }
    gc();
    const grown = v8.getHeapStatistics().used_heap_size - before;
    expect(kept).toHaveLength(100);
    // The kept cells are ~60 KB in all; a slice of each batch would hold on to ~10 MB.
    expect(grown).toBeLessThan(2 << 20);
  });
});

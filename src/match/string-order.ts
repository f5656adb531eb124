// Distinct strings put in order (UTF-16 code unit order, as < compares them) by their ids, for the
// sorted-neighbourhood rules: a radix sort two code units at a time. A typed array sorted with a
// comparator calls back into JS for each of its n log n comparisons (1.7 s for 670k e-mails); here
// V8's native sort of 64-bit keys orders the ids by two units at a time, and the comparator sorts
// only short runs. A missing unit counts as U+0000, which sorts first, as a shorter string does.

/** Runs this short are sorted with the comparator: a native sort costs more than it saves there. */
const SMALL_RUN = 48;

const byString = (strings: readonly string[]) => (a: number, b: number): number => {
  const x = strings[a]!;
  const y = strings[b]!;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The ids of `strings` (distinct) in the order of their strings. */
export function idsInStringOrder(strings: readonly string[]): Int32Array {
  const ids = Int32Array.from(strings, (_, id) => id);
  orderRun(ids, strings, 0, byString(strings));
  return ids;
}

/**
 * Puts `ids`, whose strings agree on their first 2 × depth code units, in order: by the next two
 * units, with a native sort of 64-bit keys (the two units above, the id below), then each run that
 * shares those too, one level deeper.
 */
function orderRun(ids: Int32Array, strings: readonly string[], depth: number, compare: (a: number, b: number) => number): void {
  if (ids.length <= SMALL_RUN) {
    ids.sort(compare);
    return;
  }
  const at = 2 * depth;
  const keys = new BigUint64Array(ids.length);
  const words = new Uint32Array(keys.buffer); // little-endian: the low word first
  let longest = 0;
  for (let k = 0; k < ids.length; k++) {
    const s = strings[ids[k]!]!;
    words[2 * k] = ids[k]!;
    words[2 * k + 1] = (s.charCodeAt(at) || 0) * 65536 + (s.charCodeAt(at + 1) || 0);
    if (s.length > longest) longest = s.length;
  }
  if (at >= longest) {
    // Past every string's end: what still sets them apart is U+0000 against no unit at all.
    ids.sort(compare);
    return;
  }
  keys.sort();
  for (let k = 0; k < ids.length; k++) ids[k] = words[2 * k]!;
  for (let start = 0; start < ids.length; ) {
    let end = start + 1;
    while (end < ids.length && words[2 * end + 1] === words[2 * start + 1]) end++;
    if (end - start > 1) orderRun(ids.subarray(start, end), strings, depth + 1, compare);
    start = end;
  }
}

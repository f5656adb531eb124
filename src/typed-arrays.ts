// Growing typed arrays by doubling, for the columns and offsets built record by record.

/** `a` when it holds `need` entries; else a copy at least twice as long (new entries 0). */
export function growInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

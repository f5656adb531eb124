// Tables that user text is looked up in (street types, suffixes, decision words...): without a
// prototype, so that a cell saying "constructor" or "toString" finds nothing rather than one of
// Object.prototype's members ("12 Constructor St" became "12 function Object() { [native code] }
// Street" with a plain object literal).

/** `entries` as a frozen object with no prototype: `key in table` and `table[key]` see only them. */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

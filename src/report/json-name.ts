// What recurs on every output line (source, field, rule, comparison and level names, a level's
// weight), made once per value and remembered: a million-row run writes millions of lines.

/** Values made from keys once each, remembered up to a bound (keys are few, but a caller could pass
 *  anything): past it, a new key's value is made on every call. */
export class Remembered<K, V> {
  private readonly byKey = new Map<K, V>();

  constructor(
    private readonly make: (key: K) => V,
    private readonly limit = 10_000,
  ) {}

  of(key: K): V {
    let value = this.byKey.get(key);
    if (value === undefined) {
      value = this.make(key);
      if (this.byKey.size < this.limit) this.byKey.set(key, value);
    }
    return value;
  }
}

const jsonNames = new Remembered((s: string) => JSON.stringify(s));

/** JSON.stringify(s), remembered. */
export const jsonName = (s: string): string => jsonNames.of(s);

/**
 * A line's fixed text around one name, `part(JSON of name)`, as UTF-8, remembered per table and name:
 * a line writer appends these bytes instead of building and encoding the text on every line.
 */
export class EncodedParts extends Remembered<string, Uint8Array> {
  constructor(part: (json: string) => string) {
    super((name) => Buffer.from(part(jsonName(name))));
  }
}

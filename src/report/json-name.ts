// JSON of the few strings that recur on every audit line (field, rule, source, comparison and level
// names), made once each: a million-row run writes millions of lines.

const jsonOfName = new Map<string, string>();
/** Bounded: names are few, but a caller could pass anything. */
const LIMIT = 10_000;

/** JSON.stringify(s), remembered. */
export function jsonName(s: string): string {
  let j = jsonOfName.get(s);
  if (j === undefined) {
    j = JSON.stringify(s);
    if (jsonOfName.size < LIMIT) jsonOfName.set(s, j);
  }
  return j;
}

/**
 * A line's fixed text around one name, `part(JSON of name)`, as UTF-8, remembered per table and name:
 * a line writer appends these bytes instead of building and encoding the text on every line.
 */
export class EncodedParts {
  private readonly byName = new Map<string, Uint8Array>();

  constructor(private readonly part: (json: string) => string) {}

  of(name: string): Uint8Array {
    let bytes = this.byName.get(name);
    if (bytes === undefined) {
      bytes = Buffer.from(this.part(jsonName(name)));
      if (this.byName.size < LIMIT) this.byName.set(name, bytes);
    }
    return bytes;
  }
}

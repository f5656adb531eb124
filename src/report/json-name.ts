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

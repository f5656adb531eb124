// dedupe's audit lines, JSON spelt out by hand and written straight into the file's buffer as UTF-8:
// a million-row run writes millions of them, and building an object, then a line string, then
// encoding it, cost more than the line itself. The fixed parts around recurring names (sources,
// fields, rules, comparisons, levels) are encoded once per name. The bytes are JSON.stringify's.
import type { ScoredPair } from '../types.js';
import { EncodedParts, Remembered } from './json-name.js';
import type { Utf8Sink } from './utf8-sink.js';

type Ref = { source: string; row: number };

const MERGE_HEAD = Buffer.from('{"type":"merge","golden_id":');
const MERGE_FIELDS = new EncodedParts((json) => `,"field":${json},"value":`);
const MERGE_FROM = new EncodedParts((json) => `,"from":{"source":${json},"row":`);
const MERGE_RULES = new EncodedParts((json) => `},"rule":${json}}\n`);

/** JSON.stringify({ type: 'merge', golden_id, field, value, from: { source, row }, rule }) and a newline. */
export function writeMergeLine(sink: Utf8Sink, goldenId: string, field: string, value: string, from: Ref, rule: string): void {
  sink.append(MERGE_HEAD);
  sink.jsonString(goldenId);
  sink.append(MERGE_FIELDS.of(field));
  sink.jsonString(value);
  sink.append(MERGE_FROM.of(from.source));
  jsonNumber(sink, from.row);
  sink.append(MERGE_RULES.of(rule));
}

/** The audit line of a golden record's fields on which all its members agree (their value is the
 *  golden record's, from every member: nothing was chosen, so no merge line per field). */
export function agreedLine(goldenId: string, fields: readonly string[]): string {
  return JSON.stringify({ type: 'agreed', golden_id: goldenId, fields });
}

/** Bytes a merge line may take, at most but for the names' parts (a reserve hint: the sink grows). */
export function mergeLineBound(goldenId: string, value: string): number {
  return 256 + 6 * (goldenId.length + value.length);
}

const PAIR_HEAD = Buffer.from('{"type":"pair","cluster":');
const PAIR_A = new EncodedParts((json) => `,"a":{"source":${json},"row":`);
const PAIR_B = new EncodedParts((json) => `},"b":{"source":${json},"row":`);
const PAIR_SCORE = Buffer.from('},"score":');
const PAIR_PROBABILITY = Buffer.from(',"probability":');
const PAIR_RULES = Buffer.from(',"rules":[');
const PAIR_WEIGHTS = Buffer.from('],"weights":[');
const WEIGHT_COMPARISON = new EncodedParts((json) => `{"comparison":${json},"level":`);
const WEIGHT_LEVEL = new EncodedParts((json) => `${json},"weight":`);
const PAIR_DECISION = Buffer.from('],"decision":');
const RULE = new EncodedParts((json) => json);

/** JSON.stringify({ type: 'pair', cluster, a, b, score (4 decimals), probability (6), rules, weights
 *  (each weight to 4 decimals), decision? }) and a newline. */
export function writePairLine(sink: Utf8Sink, cluster: string, a: Ref, b: Ref, p: ScoredPair, decision?: string): void {
  sink.append(PAIR_HEAD);
  sink.jsonString(cluster);
  sink.append(PAIR_A.of(a.source));
  jsonNumber(sink, a.row);
  sink.append(PAIR_B.of(b.source));
  jsonNumber(sink, b.row);
  sink.append(PAIR_SCORE);
  jsonNumber(sink, round(p.score, 4));
  sink.append(PAIR_PROBABILITY);
  jsonNumber(sink, round(p.probability, 6));
  sink.append(PAIR_RULES);
  for (let k = 0; k < p.rules.length; k++) {
    if (k > 0) sink.appendByte(0x2c); // ,
    sink.append(RULE.of(p.rules[k]!));
  }
  sink.append(PAIR_WEIGHTS);
  for (let k = 0; k < p.weights.length; k++) {
    const w = p.weights[k]!;
    if (k > 0) sink.appendByte(0x2c);
    sink.append(WEIGHT_COMPARISON.of(w.comparison));
    sink.append(WEIGHT_LEVEL.of(w.level));
    recurringNumber(sink, round(w.weight, 4));
    sink.appendByte(0x7d); // }
  }
  if (decision) {
    sink.append(PAIR_DECISION);
    sink.jsonString(decision);
    sink.appendByte(0x7d);
  } else {
    sink.appendByte(0x5d); // ]
    sink.appendByte(0x7d);
  }
  sink.appendByte(0x0a);
}

/** Bytes a pair line may take, at most but for the names' parts (a reserve hint: the sink grows). */
export function pairLineBound(cluster: string, p: ScoredPair): number {
  return 256 + 6 * cluster.length + 64 * (p.rules.length + p.weights.length);
}

/** JSON.stringify of a number: integers as digits, written without a string. */
function jsonNumber(sink: Utf8Sink, x: number): void {
  if (Number.isSafeInteger(x) && x >= 0) sink.digits(x);
  else sink.text(JSON.stringify(x));
}

/** A weight's JSON, encoded once: a comparison level's weight is the same on every pair at that level
 *  (but term-frequency-adjusted ones, which take a few hundred values), and a number's text is the
 *  dearest part of a pair line to make. */
const numberBytes = new Remembered((x: number) => Buffer.from(JSON.stringify(x)), 4_096);

function recurringNumber(sink: Utf8Sink, x: number): void {
  sink.append(numberBytes.of(x));
}

/** x rounded to `digits` decimals, as the audit and the CSV outputs write scores and probabilities. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

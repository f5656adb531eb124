// Utf8Sink encodes cells and JSON strings itself (no string per line is made): its bytes must be
// exactly Node's UTF-8 and JSON.stringify's, lone surrogates and control characters included, and
// the CSV lines built with it must be the lines the string form gives (change lines: change-line.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Sink } from '../../src/report/utf8-sink.js';
import { csvLine, writeCsvLine } from '../../src/report/csv-line.js';

// Every kind of code unit: ASCII, JSON escapes, 2- and 3-byte, surrogate pairs and lone halves,
// and strings past the length where text() hands over to Buffer.write.
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom('a', '"', '\\', '\n', '\u0000', '\u001f', '\u007f', 'é', '张', '😀', '\ud800', '\udc00', ','), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', minLength: 250, maxLength: 400 }),
);
const bytesOf = (fill: (sink: Utf8Sink) => void): Buffer => {
  const sink = new Utf8Sink(8); // small: every write makes it grow
  fill(sink);
  return Buffer.from(sink.bytes());
};

describe('Utf8Sink', () => {
  it('text() writes the bytes Buffer.from writes', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (parts) => {
        // Part by part, as separate writes: a surrogate pair split across two parts is two lone halves.
        expect(bytesOf((s) => parts.forEach((p) => s.text(p)))).toEqual(Buffer.concat(parts.map((p) => Buffer.from(p))));
      }),
      { numRuns: 500 },
    );
  });

  it('jsonString() writes the bytes of JSON.stringify', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(bytesOf((s) => s.jsonString(t))).toEqual(Buffer.from(JSON.stringify(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('digits() and append() write numbers and bytes as they are', () => {
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ maxLength: 100 }), (n, raw) => {
        expect(bytesOf((s) => { s.digits(n); s.append(raw); })).toEqual(Buffer.concat([Buffer.from(String(n)), raw]));
      }),
    );
  });
});

describe('lines written into a sink', () => {
  it('writeCsvLine gives csvLine’s bytes', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        expect(bytesOf((s) => writeCsvLine(s, cells))).toEqual(Buffer.from(csvLine(cells)));
      }),
      { numRuns: 300 },
    );
  });

});

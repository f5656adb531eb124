// The audit's change lines are written straight into bytes for speed; they must stay what
// JSON.stringify writes, with a newline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeChangeLine } from '../../src/pipeline/jobs/clean-job.js';
import { Utf8Sink } from '../../src/report/utf8-sink.js';
import { CANONICAL_FIELDS } from '../../src/types.js';

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const name = fc.oneof(fc.constantFrom('crm', '纷享销客', 'name.clean', 'phone.e164+row_country'), text);

describe('writeChangeLine', () => {
  it('writes JSON.stringify of the change object and a newline, byte for byte', () => {
    fc.assert(
      fc.property(name, fc.nat(), fc.constantFrom(...CANONICAL_FIELDS), text, text, name, (source, row, field, before, after, rule) => {
        const expected = JSON.stringify({ type: 'change', source, row, field, before, after, rule }) + '\n';
        const sink = new Utf8Sink(8);
        // Twice: the second line uses the parts encoded for the names the first time.
        writeChangeLine(sink, { source, row, field, before, after, rule });
        writeChangeLine(sink, { source, row, field, before, after, rule });
        expect(Buffer.from(sink.bytes()).toString('latin1')).toBe(Buffer.from(expected + expected).toString('latin1'));
      }),
      { numRuns: 1000 },
    );
  });
});

// The CSV writer buffers lines in 1 MB chunks; lines written whole and lines written in pieces
// straight into the buffer (writeInto) must reach the file in order, across chunk boundaries.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFileWriter } from '../../src/report/csv-writer.js';
import { csvLine } from '../../src/report/csv-line.js';

describe('CsvFileWriter', () => {
  it('keeps whole lines and lines written in pieces in order over several MB', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'recon-csv-')), 'out.csv');
    const writer = new CsvFileWriter(path, ['n', 'text']);
    let expected = csvLine(['n', 'text']);
    for (let n = 0; n < 60_000; n++) {
      const text = `${'张伟,'.repeat(n % 13)}${n}`.padEnd(40, 'x'); // some cells need quotes
      const line = csvLine([String(n), text]);
      expected += line;
      const bytes = Buffer.from(line);
      const wait =
        n % 3 === 0
          ? writer.writeLine(line)
          : writer.writeInto(bytes.length, (sink) => {
              const cut = bytes.indexOf(0x2c) + 1; // after the first comma: a character boundary
              sink.append(bytes, 0, cut); // a piece as bytes,
              sink.write(bytes.subarray(cut).toString()); // the rest as text
            });
      if (wait) await wait;
    }
    await writer.close();
    expect(writer.rows).toBe(60_000);
    const written = readFileSync(path, 'utf8');
    expect(written.length).toBe(expected.length);
    expect(written === expected).toBe(true);
  });
});

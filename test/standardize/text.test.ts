import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, normalizeText } from '../../src/standardize/text.js';

describe('normalizeText', () => {
  it.each<[string, string]>([
    ['Acme', 'Acme'],
    ['  Acme  ', 'Acme'],
    ['Acme   Trading\tCo', 'Acme Trading Co'],
    ['line one\nline two\r\n', 'line one line two'],
    ['ＡＢＣ１２３＠', 'ABC123@'],
    ['ＶＩＰ客户', 'VIP客户'],
    ['北京\u3000朝阳', '北京 朝阳'],
    ['non\u00a0breaking', 'non breaking'],
    ['zero\u200bwidth', 'zerowidth'],
    ['\ufeffBOM first', 'BOM first'],
    ['word\u2060joiner\u200c\u200d', 'wordjoiner'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['C1\u0085next', 'C1 next'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['ﬁne ligature', 'fine ligature'],
    ['①②③', '123'],
    ['ｶﾀｶﾅ', 'カタカナ'],
    ['e\u200b\u0301', 'é'],
    ['', ''],
    [' \u200b\t ', ''],
  ])('%j → %j', (raw, value) => {
    expect(cleanText(raw)).toBe(value);
    const result = normalizeText(raw);
    expect(result.value).toBe(value);
    expect(result.changed).toBe(raw !== value);
    expect(result.rule).toBe(raw !== value ? 'text.clean' : undefined);
    expect(result.problem).toBeUndefined();
  });
});

describe('cleanText: the shortcut for ASCII and CJK unified ideographs', () => {
  it('rests on every ideograph in U+4E00–U+9FFF being NFKC already', () => {
    const changed: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCodePoint(c);
      if (ch.normalize('NFKC') !== ch) changed.push(c.toString(16));
    }
    expect(changed).toEqual([]);
  });

  it('gives what NFKC, white-space collapsing and trimming give', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '  ', 'a', 'Z', '1', '(', '-', '张', '伟', '北京', '龥', '一'), fc.string({ unit: 'binary-ascii' }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('').replace(/[^\x20-\x7e\u4e00-\u9fff]/g, '')), (raw) => {
        expect(cleanText(raw)).toBe(raw.normalize('NFKC').replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 1000 },
    );
  });
});

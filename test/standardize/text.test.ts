import { describe, expect, it } from 'vitest';
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

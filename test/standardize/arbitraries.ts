// Generators and the idempotence check shared by the standardize property tests.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { NormalizeContext, NormalizeResult } from '../../src/types.js';

const hanzi = fc.constantFrom(...'张王李赵欧阳司马伟芳娜强北京上海广东深圳市省区路号有限公司集团科技分先生女士总经理（）中国单曾解'.split(''));
const latin = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZüéßÖ'.split(''));
const punct = fc.constantFrom(...' ,.;:-\'"()&#/·、，。　\t\n\u200b'.split(''));
const digit = fc.constantFrom(...'0123456789０１２'.split(''));
const word = fc.constantFrom('Mr.', 'Dr', 'Jr.', 'III', 'PhD', 'van', 'de', 'Inc.', 'LLC', 'Ltd', 'GmbH', 'St', 'Ave',
  'Apt', 'N', 'E', 'Branch', 'Co.', '有限公司', '分公司', '(中国)', 'McDONALD', "o'brien", 'SMITH,', 'sw1a', '1aa');

/** Strings that mix hanzi, Latin letters, punctuation, digits and words the normalizers react to. */
export const mixedText = fc.array(fc.oneof(hanzi, latin, punct, digit, word), { maxLength: 24 }).map((a) => a.join(''));

/** Arbitrary strings of every kind the tests throw at a normalizer. */
export const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), mixedText);

/** More runs on demand (FC_RUNS=20000) when hunting rare failures; quick by default. */
const RUNS = Number(process.env.FC_RUNS ?? 400);

export const ctxCN: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };

type Normalizer = (raw: string, ctx: NormalizeContext) => NormalizeResult;

/** Normalizing a normalizer's own output changes nothing and gives the same keys. */
export function checkIdempotent(normalize: Normalizer, ctx: NormalizeContext = ctxCN): void {
  fc.assert(
    fc.property(anyText, (raw) => {
      const once = normalize(raw, ctx);
      const twice = normalize(once.value, ctx);
      expect(twice.value).toBe(once.value);
      expect(twice.changed).toBe(false);
      expect(twice.keys).toEqual(once.keys);
    }),
    { numRuns: RUNS },
  );
}

/** Never throws, and a result always has a string value. */
export function checkTotal(normalize: Normalizer, ctx: NormalizeContext = ctxCN): void {
  fc.assert(
    fc.property(anyText, (raw) => {
      expect(typeof normalize(raw, ctx).value).toBe('string');
    }),
    { numRuns: RUNS },
  );
}

// The plain-name shortcut in normalizePersonName (2–4 hanzi, or two capitalised ASCII words) must
// give what the general parse gives. A trailing note "(销售)" sends a name through the general parse
// without changing its value or keys, so the two are compared on the same name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePersonName } from '../../src/standardize/name.js';
import { ctxCN } from './arbitraries.js';

const hanName = fc.array(fc.constantFrom(...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳司马诸葛伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂单曾解总工'), { minLength: 2, maxLength: 4 })
  .map((a) => a.join(''));
const latinWord = fc.constantFrom('Sophie', 'Scholz', 'Felix', 'Bauer', 'Anthony', 'Brown', 'Van', 'Morrison', 'Mr', 'Dr', 'Jr', 'Iii',
  'Md', 'Esq', 'Herr', 'Frau', 'De', 'La', 'Zhang', 'Wei', 'Miss', 'Sir');
const latinName = fc.tuple(latinWord, latinWord).map(([a, b]) => `${a} ${b}`);

describe('normalizePersonName: plain names read as the general parse reads them', () => {
  it.each([['张伟'], ['欧阳娜娜'], ['王总'], ['Sophie Scholz'], ['Mr Smith'], ['Van Morrison'], ['John Jr']])('%s', (name) => {
    const plain = normalizePersonName(name, ctxCN);
    const general = normalizePersonName(`${name}(销售)`, ctxCN);
    expect({ value: general.value, keys: general.keys, derived: general.derived }).toEqual({ value: plain.value, keys: plain.keys, derived: plain.derived });
  });

  it('for any 2–4 hanzi or two-word Latin name', () => {
    fc.assert(
      fc.property(fc.oneof(hanName, latinName), fc.constantFrom('', ' ', '\u3000'), (name, pad) => {
        const plain = normalizePersonName(pad + name, ctxCN);
        const general = normalizePersonName(`${name} (note)`, ctxCN);
        expect(general.value).toBe(plain.value);
        expect(general.keys).toEqual(plain.keys);
        expect(general.derived).toEqual(plain.derived);
        expect(plain.changed).toBe(plain.value !== pad + name);
      }),
      { numRuns: 2000 },
    );
  });
});

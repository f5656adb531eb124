import { describe, it, expect } from 'vitest';
import { normalizeNamePart, normalizePersonName } from '../../src/standardize/name.js';
import { checkIdempotent, checkTotal, ctxCN } from './arbitraries.js';

type Case = [raw: string, value: string, first: string | undefined, last: string | undefined, pinyinKey?: string];

const CASES: Case[] = [
  // Latin: casing, reordering, honorifics, suffixes
  ['John Smith', 'John Smith', 'John', 'Smith', 'john smith'],
  ['SMITH, JOHN', 'John Smith', 'John', 'Smith', 'john smith'],
  ['smith, john paul', 'John Paul Smith', 'John Paul', 'Smith'],
  ['Mr. John Smith', 'John Smith', 'John', 'Smith'],
  ['mrs jane doe', 'Jane Doe', 'Jane', 'Doe'],
  ['Dr. Anna-Marie van der Berg', 'Anna-Marie van der Berg', 'Anna-Marie', 'van der Berg'],
  ['Prof. Dr. Hans Müller', 'Hans Müller', 'Hans', 'Müller'],
  ['MÜLLER, HANS-JÜRGEN', 'Hans-Jürgen Müller', 'Hans-Jürgen', 'Müller'],
  ["mr. john o'brien jr.", "John O'Brien Jr.", 'John', "O'Brien"],
  ["D'ANGELO, maria", "Maria D'Angelo", 'Maria', "D'Angelo"],
  ['ronald mcdonald', 'Ronald McDonald', 'Ronald', 'McDonald'],
  ['Angus MacLeod', 'Angus MacLeod', 'Angus', 'MacLeod'],
  ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
  ['jean-luc picard', 'Jean-Luc Picard', 'Jean-Luc', 'Picard'],
  ['Smith, John, PhD', 'John Smith PhD', 'John', 'Smith'],
  ['Martin Luther King, Jr.', 'Martin Luther King Jr.', 'Martin Luther', 'King'],
  ['ROBERT DOWNEY III', 'Robert Downey III', 'Robert', 'Downey'],
  ['Mme Claire Dubois', 'Claire Dubois', 'Claire', 'Dubois'],
  ['M. Jean Dupont', 'Jean Dupont', 'Jean', 'Dupont'],
  ['Herr Günther Straße', 'Günther Straße', 'Günther', 'Straße'],
  ['Mr. Smith', 'Smith', undefined, 'Smith'],
  ['  Emily   Brontë ', 'Emily Brontë', 'Emily', 'Brontë'],
  ['ZHANG wei', 'Zhang Wei', 'Wei', 'Zhang', 'wei zhang'],
  ['Wei Zhang', 'Wei Zhang', 'Wei', 'Zhang', 'wei zhang'],
  // CJK
  ['张伟', '张伟', '伟', '张', 'wei zhang'],
  ['张 伟', '张伟', '伟', '张', 'wei zhang'],
  ['　李　娜　', '李娜', '娜', '李', 'li na'],
  ['王总', '王', undefined, '王', 'wang'],
  ['李经理', '李', undefined, '李', 'li'],
  ['张伟先生', '张伟', '伟', '张', 'wei zhang'],
  ['陈静女士', '陈静', '静', '陈', 'chen jing'],
  ['王总经理', '王', undefined, '王', 'wang'],
  ['欧阳娜娜女士', '欧阳娜娜', '娜娜', '欧阳', 'nana ouyang'],
  ['司马光', '司马光', '光', '司马', 'guang sima'],
  ['诸葛亮', '诸葛亮', '亮', '诸葛', 'liang zhuge'],
  ['单雄信', '单雄信', '雄信', '单', 'shan xiongxin'],
  ['曾国藩', '曾国藩', '国藩', '曾', 'guofan zeng'],
  ['解晓东', '解晓东', '晓东', '解', 'xiaodong xie'],
  ['张伟(销售)', '张伟', '伟', '张', 'wei zhang'],
  ['Zhang Wei 张伟', 'Zhang Wei 张伟', '伟', '张', 'wei zhang'],
  ['阿沛·阿旺晋美', '阿沛·阿旺晋美', undefined, undefined, 'apei awangjinmei'],
  ['迪丽热巴•迪力木拉提', '迪丽热巴·迪力木拉提', undefined, undefined],
  ['吕布', '吕布', '布', '吕', 'bu lu'],
];

describe('normalizePersonName', () => {
  it.each(CASES)('%s → %s', (raw, value, first, last, pinyinKey) => {
    const r = normalizePersonName(raw, ctxCN);
    expect(r.value).toBe(value);
    expect(r.changed).toBe(value !== raw);
    expect(r.problem).toBeUndefined();
    expect(r.derived?.first_name).toBe(first);
    expect(r.derived?.last_name).toBe(last);
    if (pinyinKey !== undefined) expect(r.keys?.pinyin_key).toBe(pinyinKey);
  });

  it('gives 张伟, Zhang Wei, Wei Zhang and ZHANG wei one pinyin key', () => {
    const keys = ['张伟', 'Zhang Wei', 'Wei Zhang', 'ZHANG wei', 'zhang, wei'].map(
      (n) => normalizePersonName(n, ctxCN).keys?.pinyin_key,
    );
    expect(new Set(keys)).toEqual(new Set(['wei zhang']));
  });

  it('folds diacritics and punctuation in name_key, in display order', () => {
    expect(normalizePersonName('Müller, Hans-Jürgen', ctxCN).keys?.name_key).toBe('hans jurgen muller');
    expect(normalizePersonName("O'Brien, Seán", ctxCN).keys?.name_key).toBe('sean obrien');
    expect(normalizePersonName('Straße, Anna', ctxCN).keys?.name_key).toBe('anna strasse');
    expect(normalizePersonName('张 伟', ctxCN).keys?.name_key).toBe('张伟');
  });

  it('keeps suffixes aside in keys, titles and notes out', () => {
    expect(normalizePersonName('王总', ctxCN)).toMatchObject({ value: '王', rule: 'name.honorific', keys: { name_key: '王' } });
    expect(normalizePersonName('John Smith Jr.', ctxCN).keys).toMatchObject({ name_suffix: 'Jr.', name_key: 'john smith' });
    expect(normalizePersonName('张伟(销售)', ctxCN)).toMatchObject({ value: '张伟', rule: 'name.note' });
    expect(normalizePersonName('张伟', ctxCN).keys?.name_initials).toBe('wz');
  });

  it('names the rules it applied', () => {
    expect(normalizePersonName('SMITH, JOHN', ctxCN).rule).toBe('name.reorder+name.case');
    expect(normalizePersonName('Mr. John Smith', ctxCN).rule).toBe('name.honorific');
  });

  it.each([
    ['john.smith@example.com', 'looks like an e-mail address, not a name'],
    ['张伟2', 'name contains digits'],
    ['13800138000', 'name contains digits'],
  ])('reports %s and keeps it raw', (raw, problem) => {
    expect(normalizePersonName(raw, ctxCN)).toEqual({ value: raw, changed: false, problem });
  });

  it('leaves a lone title or an empty cell alone', () => {
    expect(normalizePersonName('先生', ctxCN).value).toBe('先生');
    expect(normalizePersonName('Mr.', ctxCN).value).toBe('Mr.');
    expect(normalizePersonName('   ', ctxCN)).toMatchObject({ value: '', changed: true });
  });

  it('splits a name with a CJK Extension B character by characters, not UTF-16 units (found by the idempotence property)', () => {
    expect(normalizePersonName('𠮷野家', ctxCN).derived).toEqual({ last_name: '𠮷', first_name: '野家' });
    expect(normalizePersonName('𠀀𠀀', ctxCN).derived).toEqual({ last_name: '𠀀', first_name: '𠀀' });
    // Three characters in five units: a split, where there was none and the pinyin reader threw.
    expect(normalizePersonName('⺀𠀀𠀀', ctxCN).derived).toEqual({ last_name: '⺀', first_name: '𠀀𠀀' });
    expect(normalizePersonName('欧阳𠮷', ctxCN).derived).toEqual({ last_name: '欧阳', first_name: '𠮷' });
  });

  it('is idempotent', () => checkIdempotent(normalizePersonName));
  it('never throws', () => checkTotal(normalizePersonName));
});

describe('normalizeNamePart', () => {
  it.each([
    ['SMITH', 'Smith'],
    ['van der berg', 'Van der Berg'],
    ['mcdonald', 'McDonald'],
    ["o'neil", "O'Neil"],
    ['jean-luc', 'Jean-Luc'],
    ['MacLeod', 'MacLeod'],
    ['张 ', '张'],
    ['欧阳', '欧阳'],
    ['娜 娜', '娜娜'],
    ['  Anne   Marie ', 'Anne Marie'],
  ])('%s → %s', (raw, value) => {
    expect(normalizeNamePart(raw, ctxCN).value).toBe(value);
  });

  it('is idempotent', () => checkIdempotent(normalizeNamePart));
  it('never throws', () => checkTotal(normalizeNamePart));
});

// Script-blind keys: a name or place typed in hanzi meets the same one typed in pinyin.
import { describe, expect, it } from 'vitest';
import { nameSound, placeSound } from '../../src/match/sound.js';

describe('nameSound', () => {
  it.each([
    ['张', 'zhang'],
    ['Zhang', 'zhang'],
    ['ZHANG', 'zhang'],
    ['伟', 'wei'],
    ['欧阳', 'ouyang'],
    ['Ouyang', 'ouyang'],
    ['单', 'shan'], // as a surname, not dan
    ['曾', 'zeng'],
    ["O'Brien", 'obrien'],
    ['Müller', 'muller'],
    ['Lü', 'lu'],
    ['吕', 'lu'],
  ])('%s → %s', (value, key) => expect(nameSound(value)).toBe(key));
});

describe('placeSound', () => {
  it.each([
    ['苏州市', 'suzhou'],
    ['Suzhou', 'suzhou'],
    ['Suzhou City', 'suzhou'],
    ['江苏省', 'jiangsu'],
    ['Jiangsu Province', 'jiangsu'],
    ['上海', 'shanghai'],
    ['Shanghai Shi', 'shanghai'],
    ['浦东新区', 'pudong'],
    ['内蒙古自治区', 'neimenggu'],
    ['香港特别行政区', 'xianggang'],
    ['Köln', 'koln'],
    ['New York', 'newyork'],
    ['市', 'shi'], // nothing left after the suffix: kept whole
  ])('%s → %s', (value, key) => expect(placeSound(value)).toBe(key));

  it('keeps distinct places apart', () => {
    expect(placeSound('山西省')).toBe(placeSound('Shanxi'));
    expect(placeSound('陕西省')).toBe('shanxi'); // same toneless pinyin: exact city/postcode levels rank first
    expect(placeSound('苏州市')).not.toBe(placeSound('徐州市'));
  });
});

// Regression: postcode, city and region are nested, so agreeing on all three is one piece of
// evidence. Counted three times, EM learned "same surname, same place" as the match class and
// merged strangers such as 陈娟 and 陈晶颖 who share only a postcode.
import { describe, expect, it } from 'vitest';
import { matchRecords } from '../../src/match/index.js';
import { mulberry32 } from '../../src/match/random.js';
import type { CleanRecord } from '../../src/types.js';
import { linkedPairs } from './synthetic.js';

const SURNAMES = ['陈', '李', '王', '张', '刘'];
const GIVEN = ['娟', '晶颖', '伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娜', '涛', '明', '超'];
const PLACES = [
  ['100050', '北京市', '北京市'],
  ['100000', '北京市', '北京市'],
  ['200000', '上海市', '上海市'],
  ['510000', '广州市', '广东省'],
  ['518000', '深圳市', '广东省'],
];

function person(i: number, given: string, surname: string, place: string[], row: number): CleanRecord {
  const [postcode, city, region] = place;
  const fields = {
    first_name: given, last_name: surname, email: `user${i}@163.com`, phone: `+86139${String(i).padStart(8, '0')}`,
    postcode, city, region,
  };
  const keys = { name_key: surname + given, pinyin_key: surname + given };
  return { source: 's', file: 's.csv', row, fields, extra: {}, keys, problems: [] };
}

/** 2000 people from 5 surnames and 5 places; every 10th one entered twice. */
function population(): { records: CleanRecord[]; entity: number[] } {
  const rand = mulberry32(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const records: CleanRecord[] = [];
  const entity: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const args = [pick(GIVEN), pick(SURNAMES), pick(PLACES)] as const;
    for (let copy = 0; copy < (i % 10 === 0 ? 2 : 1); copy++) {
      records.push(person(i, ...args, records.length + 2));
      entity.push(i);
    }
  }
  return { records, entity };
}

describe('nested location fields', () => {
  it('links true duplicates but not strangers sharing a surname and a postcode', () => {
    const { records, entity } = population();
    const { clusters } = matchRecords(records);
    const { wrong, found } = linkedPairs(clusters, entity);
    expect(wrong).toBe(0);
    expect(found).toBe(200);
  });
});

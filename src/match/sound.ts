// Script-blind keys for matching a value typed in hanzi against the same value typed in pinyin:
// 张 = Zhang, 苏州市 = Suzhou = Suzhou City. Plain functions of one value, so a transform spec
// (`last_name:sound`, `city:place`) stays data (in SQL: a UDF of the same name).
import { foldLatin, hasHan, pinyinJoined } from '../standardize/cjk.js';

/** Tone-less pinyin of the hanzi (read as a name when asName), folded Latin letters of the rest. */
function sound(value: string, asName: boolean): string {
  if (!hasHan(value)) return foldLatin(value).replace(/[^\p{L}]/gu, '');
  return pinyinJoined(value, asName) + foldLatin(value.replace(/\p{Script=Han}/gu, '')).replace(/[^\p{L}]/gu, '');
}

/** A person's name part: 张 → zhang, Zhang → zhang, O'Brien → obrien. */
export const nameSound = (value: string): string => sound(value, true);

/** Administrative suffixes that one export writes and another leaves out. */
const HAN_PLACE_SUFFIX = /(?:特别行政区|自治区|自治州|地区|新区|省|市|区|县|盟|旗)$/u;
const LATIN_PLACE_SUFFIX = /\s+(?:city|shi|province|sheng|district|qu|county|xian|municipality|sar|autonomous region)$/i;

/** A city or province: 苏州市 → suzhou, Suzhou City → suzhou, 江苏省 → jiangsu. */
export function placeSound(value: string): string {
  const trimmed = value.trim();
  const bare = hasHan(trimmed) ? trimmed.replace(HAN_PLACE_SUFFIX, '') : trimmed.replace(LATIN_PLACE_SUFFIX, '');
  return sound(bare === '' ? trimmed : bare, false);
}

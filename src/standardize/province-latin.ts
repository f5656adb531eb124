// Chinese provinces written in English or pinyin ("Guangdong Province", "GUANGDONG SHENG",
// "Inner Mongolia", "Hong Kong SAR") → the same province the hanzi name is (广东省, 内蒙古自治区 …).
//
// Only exact spellings, compared without case, spaces, hyphens and dots: "Shanxi" (山西) and
// "Shaanxi" (陕西) are two provinces, so no fuzzy matching and no folding of tone marks (Shǎnxī is
// 陕西, Shānxī 山西: dropping the marks would merge them; such input is left as it is).
import { findProvince, type Province } from './divisions.js';
import { wordTable } from '../word-table.js';

/** Spellings (lower case, letters only) → the province's short hanzi name. */
const SPELLINGS = wordTable({
  beijing: '北京', peking: '北京', tianjin: '天津', shanghai: '上海', chongqing: '重庆',
  hebei: '河北', shanxi: '山西', shaanxi: '陕西', liaoning: '辽宁', jilin: '吉林', heilongjiang: '黑龙江',
  jiangsu: '江苏', zhejiang: '浙江', anhui: '安徽', fujian: '福建', jiangxi: '江西', shandong: '山东',
  henan: '河南', hubei: '湖北', hunan: '湖南', guangdong: '广东', hainan: '海南', sichuan: '四川',
  guizhou: '贵州', yunnan: '云南', gansu: '甘肃', qinghai: '青海', taiwan: '台湾',
  innermongolia: '内蒙古', neimenggu: '内蒙古', neimongol: '内蒙古', guangxi: '广西', xizang: '西藏',
  tibet: '西藏', ningxia: '宁夏', xinjiang: '新疆', hongkong: '香港', xianggang: '香港', macau: '澳门',
  macao: '澳门', aomen: '澳门',
});

/** Words after the name that only say what kind of division it is (province, sheng, SAR …). */
const KIND_WORDS = new Set([
  'province', 'sheng', 'municipality', 'shi', 'autonomous', 'region', 'zizhiqu', 'sar', 'special',
  'administrative', 'tebie', 'xingzhengqu', 'zhuang', 'zhuangzu', 'hui', 'huizu', 'uyghur', 'uygur',
  'uighur', 'weiwuer', 'weiwuerzu', 'of', 'china', 'prc',
]);

/** "City" follows a municipality's name only: "Jilin City" is the city 吉林市, not the province. */
const MUNICIPALITY_SHORTS = new Set(['北京', '天津', '上海', '重庆']);

/** The province an English or pinyin name stands for, or undefined (never a guess). */
export function provinceFromLatin(text: string): Province | undefined {
  if (!/^[A-Za-z][A-Za-z\s.,()'-]*$/.test(text)) return undefined;
  const words = text.toLowerCase().replace(/\./g, '').replace(/[,()']/g, ' ').split(/[\s-]+/).filter((w) => w !== '');
  let city = false;
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (KIND_WORDS.has(last)) words.pop();
    else if (last === 'city' && !city) { city = true; words.pop(); }
    else break;
  }
  const short = SPELLINGS[words.join('')];
  if (short === undefined || (city && !MUNICIPALITY_SHORTS.has(short))) return undefined;
  return findProvince(short);
}

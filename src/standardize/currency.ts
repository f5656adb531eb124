// Currency symbols, words and codes → ISO 4217 codes.
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { blank, invalid, rewritten } from './result.js';

/** Symbols and words people write next to amounts. "$" alone is read as USD and "¥" as CNY
 *  (JPY when the row's country is JP): the common readings in the exports this tool is built for. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  'US$': 'USD', 'U.S.$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', 'S$': 'SGD', 'A$': 'AUD', 'AU$': 'AUD',
  'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', 'R$': 'BRL', '$': 'USD', '¥': 'CNY', '€': 'EUR', '£': 'GBP',
  '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '฿': 'THB', '₫': 'VND', 'RMB': 'CNY', '元': 'CNY', '圆': 'CNY',
  '块': 'CNY', '人民币': 'CNY', '人民币元': 'CNY', '美元': 'USD', '美金': 'USD', '欧元': 'EUR', '英镑': 'GBP',
  '港币': 'HKD', '港元': 'HKD', '港幣': 'HKD', '日元': 'JPY', '円': 'JPY', '韩元': 'KRW', '新台币': 'TWD',
  '澳元': 'AUD', '加元': 'CAD', '新加坡元': 'SGD', '瑞士法郎': 'CHF',
}));

let isoCodes: Set<string> | undefined;

/** ISO 4217 codes Node knows (Intl), built on first use. */
function knownIsoCodes(): Set<string> {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes;
}

/** Longest first, so "US$" is tried before "$" and "人民币元" before "人民币". */
const WORDS_BY_LENGTH = [...CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length);
const PREFIX = new RegExp(`^(?:${WORDS_BY_LENGTH.map(escapeRegExp).join('|')}|[A-Za-z]{3}(?![A-Za-z]))`);
const SUFFIX = new RegExp(`(?:${WORDS_BY_LENGTH.map(escapeRegExp).join('|')}|(?<![A-Za-z])[A-Za-z]{3})$`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ISO code for a currency symbol, word or code; undefined when unknown. */
export function currencyCode(token: string, country?: string): string | undefined {
  const upper = token.toUpperCase();
  if (upper === '¥' || upper === '円') return country === 'JP' ? 'JPY' : CURRENCY_WORDS.get(upper);
  return CURRENCY_WORDS.get(token) ?? CURRENCY_WORDS.get(upper) ?? (knownIsoCodes().has(upper) ? upper : undefined);
}

/** A currency token at the start or end of `text`: its ISO code and the text without it. */
export function takeCurrency(
  text: string,
  end: 'start' | 'end',
  country?: string,
): { code: string; rest: string } | undefined {
  const match = (end === 'start' ? PREFIX : SUFFIX).exec(text);
  if (!match) return undefined;
  const code = currencyCode(match[0], country);
  if (!code) return undefined;
  const rest = end === 'start' ? text.slice(match[0].length) : text.slice(0, text.length - match[0].length);
  return { code, rest: rest.trim() };
}

/** Normalize a currency column: any symbol, word or code → upper-case ISO 4217 code. */
export function normalizeCurrency(raw: string, ctx?: NormalizeContext): NormalizeResult {
  const cleaned = cleanText(raw);
  if (cleaned === '') return blank(raw);
  const code = currencyCode(cleaned, ctx?.country);
  return code ? rewritten(raw, code, 'currency.iso') : invalid(raw, 'unknown currency');
}

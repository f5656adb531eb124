// E-mail addresses: display forms stripped, lower-cased, syntax checked, domain typos suggested.
import { distance } from 'fastest-levenshtein';
import type { NormalizeContext, NormalizeResult } from '../types.js';
import { cleanText } from './text.js';
import { blank, invalid } from './result.js';

/** Misspellings seen in real exports, mapped to the domain meant. */
const DOMAIN_TYPOS: ReadonlyMap<string, string> = new Map(Object.entries({
  'gmial.com': 'gmail.com', 'gamil.com': 'gmail.com', 'gmai.com': 'gmail.com', 'gmal.com': 'gmail.com',
  'gnail.com': 'gmail.com', 'gmaill.com': 'gmail.com', 'gmail.co': 'gmail.com', 'gmail.cm': 'gmail.com',
  'hotmial.com': 'hotmail.com', 'hotmal.com': 'hotmail.com', 'hotmai.com': 'hotmail.com', 'hotmil.com': 'hotmail.com',
  'hotmail.co': 'hotmail.com', 'yahooo.com': 'yahoo.com', 'yaho.com': 'yahoo.com', 'yahoo.co': 'yahoo.com',
  'outlok.com': 'outlook.com', 'outloo.com': 'outlook.com', 'otulook.com': 'outlook.com', 'outlook.co': 'outlook.com',
  'qq.co': 'qq.com', 'qq.cm': 'qq.com', 'qq.om': 'qq.com', 'qq.comm': 'qq.com',
  '163.cm': '163.com', '163.co': '163.com', '163.om': '163.com', '126.cm': '126.com', '126.co': '126.com',
  'sina.cn.com': 'sina.com', 'sian.com': 'sina.com', 'foxmial.com': 'foxmail.com', 'iclod.com': 'icloud.com',
  'icloud.co': 'icloud.com',
}));

/** Top-level domains nobody has, typed for ".com". */
const COM_TYPOS = new Set(['con', 'cmo', 'ocm', 'vom', 'xom', 'comm', 'coom', 'cpm', 'c0m']);

/** Big providers with long names: a domain one edit away from one of these is suggested. Shorter
 *  provider names (qq.com, sina.com, live.com) sit one edit from real domains, so only the list above
 *  covers them. */
const PROVIDERS = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'foxmail.com',
  'protonmail.com', 'aliyun.com',
];
/** Real domains that sit one edit from a provider (ymail.com is Yahoo's, mail.com is not gmail.com). */
const KNOWN_DOMAINS = new Set([
  ...PROVIDERS, 'mail.com', 'ymail.com', 'email.com', 'gmx.com', 'gmx.de', 'msn.com',
  'hotmail.fr', 'hotmail.de', 'outlook.de', 'outlook.fr',
  'yahoo.com.hk', 'yahoo.com.tw', 'yahoo.co.jp', 'yahoo.co.uk', 'hotmail.co.uk', 'live.com', 'live.cn',
  'qq.com', 'vip.qq.com', '163.com', 'vip.163.com', '126.com', 'sina.com', 'sina.cn', 'sohu.com', 'yeah.net',
]);

// Company domains repeat row after row: remember the answers (bounded; cleared when full).
const suggestions = new Map<string, string | undefined>();

/** The domain the writer most likely meant, or undefined when it looks intended. */
export function suggestDomain(domain: string): string | undefined {
  if (KNOWN_DOMAINS.has(domain)) return undefined;
  if (suggestions.has(domain)) return suggestions.get(domain);
  const suggestion = findSuggestion(domain);
  if (suggestions.size >= 10_000) suggestions.clear();
  suggestions.set(domain, suggestion);
  return suggestion;
}

function findSuggestion(domain: string): string | undefined {
  const listed = DOMAIN_TYPOS.get(domain);
  if (listed) return listed;
  const dot = domain.lastIndexOf('.');
  if (COM_TYPOS.has(domain.slice(dot + 1))) return domain.slice(0, dot) + '.com';
  if (domain.length < 8) return undefined; // short domains are too often real and one edit apart
  return PROVIDERS.find((p) => distance(domain, p) === 1);
}

// A pragmatic subset of RFC 5322: dot-atom local part (Unicode letters allowed, RFC 6531), and a
// domain of letter/digit/hyphen labels with a TLD of two letters or more. Quoted local parts,
// comments and IP-literal domains are not accepted: they do not occur in customer data.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** "Zhang Wei <ZW@X.com>", "mailto:zw@x.com?subject=hi", "zw@x.com (Zhang Wei)", "zw@x.com;" → the address. */
export function extractAddress(text: string): string {
  let out = text;
  const angle = /<([^<>]*)>/.exec(out);
  if (angle) out = angle[1]!;
  out = out.replace(/^mailto:/i, '').replace(/\?.*$/, '');
  out = out.replace(/\s*\([^()]*\)\s*$/, '').replace(/^\s*\([^()]*\)\s*/, '');
  return out.replace(/^["'\s]+|["'\s.;,:]+$/g, '');
}

/** Why an address is not valid, or undefined when it is. */
function syntaxProblem(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 0) return 'invalid e-mail: no @';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '' || local.length > 64 || !LOCAL_PART.test(local)) return 'invalid e-mail: bad local part';
  if (domain.length > 253 || !DOMAIN.test(domain)) return 'invalid e-mail: bad domain';
  return undefined;
}

/**
 * Normalize an e-mail address. A probable domain typo is reported ("domain typo: did you mean
 * zw@gmail.com?") and fixed only when ctx.autoFix is set. Several addresses in one cell: value = the
 * first, keys.email_others = the rest joined by ";".
 */
export function normalizeEmail(raw: string, ctx: NormalizeContext): NormalizeResult {
  if (isSimpleAddress(raw)) return finish(raw, [raw], ctx);
  const cleaned = cleanText(raw);
  if (cleaned === '') return blank(raw);
  const pieces = cleaned.split(/[;,，；、\s]+/).filter((p) => p.includes('@'));
  const addresses = pieces.length > 1 ? pieces.map((p) => extractAddress(p).toLowerCase()) : [extractAddress(cleaned).toLowerCase()];
  const problem = syntaxProblem(addresses[0]!);
  if (problem) return invalid(raw, problem);
  return finish(raw, addresses, ctx);
}

/** One lower-case ASCII address and nothing else: what cleaning, extraction and the syntax check
 *  would give back unchanged (a subset of LOCAL_PART and DOMAIN), so they are skipped. */
const SIMPLE_ADDRESS = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function isSimpleAddress(raw: string): boolean {
  if (raw.length > 254 || !SIMPLE_ADDRESS.test(raw)) return false;
  return raw.indexOf('@') <= 64;
}

/** The result for syntactically valid addresses, the first one the value: domain typo check, keys. */
function finish(raw: string, addresses: string[], ctx: NormalizeContext): NormalizeResult {
  const first = addresses[0]!;
  const at = first.lastIndexOf('@');
  let domain = first.slice(at + 1);
  let value = first;
  let rule = addresses.length > 1 ? 'email.split+lower' : 'email.lower';
  let typoNote: string | undefined;
  const suggestion = suggestDomain(domain);
  if (suggestion && ctx.autoFix) {
    value = first.slice(0, at + 1) + suggestion;
    domain = suggestion;
    rule = 'email.domain_typo';
  } else if (suggestion) {
    typoNote = `domain typo: did you mean ${first.slice(0, at + 1)}${suggestion}?`;
  }
  const result: NormalizeResult = { value, changed: value !== raw, keys: { email_domain: domain } };
  if (result.changed) result.rule = rule;
  const others = addresses.slice(1).filter((a) => syntaxProblem(a) === undefined);
  if (others.length > 0) result.keys!.email_others = others.join(';');
  if (typoNote) result.note = typoNote;
  return result;
}

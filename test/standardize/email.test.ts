import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../src/standardize/email.js';
import type { NormalizeContext } from '../../src/types.js';

const CTX: NormalizeContext = { defaultRegion: 'CN', dateOrder: 'ymd' };
const FIX: NormalizeContext = { ...CTX, autoFix: true };

describe('normalizeEmail: valid addresses', () => {
  it.each<[string, string, string]>([
    ['zw@example.com', 'zw@example.com', 'example.com'],
    ['ZhangWei@Example.COM', 'zhangwei@example.com', 'example.com'],
    ['  li.na@acme.com.cn ', 'li.na@acme.com.cn', 'acme.com.cn'],
    ['Zhang Wei <zw@x.com>', 'zw@x.com', 'x.com'],
    ['"Zhang, Wei" <ZW@X.COM>', 'zw@x.com', 'x.com'],
    ['<zw@x.com>', 'zw@x.com', 'x.com'],
    ['mailto:zw@x.com', 'zw@x.com', 'x.com'],
    ['MAILTO:zw@x.com?subject=hello', 'zw@x.com', 'x.com'],
    ['zw@x.com (Zhang Wei)', 'zw@x.com', 'x.com'],
    ['zw@x.com.', 'zw@x.com', 'x.com'],
    ['zw@x.com;', 'zw@x.com', 'x.com'],
    ['ｚｗ＠ｘ．ｃｏｍ', 'zw@x.com', 'x.com'],
    ['john.o\'brien+crm@mail.co.uk', 'john.o\'brien+crm@mail.co.uk', 'mail.co.uk'],
    ['12345678@qq.com', '12345678@qq.com', 'qq.com'],
    ['wang_fang@163.com', 'wang_fang@163.com', '163.com'],
    ['zw@ymail.com', 'zw@ymail.com', 'ymail.com'],
    ['张伟@例子.公司', '张伟@例子.公司', '例子.公司'],
  ])('%s → %s', (raw, value, domain) => {
    const result = normalizeEmail(raw, CTX);
    expect(result.value).toBe(value);
    expect(result.keys?.email_domain).toBe(domain);
    expect(result.problem).toBeUndefined();
    expect(result.changed).toBe(raw !== value);
  });

  it('several addresses: the first is the value, the others a key', () => {
    const result = normalizeEmail('ZW@x.com; li@y.com, wang@z.cn', CTX);
    expect(result.value).toBe('zw@x.com');
    expect(result.keys?.email_others).toBe('li@y.com;wang@z.cn');
  });
});

describe('normalizeEmail: domain typos', () => {
  it.each<[string, string]>([
    ['zw@gmial.com', 'zw@gmail.com'],
    ['zw@gamil.com', 'zw@gmail.com'],
    ['zw@gmaik.com', 'zw@gmail.com'],
    ['zw@hotmial.com', 'zw@hotmail.com'],
    ['zw@yahooo.com', 'zw@yahoo.com'],
    ['zw@outlok.com', 'zw@outlook.com'],
    ['zw@qq.con', 'zw@qq.com'],
    ['zw@163.cm', 'zw@163.com'],
    ['zw@126.con', 'zw@126.com'],
    ['zw@acme.cmo', 'zw@acme.com'],
    ['ZW@Gmial.com', 'zw@gmail.com'],
  ])('%s: reported, fixed only with autoFix', (raw, fixed) => {
    const reported = normalizeEmail(raw, CTX);
    expect(reported.value).toBe(raw.toLowerCase());
    expect(reported.problem).toBeUndefined();
    expect(reported.note).toBe(`domain typo: did you mean ${fixed}?`);
    const autoFixed = normalizeEmail(raw, FIX);
    expect(autoFixed).toMatchObject({ value: fixed, changed: true, rule: 'email.domain_typo' });
    expect(autoFixed.note).toBeUndefined();
  });

  it('does not flag real domains close to a provider', () => {
    for (const raw of ['a@mail.com', 'a@email.com', 'a@live.com', 'a@sina.com', 'a@acme.cm', 'a@gmail.de']) {
      expect(normalizeEmail(raw, CTX).note).toBeUndefined();
    }
  });
});

describe('normalizeEmail: invalid addresses keep the raw value', () => {
  it.each<[string, string]>([
    ['zhang wei', 'invalid e-mail: no @'],
    ['zw.example.com', 'invalid e-mail: no @'],
    ['zw@', 'invalid e-mail: bad domain'],
    ['@x.com', 'invalid e-mail: bad local part'],
    ['zw@@x.com', 'invalid e-mail: bad local part'],
    ['.zw@x.com', 'invalid e-mail: bad local part'],
    ['zw..li@x.com', 'invalid e-mail: bad local part'],
    ['zw@localhost', 'invalid e-mail: bad domain'],
    ['zw@x_y.com', 'invalid e-mail: bad domain'],
    ['zw@-x.com', 'invalid e-mail: bad domain'],
    ['zw@x.c', 'invalid e-mail: bad domain'],
  ])('%s → %s', (raw, problem) => {
    expect(normalizeEmail(raw, CTX)).toEqual({ value: raw, changed: false, problem });
  });
});

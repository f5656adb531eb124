// Header keys: two headers that differ only in case, spacing, punctuation, full-width forms or
// traditional/simplified script of common header characters get the same key.

/** Traditional → simplified for characters that occur in Chinese column names (Taiwan/HK exports). */
const TRAD_TO_SIMP: Record<string, string> = {
  電: '电', 話: '话', 機: '机', 郵: '邮', 稱: '称', 號: '号', 碼: '码', 區: '区', 縣: '县',
  門: '门', 戶: '户', 責: '责', 務: '务', 業: '业', 額: '额', 幣: '币', 備: '备', 註: '注',
  間: '间', 創: '创', 時: '时', 聯: '联', 繫: '系', 絡: '络', 職: '职', 稅: '税', 單: '单',
  國: '国', 據: '据', 編: '编', 銷: '销', 製: '制', 細: '细', 經: '经', 營: '营',
  處: '处', 網: '网', 證: '证', 產: '产', 態: '态', 狀: '状', 負: '负',
  舊: '旧', 遞: '递', 貨: '货', 統: '统', 數: '数', 個: '个', 與: '与', 歲: '岁', 齡: '龄',
  資: '资', 訊: '讯', 學: '学', 歷: '历', 員: '员', 設: '设', 計: '计',
};
const TRAD_RE = new RegExp(`[${Object.keys(TRAD_TO_SIMP).join('')}]`, 'gu');

/** Everything that is not a letter or a digit (punctuation, spaces, symbols, BOM, zero-width). */
const NOISE_RE = /[^\p{L}\p{N}]+/gu;

/**
 * The lookup key of a header: NFKC (full-width ＡＢＣ → ABC, （ → (), lower case, traditional
 * characters simplified, then everything but letters and digits removed.
 * "Mailing State/Province" → "mailingstateprovince", "E-mail 1 - Value" → "email1value",
 * " 手機號碼 " → "手机号码".
 */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(TRAD_RE, (c) => TRAD_TO_SIMP[c] ?? c)
    .replace(NOISE_RE, '');
}

/** Bracketed annotations: "金额(元)", "手机号码（必填）", "Amount [USD]", "【备注】说明". */
const ANNOTATION_RE = /[(（[【<《][^)）\]】>》]*[)）\]】>》]/gu;

/** The header without its bracketed annotations, or undefined when it has none. */
export function stripAnnotations(h: string): string | undefined {
  const stripped = h.normalize('NFKC').replace(ANNOTATION_RE, ' ');
  return stripped === h.normalize('NFKC') ? undefined : stripped;
}

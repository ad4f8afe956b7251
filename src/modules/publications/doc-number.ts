/**
 * 发文字号 (document number), e.g. 菏政办字〔2021〕35号: 机关代字 + 〔年份〕 + 序号 + 号 (GB/T 9704-2012 §7.2.4:
 * the year in hexagonal brackets 〔〕, the serial without leading zeros or 第). People type the brackets as
 * [ ] ［ ］ ( ) （ ） 【 】 [ 〕 …; all are accepted and normalised to 〔〕. Decree numbers (国务院令第711号) have no year.
 */
export interface DocNumber {
  kind: 'standard' | 'decree';
  /** 机关代字, e.g. 菏政办字, 国办发, 鲁政发 (for decrees: 国务院令). */
  agencyCode: string;
  year: number | null;
  serial: number;
  /** Canonical form: 菏政办字〔2021〕35号 / 国务院令第711号. */
  normalized: string;
}

export type DocNumberResult = { ok: true; value: DocNumber } | { ok: false; reason: string };

const OPEN = '[〔\\[［(（【〖]';
const CLOSE = '[〕\\]］)）】〗]';
const STANDARD = new RegExp(`^(.+?)\\s*${OPEN}\\s*(\\d{4})\\s*${CLOSE}\\s*第?\\s*(\\d{1,6})\\s*号$`);
const DECREE = /^(.+?令)\s*第\s*(\d{1,6})\s*号$/;
// 机关代字: Chinese characters, possibly with Latin letters (e.g. 鲁建发 / 国家发展改革委 … / 深府办函); no digits or brackets.
const AGENCY = /^[\u4e00-\u9fa5A-Za-z·]{1,20}$/;

/** Folds full-width digits and spaces so ４２号 and 42号 compare equal. */
function fold(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
}

/**
 * Parses and validates a 发文字号, returning its parts and the canonical form, or a Chinese reason.
 * @example parseDocNumber('菏政办字[2021]35号') // → { ok: true, value: { agencyCode: '菏政办字', year: 2021, serial: 35, normalized: '菏政办字〔2021〕35号', kind: 'standard' } }
 */
export function parseDocNumber(input: string, opts: { maxYear?: number } = {}): DocNumberResult {
  const s = fold(input);
  if (!s) return { ok: false, reason: '发文字号为空' };
  const maxYear = opts.maxYear ?? new Date().getUTCFullYear() + 1;
  const decree = DECREE.exec(s);
  if (decree) {
    const [, agency, serial] = decree;
    if (!AGENCY.test(agency)) return { ok: false, reason: `“${agency}”不是有效的机关代字` };
    const n = Number(serial);
    if (n < 1) return { ok: false, reason: '序号应为正整数' };
    return { ok: true, value: { kind: 'decree', agencyCode: agency, year: null, serial: n, normalized: `${agency}第${n}号` } };
  }
  const m = STANDARD.exec(s);
  if (!m) return { ok: false, reason: '发文字号应形如“菏政办字〔2021〕35号”：机关代字、〔年份〕、序号和“号”' };
  const [, rawAgency, yearText, serialText] = m;
  const agency = rawAgency.trim();
  if (!AGENCY.test(agency)) return { ok: false, reason: `“${agency}”不是有效的机关代字` };
  const year = Number(yearText);
  if (year < 1949 || year > maxYear) return { ok: false, reason: `年份 ${year} 不在合理范围（1949—${maxYear}）` };
  const serial = Number(serialText);
  if (serial < 1) return { ok: false, reason: '序号应为正整数' };
  return { ok: true, value: { kind: 'standard', agencyCode: agency, year, serial, normalized: `${agency}〔${year}〕${serial}号` } };
}

/** True when a search query is (only) a document number, in any bracket style. */
export function looksLikeDocNumber(query: string): boolean {
  return parseDocNumber(query, { maxYear: 9999 }).ok;
}

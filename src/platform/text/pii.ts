import { shanghaiDate } from '../time/index.js';
import {
  hasIdCardShape18,
  isLuhnValid,
  isPlausibleIdCard15,
  isValidCreditCode,
  isValidIdCard18,
} from './checks.js';
import { namesNear } from './names.js';

export type PiiKind = 'id-card' | 'mobile' | 'bank-card' | 'name';

/** One place where a text shows personal information. Offsets are UTF-16 indexes into the text given. */
export interface PiiFinding {
  kind: PiiKind;
  /** First UTF-16 index of the value. */
  start: number;
  /** Index after the value: `text.slice(start, end) === value`. */
  end: number;
  value: string;
  /** 1-based line (lines end at `\n`). */
  line: number;
  /** 1-based column in UTF-16 units. */
  column: number;
  /** About 10 characters either side, line breaks shown as spaces. */
  context: string;
  /** Why it was flagged, in Chinese, e.g. `身份证号码（校验位正确）`. */
  reason: string;
}

export interface PiiOptions {
  /** Birth dates after this day (Asia/Shanghai) are not plausible. Defaults to the current time. */
  now?: Date;
}

// A number must not touch a letter, digit, underscore or mask character, nor be part of a decimal (13912345678.00).
const WORD = '0-9A-Za-z_*×';
const BEFORE = `(?<![${WORD}])(?<!\\d[.,])`;
const AFTER = `(?![${WORD}])(?![.,]\\d)`;
const re = (body: string) => new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'g');

const CREDIT_CODE = new RegExp(`${BEFORE}[0-9A-HJ-NPQRTUW-Y]{2}\\d{6}[0-9A-HJ-NPQRTUW-Y]{10}${AFTER}`, 'gi');
const CREDIT_LABEL = /(信用代码|机构代码|识别号|税号|代码)[\s:：]*$/;
// Labels that make a weak match (bank card, 15-digit ID) a document or business number instead.
const SERIAL_LABEL = /(注册号|登记号|编号|编码|单号|流水号|凭证号|发票号码|发票代码|合同号|批次号|文号|索引号|代码|识别号|税号|条码|序列号)[\s:：#]*$/;
// 索引号 such as 11371700MB28504589/2021-00123: a number followed by /year.
const INDEX_TAIL = /^[/-](19|20)\d\d/;

interface Rule {
  kind: Exclude<PiiKind, 'name'>;
  pattern: RegExp;
  /** The reason when the raw match (separators removed) is personal information, else null. */
  check(digits: string, at: number, shadow: string, today: string): string | null;
}

const before = (shadow: string, at: number, n = 16) => shadow.slice(Math.max(0, at - n), at);

const RULES: Rule[] = [
  {
    kind: 'id-card',
    pattern: re('\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dXx]'),
    check: (d, at, shadow, today) =>
      isValidIdCard18(d, today) && !(isValidCreditCode(d) && CREDIT_LABEL.test(before(shadow, at)))
        ? '身份证号码（校验位正确）'
        : null,
  },
  {
    kind: 'bank-card',
    pattern: re('[3-69]\\d{15,18}|[3-69]\\d{3}(?: \\d{4}){3}(?: \\d{1,3})?'),
    check: (d, at, shadow, today) => {
      if (!isLuhnValid(d) || SERIAL_LABEL.test(before(shadow, at))) return null;
      // An 18-digit number shaped like an ID whose check digit fails is a mistyped ID, not a card.
      if (d.length === 18 && hasIdCardShape18(d, today)) return null;
      return '银行卡号（Luhn校验通过）';
    },
  },
  {
    kind: 'mobile',
    pattern: re('(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:\\d{8}|([ -])\\d{4}\\1\\d{4})'),
    check: (d) => (d.length > 11 ? '手机号码（含+86国际区号）' : '手机号码'),
  },
  {
    kind: 'id-card',
    pattern: re('\\d{15}'),
    check: (d, at, shadow, today) =>
      isPlausibleIdCard15(d, today) && !SERIAL_LABEL.test(before(shadow, at))
        ? '疑似15位旧身份证号码（地区码与出生日期有效，无校验位，置信度较低）'
        : null,
  },
];

/** Marks taken UTF-16 ranges so that later (weaker) rules never overlap earlier ones. */
class Occupancy {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function contextOf(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 10), Math.min(text.length, end + 10)).replace(/[\r\n\t]/g, ' ');
}

/**
 * Full-width digits, letters, + - * and the ideographic space read as ASCII, one unit for
 * one unit so offsets stay valid. Chinese punctuation (，) is kept: it must not look like a
 * thousands separator.
 */
function shadowOf(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0a\uff0b\uff0d\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

type Span = { kind: PiiKind; start: number; end: number; reason: string };

/**
 * Finds unmasked personal information in a text: valid 18-digit 身份证号码 (and,
 * with lower confidence, plausible 15-digit ones), mainland mobile numbers, Luhn-valid
 * bank cards, and the personal names written next to them. Never flags 统一社会信用代码,
 * 发文字号, 索引号, dates, landlines, amounts or values already masked (3701**********1234).
 * Full-width digits are read as digits. Findings are sorted by `start`.
 *
 * @example findPersonalInfo('联系人：李四 13912345678')
 *   // [{ kind: 'name', value: '李四', start: 4, … }, { kind: 'mobile', value: '13912345678', start: 7, … }]
 */
export function findPersonalInfo(text: string, options: PiiOptions = {}): PiiFinding[] {
  if (!/\d|[０-９]/.test(text)) return [];
  const today = shanghaiDate(options.now ?? new Date()).replaceAll('-', '');
  const shadow = shadowOf(text);
  const occupied = new Occupancy(text.length);

  for (const m of shadow.matchAll(CREDIT_CODE)) {
    const code = m[0];
    if (!isValidCreditCode(code)) continue;
    const alsoId = /^\d{17}[\dX]$/i.test(code) && isValidIdCard18(code, today);
    if (!alsoId || CREDIT_LABEL.test(before(shadow, m.index))) occupied.take(m.index, m.index + code.length);
  }

  const numbers: Span[] = [];
  for (const rule of RULES) {
    for (const m of shadow.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!occupied.free(start, end) || INDEX_TAIL.test(shadow.slice(end, end + 5))) continue;
      const digits = m[0].replace(/[^0-9Xx]/g, '');
      const reason = rule.check(digits, start, shadow, today);
      if (!reason) continue;
      occupied.take(start, end);
      numbers.push({ kind: rule.kind, start, end, reason });
    }
  }
  numbers.sort((a, b) => a.start - b.start);

  const spans: Span[] = [...numbers];
  let from = 0;
  for (const n of numbers) {
    for (const name of namesNear(text, n.start, n.end, from)) {
      if (!occupied.free(name.start, name.end)) continue;
      occupied.take(name.start, name.end);
      const reason = name.labelled ? '紧邻个人号码的姓名（带姓名类标签）' : '紧邻个人号码的姓名（常见姓氏）';
      spans.push({ kind: 'name', start: name.start, end: name.end, reason });
    }
    from = n.end;
  }
  spans.sort((a, b) => a.start - b.start);

  const where = lineIndex(text);
  return spans.map((s) => ({
    kind: s.kind,
    start: s.start,
    end: s.end,
    value: text.slice(s.start, s.end),
    ...where(s.start),
    context: contextOf(text, s.start, s.end),
    reason: s.reason,
  }));
}

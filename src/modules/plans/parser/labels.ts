/**
 * The grammar of outline labels (序号) at the start of a line: 一、 (一) 1. (1) ⑴ ① 第一部分,
 * with the variants text really arrives in: full- or half-width brackets (already folded to
 * half-width by normalize.ts), spaces inside or after the label ("( 一 )", "1 .", "5. 加强"),
 * labels glued to the text ("1.建立"), and a missing 、 ("一 工作目标", "3加强…").
 *
 * A label is `strong` when its delimiter makes it unambiguous (一、 (一) 1. ①), `weak` when it
 * could also be ordinary text ("一体化…", "3个工作日…"): the outline builder accepts a weak label
 * only when it is the next number of a sequence already open (see outline.ts).
 */

/** Label families; the hierarchy is decided by the order in which the families first appear. */
export type LabelType = 'part' | 'cn' | 'pcn' | 'ar' | 'par' | 'arp' | 'circ';

export interface Label {
  type: LabelType;
  value: number;
  /** Normalised form for `path`: "一", "(一)", "1", "(1)", "①", "第一部分". */
  text: string;
  /** What follows the label (label and the spaces after it dropped: "5. 加强…" → "加强…"). */
  rest: string;
  strong: boolean;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUM = '[一二三四五六七八九十〇零百]';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105; NaN when not a numeral. */
export function cnToInt(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

const CIRCLED = 0x2460; // ① … ⑳
const PAREN_DIGIT = 0x2474; // ⑴ … ⒇

/**
 * Words that begin with a numeral but are not labels when the delimiter is missing: 一是/二是
 * (in-sentence enumeration, never an outline label), 一体化, 一网通办, 三个工作日 …
 */
const CN_WORD_AFTER = /^(是|要|批|体|律|般|定|些|直|起|同|并|旦|方面|个|年|月|日|次|件|项|条|种|类|级|流|站|网|窗|号|线|码|键|张|套|揽|门|把手|致|刀切|系列|季度|半年|周|天|小时|大|中|届|审|对一|站式|线|手|手抓|来|则|切|样|带一路|农|区|县|市|产)/;
/** After a bare arabic number: units of measure and dates, never a label ("3个工作日", "2018年底"). */
const AR_WORD_AFTER = /^(年|月|日|个|项|条|次|件|名|家|人|万|亿|元|%|号|批|类|级|期|天|周|季度|小时|分钟|所|户|座|台|套|倍|种|部|支|场|个月|位|余|多)/;

function make(type: LabelType, value: number, text: string, rest: string, strong: boolean): Label | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return { type, value, text, rest: rest.trim(), strong };
}

/**
 * Recognises the label at the start of `line` (already trimmed and half-width), or null.
 * The caller decides whether a weak label is accepted.
 */
export function parseLabel(line: string): Label | null {
  let m: RegExpMatchArray | null;
  // 第一部分 / 第二章 / 第三篇: an optional top level above 一、 in long plans.
  if ((m = line.match(new RegExp(`^第\\s*(${CN_NUM}{1,3}|\\d{1,2})\\s*(部分|章|篇)\\s*[、.:]?\\s*`)))) {
    const v = /\d/.test(m[1]) ? Number(m[1]) : cnToInt(m[1]);
    return make('part', v, `第${m[1]}${m[2]}`, line.slice(m[0].length), true);
  }
  // (一) with half-width brackets after folding; "( 一 )" spread over spaces; a stray 、 after it.
  if ((m = line.match(new RegExp(`^\\(\\s*(${CN_NUM}{1,4})\\s*\\)\\s*[、.．,]?\\s*`)))) {
    return make('pcn', cnToInt(m[1]), `(${m[1]})`, line.slice(m[0].length), true);
  }
  // (1) and ⑴ are the same family: both normalise to "(1)".
  if ((m = line.match(/^\(\s*(\d{1,2})\s*\)\s*[、.．,]?\s*/))) {
    return make('par', Number(m[1]), `(${Number(m[1])})`, line.slice(m[0].length), true);
  }
  const c = line.codePointAt(0) ?? 0;
  if (c >= PAREN_DIGIT && c < PAREN_DIGIT + 20) {
    const v = c - PAREN_DIGIT + 1;
    return make('par', v, `(${v})`, line.slice(1).replace(/^\s*[、.．]?\s*/, ''), true);
  }
  if (c >= CIRCLED && c < CIRCLED + 20) {
    return make('circ', c - CIRCLED + 1, String.fromCodePoint(c), line.slice(1).replace(/^\s*[、.．]?\s*/, ''), true);
  }
  // 一、 一. 一． (strong); "一 工作目标" / "一,…" / "一工作目标" (weak: could be prose).
  if ((m = line.match(new RegExp(`^(${CN_NUM}{1,4})\\s*([、.．])\\s*`)))) {
    if (/^[一二三四五六七八九十]+\s*、\s*[一二三四五六七八九十]+(季度|级|类|等|、)/.test(line)) return null; // "一、二季度…"
    return make('cn', cnToInt(m[1]), m[1], line.slice(m[0].length), true);
  }
  if ((m = line.match(new RegExp(`^(${CN_NUM}{1,3})(\\s+|[,:])(?=\\S)`)))) {
    return make('cn', cnToInt(m[1]), m[1], line.slice(m[0].length), false);
  }
  if ((m = line.match(new RegExp(`^(${CN_NUM}{1,3})(?=[\\u4e00-\\u9fff“"《])`)))) {
    if (CN_WORD_AFTER.test(line.slice(m[1].length))) return null;
    return make('cn', cnToInt(m[1]), m[1], line.slice(m[0].length), false);
  }
  // 1) — its own family (rare); kept as written.
  if ((m = line.match(/^(\d{1,2})\s*\)\s*/))) {
    return make('arp', Number(m[1]), `${Number(m[1])})`, line.slice(m[0].length), true);
  }
  // 1. 1、 1． (strong) — but not a decimal (1.5亿) nor a year (2021.); "1 加强" / "3加强" weak.
  if ((m = line.match(/^(\d{1,2})\s*([、.．])(?!\d)\s*/))) {
    return make('ar', Number(m[1]), String(Number(m[1])), line.slice(m[0].length), true);
  }
  if ((m = line.match(/^(\d{1,2})(\s+|,)(?=[\u4e00-\u9fff“"《(])/))) {
    if (AR_WORD_AFTER.test(line.slice(m[0].length))) return null;
    return make('ar', Number(m[1]), String(Number(m[1])), line.slice(m[0].length), false);
  }
  if ((m = line.match(/^(\d{1,2})(?=[\u4e00-\u9fff“"《])/))) {
    if (AR_WORD_AFTER.test(line.slice(m[0].length))) return null;
    return make('ar', Number(m[1]), String(Number(m[1])), line.slice(m[0].length), false);
  }
  return null;
}

/** True for a line that is only a sequence number (a 序号 cell of a flattened table): "1", "12", "(3)". */
export function isSeqCell(s: string): boolean {
  return /^\(?\s*\d{1,3}\s*\)?\s*[、.．]?$/.test(s.trim());
}

export function seqValue(s: string): string {
  return String(Number(s.replace(/\D/g, '')));
}

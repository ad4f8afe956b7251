/**
 * The grammar of deadlines (完成时限) in Chinese work plans. plan-format.md: `raw` exactly as
 * written after the label; `kind` by-date (a calendar date, "前" = on or before), year-end
 * ("年底前" → that year's 12-31), long-term (长期坚持, 持续推进; date null), periodic (每季度,
 * 按月; date null), other (date null).
 *
 * A period names its last day: "2021年8月底前" → 2021-08-31, "2021年6月" → 2021-06-30,
 * "上半年" → 06-30, "三季度" → 09-30. Without a year ("9月底前", "年底前") the plan's year is
 * used (title, 文号 or date line: see meta.ts); a year written earlier in the same value carries
 * on ("2021年6月底前完成方案，9月底前完成建设").
 */
import type { PlanDeadline } from './types.js';

const PERIODIC = /(每|按)(个)?(季度?|月|年度?|半年|周|旬|两月|双月|两个月)|定期|逐月|逐季|一季一|一月一/;
const LONG_TERM = /长期|持续|常态|长效|常年|经常性|久久为功/;

// One regex for every dated token; the groups are read by `tokenDate` below.
const TOKEN = new RegExp(
  [
    '(?<ny>\\d{4})[./-](?<nm>\\d{1,2})(?:[./-](?<nd>\\d{1,2}))?(?![\\d年])', // 2021.8.10, 2021-08
    '(?:(?<y>\\d{4})年(?:度)?)?(?:(?<m>\\d{1,2})月(?:份)?(?:(?<d>\\d{1,2})[日号]|(?<mp>底|末|上旬|中旬|下旬|初|中))?' +
      '|(?<q>第?[一二三四1-4]季度)(?:末|底)?|(?<h>上半年|下半年)|(?<ye>年底|年末|底|末|内|年内|全年))',
    '(?<yo>\\d{4})年(?![\\d])', // a bare year: 2021年, 2021年前, 2021—2022年
    '(?<rel>今年年底|今年底|本年底|年底|年末|本年度内|本年度|今年内|年内|全年)',
  ].join('|'),
  'g',
);

const TOKEN_FIRST = new RegExp(TOKEN.source); // no g flag, for String.search

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Token {
  y: number | null;
  m: number;
  d: number;
  yearEnd: boolean;
}

function iso(y: number | null, m: number, d: number): string | null {
  if (y === null || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads one TOKEN match into (year, month, day); null when it holds no date (e.g. "底" alone). */
function tokenDate(g: Record<string, string | undefined>, year: number | null): Token | null {
  if (g.ny) {
    const y = Number(g.ny);
    const m = Number(g.nm);
    return { y, m, d: g.nd ? Number(g.nd) : lastDay(y, Math.min(Math.max(m, 1), 12)), yearEnd: false };
  }
  if (g.yo) return { y: Number(g.yo), m: 12, d: 31, yearEnd: true };
  if (g.rel) return { y: year, m: 12, d: 31, yearEnd: true };
  const y = g.y ? Number(g.y) : year;
  if (g.m) {
    const m = Number(g.m);
    const last = y !== null && m >= 1 && m <= 12 ? lastDay(y, m) : 31;
    let d = last;
    if (g.d) d = Number(g.d);
    else if (g.mp === '上旬' || g.mp === '初') d = 10;
    else if (g.mp === '中旬' || g.mp === '中') d = 20;
    return { y, m, d, yearEnd: false };
  }
  if (g.q) {
    const q = QUARTER[g.q.replace(/第|季度/g, '')] ?? 4;
    return { y, m: q * 3, d: q * 3 === 6 || q * 3 === 9 ? 30 : 31, yearEnd: false };
  }
  if (g.h) return { y, m: g.h === '上半年' ? 6 : 12, d: g.h === '上半年' ? 30 : 31, yearEnd: false };
  if (g.ye) {
    if (!g.y && (g.ye === '底' || g.ye === '末' || g.ye === '内')) return null; // "月底" handled above; a lone 底 is no date
    return { y, m: 12, d: 31, yearEnd: true };
  }
  return null;
}

/** Dated tokens in order, each year-less one taking the last year written before it. */
function tokens(raw: string, year: number | null): Token[] {
  const out: Token[] = [];
  let carry = year;
  for (const m of raw.matchAll(TOKEN)) {
    const t = tokenDate(m.groups ?? {}, carry);
    if (!t) continue;
    if (t.y !== null) carry = t.y;
    out.push(t);
  }
  return out;
}

/** Trims the value of a deadline field: spaces at the ends and closing punctuation. */
export function cleanRaw(raw: string): string {
  return raw.replace(/^[\s:：,，;；。(【[]+|[\s,，;；。.、)\]】]+$/g, '').trim();
}

/**
 * Kind and date of a deadline value (`raw` is kept as given, trimmed). Periodic wins over dates
 * ("每年12月底前" repeats), a date over long-term words ("2021年底前完成并长期坚持" ends in 2021);
 * with several dates the last one is the deadline ("6月底前完成方案，12月底前全面完成").
 */
export function parseDeadline(raw: string, year: number | null): PlanDeadline {
  const value = cleanRaw(raw);
  const ts = tokens(value, year);
  // what the value says first decides: "每年12月底前" repeats, "2021年6月底前建立,此后每季度通报"
  // is due in June, "长期坚持,每年更新" is long-term
  const at = (i: number | undefined) => (i === undefined || i < 0 ? Infinity : i);
  const periodic = at(value.search(PERIODIC));
  const dated = at(value.search(TOKEN_FIRST));
  const longTerm = at(value.search(LONG_TERM));
  if (periodic < Infinity && periodic <= dated && periodic <= longTerm) return { raw: value, date: null, kind: 'periodic' };
  if (ts.length && dated <= longTerm) {
    const t = ts[ts.length - 1];
    return { raw: value, date: iso(t.y, t.m, t.d), kind: t.yearEnd ? 'year-end' : 'by-date' };
  }
  if (longTerm < Infinity) return { raw: value, date: null, kind: 'long-term' };
  return { raw: value, date: null, kind: 'other' };
}

const DEADLINE_WORDS =
  /长期坚持|长期推进|长期|持续推进|持续开展|持续实施|持续|常态化推进|常态化开展|常态化|长效|常年|及时|适时|随时|立即|按要求|按上级要求|根据工作需要|根据需要|按照?上级部署|每(个)?(季度?|月|年度?|半年|周|旬)|按(季度?|月|年|半年|周)|定期|逐月|逐季/g;
const DEADLINE_WORD = new RegExp(DEADLINE_WORDS.source); // no g flag: .test must not keep lastIndex
/** A time limit counted from an event: "批复后20日内", "收到申请之日起15个工作日内", "会后3个工作日内". */
const RELATIVE = /(?:[\u4e00-\u9fff]{0,10}?(?:后|起))?\d+\s*个?(?:工作日|自然日|日|天|个月|周|小时)(?:内|以内|之内|前)?/g;
const CONNECTORS = /前|之前|以前|以内|底|末|完成|完成任务|起|开始|至|到|止|截至|截止|—|–|-|~|和|及|并|、|,|;|基本|全面|全部|在|于|份|间|期间|内|上报|报送|启动|结束|阶段|年度|度|全年|时|\s/g;

/**
 * True when the whole string is a deadline expression ("2021年9月底", "年底前", "持续推进",
 * "每季度", "2021年6月底前完成"): used to recognise deadline clauses in notes and deadline cells
 * in tables, where nothing else says what the text is.
 */
export function isDeadlineExpression(s: string): boolean {
  const v = cleanRaw(s);
  if (!v || v.length > 40) return false;
  const hasDate = tokens(v, 2000).length > 0;
  const relative = new RegExp(RELATIVE.source).test(v);
  const stripped = v.replace(RELATIVE, '').replace(TOKEN, '').replace(DEADLINE_WORDS, '').replace(CONNECTORS, '').replace(/\d{4}年/g, '');
  return stripped.length === 0 && (hasDate || relative || DEADLINE_WORD.test(v) || /底|前/.test(v));
}

const BODY_DATE = '((?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日|底|末|上旬|中旬|下旬)?|\\d{4}年(?:年)?底|\\d{4}年末|年底)(前|之前|以前)';
const BODY_DONE = new RegExp(`于${BODY_DATE}[^。;,，]{0,15}?完成`);
const BODY_REPORT = new RegExp(`${BODY_DATE}将[^。;]{0,60}?报`);

/**
 * The one body sentence form that is a deadline when the task has no note (plan-format.md):
 * "于2021年9月30日前完成…" or "…11月底前将…报…". Other dates in the text are not deadlines
 * (hubei (十三) "2018年底前,省级政府部门要…" gives null).
 */
export function bodyDeadline(text: string, year: number | null): PlanDeadline | null {
  const m = text.match(BODY_DONE) ?? text.match(BODY_REPORT);
  return m ? parseDeadline(m[1] + m[2], year) : null;
}

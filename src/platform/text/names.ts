import { segmentForDisplay } from './segment.js';

/** Common single-character surnames (about the 230 most frequent, 百家姓 by population). */
const SINGLE_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);

/** Two-character surnames (复姓). */
const DOUBLE_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '端木', '南宫', '西门', '独孤', '澹台', '公冶', '宗政', '濮阳', '太叔', '申屠', '钟离',
  '闻人', '赫连', '万俟', '呼延', '拓跋', '百里', '东郭', '第五', '司空', '鲜于', '闾丘', '子车',
]);

/** Characters that practically never occur in a personal name (function words, places, document words). */
const NON_NAME_CHARS = new Set([...'的了是在与及或等号码证件电话手机市区县局厅办委部省路街巷村镇乡府院所室科处队站司会机关单位据按照该此其本某人员和即系为对向由被将把给从到于年月日元万亿个第号请经核查附']);

/** Labels that introduce a person (申请人：王小明). Longest first so 法定代表人 wins over 代表人. */
const PERSON_LABELS = [
  '委托代理人', '法定代表人', '被申请人', '法人代表', '联系人', '申请人', '当事人', '负责人', '经办人', '委托人',
  '受托人', '代理人', '监护人', '收件人', '收款人', '领款人', '举报人', '投诉人', '信访人', '来信人', '来访人',
  '反映人', '承包人', '持卡人', '开户名', '户名', '户主', '姓名', '患者',
];

/** Labels of personal numbers that may stand between a name and its number (张三，身份证号：…). */
const NUMBER_LABELS = [
  '公民身份号码', '身份证号码', '身份证号', '身份证', '证件号码', '证件号', '手机号码', '手机号', '手机', '联系电话',
  '电话号码', '电话', '联系方式', '银行卡号', '银行账号', '开户账号', '卡号', '账号', '号码',
];

/** Field words that end a name written right after its label (姓名张三性别男). */
const FIELD_WORDS = [...NUMBER_LABELS, '性别', '民族', '出生', '年龄', '住址', '地址', '户籍', '籍贯', '职业', '单位', '汉族', '男', '女', '同志', '先生', '女士'];

/** Prepositions that are also surnames (向, 于, 和): not joined to a following given name. */
const PREPOSITIONS = new Set([...'向于和与由对给被将把从经同跟为是系即及请叫让找']);

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LABELLED = new RegExp(`(?:${alt(PERSON_LABELS)})[\\s:：]*(\\p{Script=Han}{2,})`, 'gu');
const LABELLED_AFTER = new RegExp(`^[\\s,，、]*(?:${alt(PERSON_LABELS)})[\\s:：]*(\\p{Script=Han}{2,})`, 'u');
const TRAILING_SEPARATORS = new RegExp(`(?:[\\s:：,，、（(]|${alt(NUMBER_LABELS)})*$`, 'u');
const FIELD_WORD = new RegExp(alt(FIELD_WORDS), 'u');
const TRAILING_HAN = /\p{Script=Han}+$/u;

function surnameLength(s: string): number {
  if (s.length >= 3 && DOUBLE_SURNAMES.has(s.slice(0, 2))) return 2;
  return SINGLE_SURNAMES.has(s[0]) ? 1 : 0;
}

/** Whether `s` can be a 2–4 character personal name: a known surname, then 1–2 given-name characters (a 4-character single-surname name only after a label). */
export function isPlausibleName(s: string, labelled = false): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(s)) return false;
  const sl = surnameLength(s);
  if (sl === 0) return false;
  const given = s.slice(sl);
  if (given.length > (labelled ? 3 : 2) || [...(sl === 2 ? given : s)].some((c) => NON_NAME_CHARS.has(c))) return false;
  return !NUMBER_LABELS.includes(s) && !PERSON_LABELS.includes(s);
}

/** Length of the surname to keep when masking (欧阳娜娜 → 2, 张三 → 1). */
export function surnameLengthOf(name: string): number {
  return Math.max(1, surnameLength(name));
}

/** The name opening `run` (text right after a label), or null. */
function leadingName(run: string): string | null {
  const cut = run.search(FIELD_WORD);
  const head = cut >= 2 ? run.slice(0, cut) : run;
  if (head.length <= 4) return isPlausibleName(head, true) ? head : null;
  let cand = '';
  for (const token of segmentForDisplay(head)) {
    cand += token;
    if (cand.length > 4) break;
    if (cand.length >= 2 && isPlausibleName(cand, true)) return cand;
  }
  return null;
}

/** The name closing `run` (text right before a number or its label), or null. */
function trailingName(run: string, boundedBefore: boolean): string | null {
  if (run.length <= 4 && boundedBefore && isPlausibleName(run)) return run;
  const tail = run.slice(-12);
  const tokens = segmentForDisplay(tail);
  let cand = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    cand = tokens[i] + cand;
    if (cand.length > 4) break;
    if (cand.length < 2 || !isPlausibleName(cand)) continue;
    // 告知/王/文明, 请交王/文明: a two-character word right after a surname is the given name.
    const prev = tail[tail.length - cand.length - 1] ?? '';
    if (cand === tokens[i] && cand.length === 2 && SINGLE_SURNAMES.has(prev) && !PREPOSITIONS.has(prev)) return prev + cand;
    return cand;
  }
  return null;
}

export interface NameSpan {
  start: number;
  end: number;
  labelled: boolean;
}

/**
 * Personal names next to a personal number that spans [numStart, numEnd): labelled
 * (联系人：李四) anywhere in the same clause before it, unlabelled right before it or
 * its label (张三，身份证号…) or opening its clause (王强，电话：…，手机：…), or right
 * after it in brackets (13912345678（张三）) or with a label (…，户名：诸葛亮).
 * `from` is where the search may start (the end of the previous number).
 */
export function namesNear(text: string, numStart: number, numEnd: number, from: number): NameSpan[] {
  let ws = Math.max(from, numStart - 40);
  const stop = /[。；;！？!?\n][^。；;！？!?\n]*$/.exec(text.slice(ws, numStart));
  if (stop) ws += stop.index + 1;
  const window = text.slice(ws, numStart);
  const out: NameSpan[] = [];
  let labelledRunEnd = -1;
  for (const m of window.matchAll(LABELLED)) {
    const name = leadingName(m[1]);
    if (!name) continue;
    const start = ws + m.index + m[0].length - m[1].length;
    out.push({ start, end: start + name.length, labelled: true });
    labelledRunEnd = ws + m.index + m[0].length;
  }
  const stripped = window.replace(TRAILING_SEPARATORS, '');
  const run = TRAILING_HAN.exec(stripped)?.[0];
  if (run && ws + stripped.length > labelledRunEnd) {
    const runStart = ws + stripped.length - run.length;
    const bounded = runStart > ws || ws === 0 || !/\p{Script=Han}/u.test(text[ws - 1]);
    const name = trailingName(run, bounded);
    if (name) out.push({ start: ws + stripped.length - name.length, end: ws + stripped.length, labelled: false });
  }
  // 王强，电话：0530-5310001，手机：158…: the name that opens the clause (window starts at a clause start).
  const clauseStart = ws === 0 || /[。；;！？!?\n]/.test(text[ws - 1]);
  const lead = clauseStart ? /^\s*(\p{Script=Han}{2,4})[，,、\s]/u.exec(window) : null;
  if (lead && isPlausibleName(lead[1])) {
    const start = ws + lead[0].length - 1 - lead[1].length;
    if (!out.some((n) => n.start === start)) out.push({ start, end: start + lead[1].length, labelled: false });
  }
  const tail = text.slice(numEnd, numEnd + 16);
  const bracketed = /^\s*[（(](\p{Script=Han}{2,4})[）)]/u.exec(tail);
  if (bracketed && isPlausibleName(bracketed[1])) {
    const start = numEnd + bracketed[0].length - 1 - bracketed[1].length;
    out.push({ start, end: start + bracketed[1].length, labelled: false });
  }
  const labelledAfter = LABELLED_AFTER.exec(tail);
  const nameAfter = labelledAfter && leadingName(labelledAfter[1]);
  if (labelledAfter && nameAfter) {
    const start = numEnd + labelledAfter[0].length - labelledAfter[1].length;
    out.push({ start, end: start + nameAfter.length, labelled: true });
  }
  return out;
}

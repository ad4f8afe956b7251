/**
 * Splitting a written list of units into names (plan-format.md "Units"): split on 、 , ; and
 * "和" — but 和 only between two complete unit names (市工业和信息化局 stays whole), 、 never
 * inside brackets (各县(市、区)政府), and a piece that cannot stand alone rejoins its neighbour
 * ("市政府各部门、单位", "各县区政府、管委会" stay one collective unit). "X、Y等相关部门、单位"
 * yields X and Y: the collective after 等 is dropped like 等部门.
 *
 * "Complete name" is decided by the suffixes unit names end with (局 委 办 厅 室 … 政府 管委会
 * 公司 中心 …) or by the collective prefix 各 — not by a list of known organisations, so any
 * government's units split the same way.
 */

const SUFFIX =
  /(局|委|办|厅|室|院|部|署|中心|政府|管委会|管委|公司|集团|所|站|队|处|科|股|会|馆|台|社|行|司|团|联|协|校|关|机构|单位|部门|机关|系统|街道|办事处|乡镇|镇|乡|村|社区|组|区|县|市|省|厂|场|宫|盟|院校|学|军|营|庭)$/;
/** Words that never stand alone in a list: "市政府各部门、单位" is one unit. */
const BARE = /^(单位|部门|管委会|管委|机构|直属机构|事业单位|企业|人民团体|群团组织|科室|处室|站所|委|办|局|委办局|街道|街|社区|直属单位|各类企业)$/;
/** Administrative level words listed inside one name: "各县、市、区人民政府". */
const ADMIN = /^(市|县|区|镇|乡|县区|县市区|市区|旗)$/;
/** A second name after 和/及/与 must start like a name does. */
const NAME_START = /^(市|省|县|区|各|国家|国务院|中国|自治区|乡|镇|团|驻)/;

const OPEN = '(《“[【';
const CLOSE = ')》”]】';

/** Splits on any of `seps` outside brackets, quotes and 《》. */
export function splitTopLevel(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The name without a trailing bracket note: "各县区政府(管委会)" → "各县区政府". */
function base(name: string): string {
  return name.replace(/\([^()]*\)$/, '').trim();
}

/** A name that can stand alone as a unit (ends like a unit, or is a collective 各…/有关…). */
export function isCompleteName(name: string): boolean {
  const b = base(name);
  // two characters make a name only as 市委/县委/团委-style abbreviations; 试行, 银行 alone are words
  if (b.length < 3 && !/^([市县区省州旗镇乡团党][委办]|各[县区市地镇乡])$/.test(b)) return false;
  if (BARE.test(b) || /^[市县区镇乡省、]+$/.test(b)) return false;
  // sentence fragments that happen to end like a name ("以下任务均需各区市政府")
  if (/[。!?需均将把对的是]|要|应当|加强|推进|做好|确保|进一步|以下|以上|不再|予以|发布|开展|建立|完善|推动|强化|深化|提升|加大|及时|按时|同步|\d+[年月日]/.test(b)) return false;
  return SUFFIX.test(b) || /^各.{1,}/.test(b) || /^(有关|相关)(部门|单位)/.test(b);
}

/** Drops the collective tail after 等: "市教育局等相关部门、单位" → "市教育局". */
export function dropEtc(segment: string): string {
  return segment
    .replace(/等(?:[^、,;()]{0,8}?(?:部门|单位|机构|科室|处室|县区|地方|乡镇|街道)(?:、(?:部门|单位|机构))*)?$/, '')
    .trim();
}

function clean(name: string): string {
  return name
    .replace(/^(?:[\s,、;:和及与并由请]|具体|统一)+/, '')
    .replace(/[\s,、;:。]+$/, '')
    .replace(/(具体|统一|全面|共同|分别|主要|各自|积极|协调|按职责|按照职责)+$/, '')
    .trim();
}

/** Splits "甲和乙" when both sides are complete names; 工业和信息化局 stays whole. */
function splitAnd(piece: string): string[] {
  const parts = piece.split(/以及|和|及|与/);
  if (parts.length < 2) return [piece];
  const out: string[] = [];
  let cur = parts[0];
  let pos = cur.length;
  for (let i = 1; i < parts.length; i++) {
    const conj = piece.slice(pos).match(/^(以及|和|及|与)/)![1];
    const next = parts[i];
    pos += conj.length + next.length;
    if (isCompleteName(cur) && isCompleteName(next) && (NAME_START.test(next) || next[0] === cur[0])) {
      out.push(cur);
      cur = next;
    } else cur += conj + next;
  }
  out.push(cur);
  return out;
}

/** "市财政局 市税务局" (a table cell): a space between complete names separates them; elsewhere it strays. */
function splitSpaces(piece: string): string[] {
  const parts = piece.split(/\s+/).filter(Boolean);
  if (parts.length > 1 && parts.every(isCompleteName)) return parts;
  return [piece.replace(/\s+/g, '')];
}

/**
 * After a collective (各乡镇人民政府, 市政府各部门) a bare type of organisation continues it: 各 covers
 * both ("各乡镇人民政府、街道办事处" is one unit); after a named unit such words would stand for nothing.
 */
const TYPE_WORD = /^(街道办事处|办事处|人民政府|政府|乡镇人民政府|镇人民政府|乡镇政府|村\(居\)委会|村委会|居委会|村\(社区\)|国有企业|企事业单位|学校|医院|人民团体)$/;
const COLLECTIVE = /各|有关|相关|所属|直属/;

/** Merges pieces that do not stand alone with their neighbours (see BARE, TYPE_WORD and ADMIN). */
function mergePieces(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const prev = out[out.length - 1];
    if (prev !== undefined && (BARE.test(p) || (TYPE_WORD.test(p) && COLLECTIVE.test(prev)))) out[out.length - 1] += `、${p}`;
    else if (ADMIN.test(p) && out.length && i + 1 < pieces.length) {
      out[out.length - 1] += `、${p}、${pieces[++i]}`;
    } else out.push(p);
  }
  return out;
}

/**
 * The unit names of a list as written ("市政府办公室、市行政审批服务局，各县区政府、管委会").
 * Pieces that are not names (sentence fragments) are dropped.
 */
export function splitUnitNames(text: string): string[] {
  const names: string[] = [];
  for (const seg of splitTopLevel(text, ',;\n')) {
    const s = dropEtc(clean(seg));
    if (!s) continue;
    const pieces = mergePieces(splitTopLevel(s, '、').map(clean).filter(Boolean));
    for (const piece of pieces.flatMap(splitSpaces)) {
      for (const name of splitAnd(dropEtc(piece))) {
        const n = clean(dropEtc(name));
        if (n && isCompleteName(n) && !names.includes(n)) names.push(n);
      }
    }
  }
  return names;
}

/** True when every piece of `text` is a unit name (a bare list such as "(市财政局、市税务局)"). */
export function isUnitList(text: string): boolean {
  const segs = splitTopLevel(text, ',;、\n').map((s) => clean(dropEtc(clean(s)))).filter(Boolean);
  if (!segs.length) return false;
  const merged = mergePieces(segs);
  return merged.every((p) => splitAnd(p).every(isCompleteName));
}

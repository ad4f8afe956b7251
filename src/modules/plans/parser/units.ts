/**
 * The unit-note grammar of plan-format.md. A note is either a list of fields
 * ("完成时限:2021年8月10日前;责任单位:市政府各部门、单位,各县区政府、管委会") or role phrases
 * ("市财政局牵头落实", "市政府办公室牵头,市直各部门按职责分工负责", "会同市发展改革委等部门落实"),
 * or both mixed ("责任单位:各县(市、区)政府、市直有关部门牵头,市政务服务数据管理局配合").
 *
 * Roles: 牵头/主办 → lead; 责任单位/责任部门/…负责(落实)/…(按职责分工)分别落实/…落实 → responsible;
 * 配合/会同/协同/协助/参与 → cooperating. A field sets the default role of its value, a verb inside
 * the value overrides it (the role is marked on the unit, not only on the column).
 */
import { cleanRaw, isDeadlineExpression } from './deadline.js';
import { emptyNote, type NoteInfo, type UnitRole } from './types.js';
import { isUnitList, splitTopLevel, splitUnitNames } from './unit-names.js';

const LEAD_FIELD = '牵头责任单位|牵头单位|牵头部门|牵头科室|牵头处室|主办单位|主责单位|牵头';
const RESP_FIELD =
  '主要责任单位|责任单位|责任部门|责任科室|责任处室|责任股室|责任主体|落实单位|实施单位|承办单位|承办部门|负责单位|实施主体|责任股';
const COOP_FIELD = '配合单位|配合部门|配合科室|配合处室|协办单位|协同单位|协作单位|参与单位|协助单位';
const DEADLINE_FIELD = '完成时限要求|完成时限|完成时间|完成期限|时限要求|时间要求|时间节点|办结时限|截止时间|时间安排|进度要求|时限';
const IGNORED_FIELD = '责任人|责任领导|牵头领导|分管领导|联系人|督办领导|备注';

/** "责任单位:", "【责任单位】", "[完成时限]", "责任单位(部门):" at the start of a clause ("时间:" only inside a note). */
const FIELD = new RegExp(
  `^[【\\[]?\\s*(${[LEAD_FIELD, RESP_FIELD, COOP_FIELD, DEADLINE_FIELD, IGNORED_FIELD, '时间'].join('|')})(?:\\([^)]{1,6}\\))?\\s*(?:[】\\]]\\s*:?|:|为)\\s*`,
);
/** A field label anywhere at a clause boundary: used to find unbracketed notes in prose. */
export const FIELD_ANYWHERE = new RegExp(`(?:^|(?<=[。;)\\s]))[【\\[]?(${LEAD_FIELD}|${RESP_FIELD}|${COOP_FIELD}|${DEADLINE_FIELD})(?:\\([^)]{1,6}\\))?[】\\]]?\\s*:`);

function fieldRole(name: string): UnitRole | 'deadline' | 'ignore' {
  const is = (list: string) => list.split('|').includes(name);
  if (is(DEADLINE_FIELD) || name === '时间') return 'deadline';
  if (is(IGNORED_FIELD)) return 'ignore';
  if (is(COOP_FIELD)) return 'cooperating';
  if (is(LEAD_FIELD)) return 'lead';
  return 'responsible';
}

// Role verbs; "负责同志"/"负责人" are people, and "各承办单位"/"牵头单位" are nouns, not roles.
// 会同 is handled apart (see roleSegments).
const VERB =
  /(?:(?:按照?|根据|依据?)?(?:各自)?(?:职责分工|职责|职能)?(?:分别)?(?:为(?:牵头|责任|配合)单位|负责牵头|牵头(?:负责|落实|实施|推进|办理|组织)?|主办|统筹(?:协调|推进)?|负总责|负责(?!同志|人)(?:落实|实施|推进|办理)?|落实|承办|主责|共同(?:负责|落实|推进))|配合(?:落实|实施|推进)?|协同(?:落实|推进|配合)?|协助|协办|参与|会同)(?!单位|部门|科室|处室|股室|领导)/g;

function verbRole(verb: string): UnitRole | 'with' {
  if (verb.endsWith('会同')) return 'with';
  if (/牵头|主办|统筹/.test(verb)) return 'lead';
  if (/配合|协同|协助|协办|参与/.test(verb)) return 'cooperating';
  return 'responsible';
}

function depthAt(s: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if ('([【'.includes(s[i])) depth++;
    else if (')]】'.includes(s[i]) && depth > 0) depth--;
  }
  return depth;
}

interface Segment {
  text: string;
  role: UnitRole;
}

/**
 * Role phrases of one clause, left to right: the units before a verb take its role; in
 * "甲会同乙等部门落实" 甲 takes the closing verb's role and 乙 is cooperating; units after the
 * last verb take the field's role (or responsible: a bare list names who is responsible).
 */
function roleSegments(clause: string, fallback: UnitRole): { segs: Segment[]; verbs: number } {
  const segs: Segment[] = [];
  let last = 0;
  let subject: string | null = null;
  let verbs = 0;
  for (const m of clause.matchAll(VERB)) {
    if (m.index! < last || depthAt(clause, m.index!) > 0) continue; // "市财政局(牵头)": a mark on the name, see addUnits
    const text = clause.slice(last, m.index);
    const role = verbRole(m[0]);
    verbs++;
    if (role === 'with') {
      subject = text;
    } else if (subject !== null) {
      segs.push({ text: subject, role: role === 'cooperating' ? fallback : role });
      segs.push({ text, role: 'cooperating' });
      subject = null;
    } else segs.push({ text, role });
    last = m.index! + m[0].length;
  }
  const tail = clause.slice(last);
  if (subject !== null) {
    segs.push({ text: subject, role: fallback });
    segs.push({ text: tail, role: 'cooperating' });
  } else segs.push({ text: tail, role: fallback });
  return { segs, verbs };
}

const MARK = /\((牵头|牵头单位|主责|主办|配合|配合单位|协办|责任单位)\)$/;

/** Adds the names of a list; "市财政局(牵头)" inside a list marks its own role. */
function addUnits(note: NoteInfo, role: UnitRole, text: string): void {
  for (const written of splitUnitNames(text)) {
    const mark = written.match(MARK)?.[1];
    const name = mark ? written.slice(0, -mark.length - 2) : written;
    const r: UnitRole = mark ? (/牵头|主/.test(mark) ? 'lead' : /配合|协/.test(mark) ? 'cooperating' : 'responsible') : role;
    const list = r === 'lead' ? note.lead : r === 'responsible' ? note.responsible : note.cooperating;
    if (!list.includes(name)) list.push(name);
  }
}

// A field label inside a clause starts a new clause even without a separator (spaces were removed):
// leftmost-longest matches, so 主要责任单位 is one label and not 主要 + 责任单位.
const FIELD_LABELS = new RegExp(`[【\\[]?(?:${LEAD_FIELD}|${RESP_FIELD}|${COOP_FIELD}|${DEADLINE_FIELD})[】\\]]?\\s*:`, 'g');

function splitAtFields(s: string): string {
  let out = '';
  let pos = 0;
  for (const m of s.matchAll(FIELD_LABELS)) {
    out += s.slice(pos, m.index);
    if (m.index! > 0 && !/[;,([【\s]/.test(s[m.index! - 1])) out += ';';
    pos = m.index!;
  }
  return out + s.slice(pos);
}

/** Clauses of a note: split on ; and 。, before a field label, and before a comma that starts a new field. */
function clauses(content: string): string[] {
  const out: string[] = [];
  // a note broken over two lines leaves an unmatched bracket at one end
  const opens = (content.match(/[([【]/g) ?? []).length;
  const closes = (content.match(/[)\]】]/g) ?? []).length;
  let c = content.trim();
  if (opens > closes) c = c.replace(/^[([【]/, '');
  if (closes > opens) c = c.replace(/[)\]】]$/, '');
  const fields = splitAtFields(c);
  for (const part of splitTopLevel(fields, ';。')) {
    const pieces = splitTopLevel(part, ',');
    let cur = '';
    for (const p of pieces) {
      if (cur && (FIELD.test(p.trim()) || isDeadlineExpression(p))) {
        out.push(cur);
        cur = p;
      } else cur = cur ? `${cur},${p}` : p;
    }
    if (cur) out.push(cur);
  }
  return out.map((c) => c.trim()).filter(Boolean);
}

/**
 * Units and deadline of a note's content (without its brackets), or of a table cell whose column
 * gives `defaultRole`. Clauses that are neither fields, deadlines nor role phrases are ignored
 * (e.g. "以下任务均需各区市政府落实,不再一一列出" after the fields).
 */
export function parseUnitNote(content: string, defaultRole?: UnitRole): NoteInfo {
  const note = emptyNote();
  for (const clause of clauses(content)) {
    const f = clause.match(FIELD);
    let role: UnitRole | undefined = defaultRole;
    let value = clause;
    if (f) {
      const r = fieldRole(f[1]);
      value = clause.slice(f[0].length);
      if (r === 'ignore') continue;
      if (r === 'deadline') {
        if (cleanRaw(value)) note.deadlines.push(cleanRaw(value));
        continue;
      }
      role = r;
    }
    // deadline parts written without a label: "(市财政局负责,2021年底前完成)"
    const parts = splitTopLevel(value, ',');
    const kept: string[] = [];
    for (const p of parts) {
      if (isDeadlineExpression(p) && /\d|年|底|长期|持续|每|按|常态|及时/.test(p)) note.deadlines.push(cleanRaw(p.replace(/(全面|全部|基本)?完成.*$/, '')) || cleanRaw(p));
      else kept.push(p);
    }
    const { segs, verbs } = roleSegments(kept.join(','), role ?? 'responsible');
    if (!f && verbs === 0 && defaultRole === undefined && !isUnitList(kept.join(','))) continue;
    for (const s of segs) addUnits(note, s.role, s.text);
  }
  return note;
}

/** True when a bracket group reads as a unit note rather than ordinary text. `bareOk`: allow a bare unit list. */
export function isUnitNote(content: string, bareOk: boolean): boolean {
  const c = content.trim();
  if (!c || c.length > 300) return false;
  if (FIELD.test(c) || FIELD_ANYWHERE.test(c)) return true;
  const parts = clauses(c);
  let roleClauses = 0;
  let cued = 0;
  for (const p of parts) {
    if (isDeadlineExpression(p)) {
      // alone, a date needs a deadline word: "(8月)" in 开放月(8月) is no note, "(2021年底前)" is
      if (/前|底|末|完成|年内|长期|持续|每|按月|按季|常态|定期/.test(p)) cued++;
      continue;
    }
    const { segs, verbs } = roleSegments(p, 'responsible');
    const named = segs.filter((s) => s.text.replace(/[\s,、;]/g, '') !== '');
    if (verbs > 0 && named.length > 0 && named.every((s) => isUnitList(s.text.replace(/^[,、\s]+|[,、\s]+$/g, '')))) roleClauses++;
    else if (verbs === 0 && bareOk && isUnitList(p)) roleClauses++;
    else return false;
  }
  return roleClauses > 0 || cued > 0;
}

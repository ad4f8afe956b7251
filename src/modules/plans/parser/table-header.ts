/**
 * Flattened tables (任务清单/责任清单/分工表): recognising the header row and the extent of the
 * table. A header is a row whose cells are column names — 序号, 工作任务/重点任务/主要任务/任务内容,
 * 具体要求/主要内容/工作措施, 牵头单位, 责任单位/责任部门/责任科室, 配合单位, 完成时限/时限要求/完成时间
 * — written on one line (cells joined by " | ", "｜", tabs or runs of spaces) or one cell per line
 * (what copying a web table or reading a .docx gives), possibly with "|" lines between cells.
 */
import { isAttachmentMarker, isDateLine, isFurniture, isOrgLine } from './furniture.js';
import { isTitleLike } from './heading.js';
import { parseLabel } from './labels.js';
import { collapseSpaces } from './normalize.js';

export type Column = 'seq' | 'group' | 'task' | 'detail' | 'lead' | 'resp' | 'coop' | 'deadline' | 'other';
export type TableStyle = 'pipe' | 'tab' | 'spaces' | 'space' | 'cells';

export interface TableRegion {
  /** First line of the header. */
  start: number;
  /** First line after the header. */
  bodyStart: number;
  /** First line after the table. */
  end: number;
  style: TableStyle;
  columns: Column[];
}

const ROLES: [Column, RegExp][] = [
  ['seq', /^(序号|编号|序|项次|No\.?)$/i],
  ['lead', /^(牵头单位|牵头部门|牵头科室|牵头处室|牵头责任单位|主办单位|主责单位|牵头)$/],
  ['coop', /^(配合单位|配合部门|配合科室|配合处室|协办单位|协同单位|协作单位|参与单位|协助单位)$/],
  ['resp', /^(责任单位|责任部门|责任科室|责任处室|责任股室|责任主体|落实单位|实施单位|承办单位|承办部门|负责单位|主要责任单位|实施主体|责任股|责任单位及责任人)$/],
  ['deadline', /^(完成时限|时限要求|完成时间|时间要求|时限|完成期限|时间节点|办结时限|完成时间节点|时间安排|进度安排|计划完成时间|截止时间|完成时限要求|时间|完成时间要求)$/],
  ['group', /^(类别|分类|任务类别|工作类别|领域|重点领域|板块|目标|一级指标|类型|方面|工作方向|项目类别|工作类型|任务分类|重点方面)$/],
  ['task', /^(工作任务|重点任务|主要任务|任务内容|任务名称|工作事项|任务|事项|工作内容|重点工作|工作项目|具体任务|任务事项|改革事项|工作重点|项目名称|项目|任务分解|重点工作任务|考核内容|工作名称|重点事项|二级指标|指标)$/],
  ['detail', /^(具体要求|主要内容|工作措施|工作要求|具体措施|具体内容|任务要求|主要措施|推进措施|实施内容|具体工作|工作标准|目标要求|具体任务措施|任务措施|重点内容|具体事项|工作目标|推进举措|主要举措|具体举措|措施|要求|内容|完成标准|目标任务|工作举措|任务目标|具体工作措施|工作任务及要求|主要工作|具体工作任务)$/],
  ['other', /^(备注|责任人|分管领导|牵头领导|责任领导|联系人|完成情况|进展情况|评分标准|分值|考核标准|考核方式|评价标准|成果形式|预期成果|责任领导及责任人|督办领导)$/],
];

/** The column a header cell names, or null when it is not a column name. */
export function columnOf(cell: string): Column | null {
  const c = cell.replace(/[\s|:]/g, '').replace(/\([^)]*\)$/, '');
  for (const [col, re] of ROLES) if (re.test(c)) return col;
  return null;
}

const ROLE_COLUMNS: Column[] = ['seq', 'lead', 'resp', 'coop', 'deadline'];

/**
 * Cells of one line in the given style (empty cells kept for pipes and tabs). A table drawn with
 * outer bars ("| a | b |") has them on every row; `border` is what its header line has, so that a
 * row starting with an empty cell ("| | 牵头单位 |" under "序号 | 工作任务 | …") keeps it.
 */
export function splitCells(line: string, style: TableStyle, border = pipeBorder(line)): string[] {
  if (style === 'pipe') {
    let s = line.trim();
    if (border.lead) s = s.replace(/^\|/, '');
    if (border.trail) s = s.replace(/\|$/, '');
    return s.split('|').map((c) => c.trim());
  }
  if (style === 'tab') return line.split('\t').map((c) => c.trim());
  if (style === 'spaces') return line.trim().split(/\s{2,}/).map((c) => c.trim());
  if (style === 'space') return line.trim().split(/\s+/); // text extracted from a PDF: single spaces
  return [line.trim()];
}

export function pipeBorder(line: string): { lead: boolean; trail: boolean } {
  return { lead: /^\s*\|/.test(line), trail: /\|\s*$/.test(line) };
}

function inlineStyle(line: string): TableStyle | null {
  if (/\|/.test(line)) return 'pipe';
  if (/\t/.test(line)) return 'tab';
  if (/\S\s{2,}\S/.test(line)) return 'spaces';
  return null;
}

function isHeader(cols: (Column | null)[]): boolean {
  const named = cols.filter((c): c is Column => c !== null);
  const distinct = new Set(named.filter((c) => c !== 'other'));
  if (distinct.size < 2) return false;
  return distinct.size >= 3 || named.some((c) => ROLE_COLUMNS.includes(c));
}

/**
 * A merged header cell ("责任单位" over "牵头单位 | 配合单位") leaves an empty cell in the first header
 * row and the names in a second row: the columns are read position by position from both.
 */
function subHeader(top: string, next: string | undefined, style: TableStyle): Column[] | null {
  if (next === undefined || inlineStyle(next) !== style) return null;
  const a = splitCells(top, style);
  const b = splitCells(next, style, pipeBorder(top));
  const named = b.filter((c) => c !== '');
  if (!named.length || !named.every((c) => columnOf(c) !== null) || a.length !== b.length) return null;
  const cols = a.map((c, k) => (b[k] ? columnOf(b[k]) : c ? columnOf(c) : null));
  return cols.every((c) => c !== null) ? (cols as Column[]) : cols.filter((c): c is Column => c !== null);
}

/** A header on one line, or one cell per line starting at i; null when line i starts no header. */
function headerAt(lines: string[], i: number): Omit<TableRegion, 'end'> | null {
  const style = inlineStyle(lines[i]);
  if (style) {
    const cells = splitCells(lines[i], style).filter((c) => c !== '');
    const cols = cells.map(columnOf);
    if (cells.length >= 2 && cols.every((c) => c !== null) && isHeader(cols)) {
      const sub = subHeader(lines[i], lines[i + 1], style);
      return sub ? { start: i, bodyStart: i + 2, style, columns: sub } : { start: i, bodyStart: i + 1, style, columns: cols as Column[] };
    }
    if (style !== 'pipe') return null;
  } else {
    const words = lines[i].trim().split(/\s+/);
    const cols = words.map(columnOf);
    if (words.length >= 3 && cols.every((c) => c !== null) && isHeader(cols)) return { start: i, bodyStart: i + 1, style: 'space', columns: cols as Column[] };
  }
  // one cell per line, maybe with "|" lines or a trailing "|" between cells
  const cols: Column[] = [];
  let j = i;
  for (; j < lines.length && cols.length < 12; j++) {
    const cell = lines[j].replace(/^\|+|\|+$/g, '').trim();
    if (cell === '') continue;
    const col = columnOf(cell);
    if (!col) break;
    cols.push(col);
  }
  if (cols.length >= 2 && isHeader(cols)) return { start: i, bodyStart: j, style: 'cells', columns: cols };
  return null;
}

/** A section-level item written as prose ("(二)推进执行公开。公开进展…"): group cells are titles. */
function isProseItem(line: string): boolean {
  const l = parseLabel(line);
  return !!l && l.strong && ['part', 'cn', 'pcn'].includes(l.type) && /。./.test(l.rest) && !isTitleLike(l.rest.replace(/。$/, ''));
}

function isSectionTitle(line: string): boolean {
  const l = parseLabel(line);
  return !!l && l.strong && (l.type === 'cn' || l.type === 'part') && line.length <= 40;
}

/** Where the table that starts at `h` ends: the first line that is clearly no longer a row. */
function tableEnd(lines: string[], h: Omit<TableRegion, 'end'>): number {
  let i = h.bodyStart;
  for (; i < lines.length; i++) {
    const line = collapseSpaces(lines[i]);
    if (headerAt(lines, i)) break;
    if (isAttachmentMarker(line) || (isOrgLine(line) && i + 1 < lines.length && isDateLine(lines[i + 1]))) break;
    if (isFurniture(line) && !/^\|+$/.test(line)) break;
    if (h.style === 'cells') {
      // outline prose resumes: a long labelled paragraph, or a section title followed by one
      const next = lines[i + 1] !== undefined ? collapseSpaces(lines[i + 1]) : '';
      if (isProseItem(line) || (isSectionTitle(line) && isProseItem(next))) break;
      continue;
    }
    if (inlineStyle(lines[i]) === h.style || (h.style === 'space' && /\S\s+\S/.test(lines[i]))) continue;
    // a line without separators: a group row ("一、决策公开") or a row broken across lines, if rows follow;
    // a labelled sentence is the outline resuming ("(二)推进执行公开。…")
    const label = parseLabel(line);
    const groupRow = !label || !label.strong || isTitleLike(label.rest.replace(/。$/, ''));
    const next = lines[i + 1];
    if (groupRow && next !== undefined && inlineStyle(next) === h.style && !headerAt(lines, i + 1)) continue;
    if (h.style === 'pipe' && /\|\s*$/.test(lines[h.start]) && !/\|\s*$/.test(lines[i - 1])) continue; // the previous cell goes on
    break;
  }
  return i;
}

/** Every flattened table of the document. */
export function findTables(lines: string[]): TableRegion[] {
  const out: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headerAt(lines, i);
    if (!h) continue;
    const end = tableEnd(lines, h);
    out.push({ ...h, end });
    i = end - 1;
  }
  return out;
}

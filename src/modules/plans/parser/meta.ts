/**
 * title, issuer and docNumber "come only from the document itself" (plan-format.md): from the
 * front matter before the first outline label or table (the 通知's title and signature, the plan's
 * title broken over lines and letter-spaced), from metadata lines (文号: …, 发文机关: …) and from
 * trailing furniture such as the file-name line "菏政办字〔2021〕35号 ….doc". Numbers of cited
 * documents inside sentences are never the plan's number; a text that starts at 一、 has none.
 */
import { collapseSpaces } from './normalize.js';
import { isAttachmentMarker, isDateLine, isFurniture, isMetaLine, isOrgLine } from './furniture.js';

export interface PlanMeta {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** The plan's year, for deadlines written without one ("9月底前", "年底前"). */
  year: number | null;
}

const DOC_NUMBER = /^[(（]?\s*([\u4e00-\u9fff]{1,12}〔\d{4}〕\d{1,4}号)/;
const PLAN_WORD = /(方案|要点|清单|计划|意见|办法|细则|规划|安排|任务|措施|分解表|责任表|台账|一览表|分工表|任务表|分工|纲要|行动|规则|目录|工作|通知)$/;
const NOTICE = /^(.{2,40}?)关于(?:印发|转发|下达)《?(.+?)》?的通知/;

function stripQuotes(s: string): string {
  return s.replace(/^《(.+)》$/, '$1');
}

/** A line that may be (part of) a title: short, no sentence punctuation, not an address line. */
function titleish(line: string): boolean {
  return line.length <= 70 && !/[。,;:!?]/.test(line) && !isDateLine(line) && !DOC_NUMBER.test(line) && !/^[(（]/.test(line);
}

const FILE_EXT = /\.(?:docx?|pdf|wps|ofd|txt)\s*$/i;

/** "X关于印发《Y》的通知" (a notice title, a file name, a page title) → issuer X, plan title Y. */
function fromNotice(line: string): { issuer: string; title: string } | null {
  const m = line.replace(FILE_EXT, '').replace(DOC_NUMBER, '').trim().replace(/^《(.*)》$/, '$1').match(NOTICE);
  return m ? { issuer: m[1].trim(), title: stripQuotes(m[2].trim()) } : null;
}

/**
 * Reads the metadata from the cleaned lines. `bodyStart`: index of the first outline label or
 * table header; `isBody(i)`: whether line i belongs to a task (never a source of metadata).
 */
export function extractMeta(lines: string[], bodyStart: number, isBody: (i: number) => boolean): PlanMeta {
  let docNumber: string | null = null;
  let issuer: string | null = null;
  let signature: string | null = null;
  let metaIssuer: string | null = null;
  let noticeTitle: string | null = null;
  let noticeIssuer: string | null = null;
  let dateYear: number | null = null;
  const titles: string[] = [];

  const front = lines.slice(0, bodyStart).map(collapseSpaces);
  for (let i = 0; i < lines.length; i++) {
    if (i >= bodyStart && isBody(i)) continue;
    const line = collapseSpaces(lines[i]);
    const meta = isMetaLine(line);
    if (meta) {
      if (/文号|发文字号/.test(meta.key) && !docNumber) docNumber = meta.value.match(DOC_NUMBER)?.[1] ?? null;
      if (/发文机关|发布机关|发布机构/.test(meta.key) && !metaIssuer && isOrgLine(meta.value)) metaIssuer = meta.value;
      if (/标题|名称/.test(meta.key) && !noticeTitle) noticeTitle = fromNotice(meta.value)?.title ?? null;
      continue;
    }
    const dn = line.match(DOC_NUMBER);
    if (dn && !docNumber && (line.length === dn[0].length || FILE_EXT.test(line) || /关于|《/.test(line) || /^\(.*\)$/.test(line)))
      docNumber = dn[1];
    const notice = fromNotice(line);
    if (notice && (i < bodyStart || FILE_EXT.test(line))) {
      noticeTitle ??= notice.title;
      noticeIssuer ??= notice.issuer;
    }
    if (isOrgLine(line) && i + 1 < lines.length && isDateLine(lines[i + 1])) {
      if (i < bodyStart) issuer ??= line;
      else signature ??= line;
      dateYear ??= Number(lines[i + 1].replace(/\s+/g, '').match(/^(\d{4})/)?.[1]) || null;
    }
  }

  // Titles: runs of title-ish lines in the front matter, joined (a title broken over lines);
  // the run nearest the body whose end reads like a plan's name wins.
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const joined = run.join('').replace(/\s+/g, '');
    if (PLAN_WORD.test(joined) && !NOTICE.test(joined) && !isOrgLine(joined)) titles.push(stripQuotes(joined));
    run = [];
  };
  for (let i = 0; i < front.length; i++) {
    const line = front[i];
    if (isFurniture(line) || isAttachmentMarker(line) || isOrgLine(line) || !titleish(line) || fromNotice(line)) {
      flush();
      continue;
    }
    run.push(line);
    if (run.length > 3) run.shift();
  }
  flush();

  let title = titles.length ? titles[titles.length - 1] : noticeTitle;
  if (!title) {
    // the cover letter's "《…实施方案》已经市政府同意…"
    const quoted = front.join('\n').match(/《([^《》\n]{4,60})》(?:已经|经|现|印发)/);
    title = quoted ? quoted[1] : null;
  }
  issuer ??= metaIssuer ?? noticeIssuer ?? signature;
  const year =
    Number(title?.match(/((?:19|20)\d{2})(?:年|—|-)/)?.[1]) ||
    Number(docNumber?.match(/〔(\d{4})〕/)?.[1]) ||
    dateYear ||
    null;
  return { title: title || null, issuer, docNumber, year };
}

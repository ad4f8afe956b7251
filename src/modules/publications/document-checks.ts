import { findPersonalInfo } from '../../platform/text/index.js';
import type { CheckReport, Finding } from './publications.schemas.js';
import { DISCLOSURE_GROUNDS, type DisclosureGround, type Disclosure } from './vocabulary.js';

/**
 * The content checks run before a document leaves the editor (提交审核) and again at 签发:
 * personal information (条例第十五条: 个人隐私 must not be published without a lawful basis), the
 * office's sensitive words, broken links and empty attachments (website inspection rules count
 * them), and the catalogue fields every published document needs. Pure: the caller loads the data.
 */
export interface CheckInput {
  title: string;
  bodyText: string;
  attachments: { id: number; name: string; text: string; textEmpty: boolean; size: number; fileType: string }[];
  writtenAt: string | null;
  topic: string | null;
  disclosure: Disclosure;
  disclosureGround: string | null;
  piiException: { basisLabel: string } | null;
  sensitiveWords: { word: string; level: string }[];
  links: { href: string; problem: string | null }[];
  now: Date;
}

const PII_LABEL: Record<string, string> = { 'id-card': '身份证号码', mobile: '手机号码', 'bank-card': '银行卡号', name: '姓名' };

/** Runs every check; `blocking` is true when any finding must be resolved before publication. */
export function runDocumentChecks(input: CheckInput): CheckReport {
  const findings: Finding[] = [
    ...requiredFields(input),
    ...piiFindings(input),
    ...sensitiveWordFindings(input),
    ...input.links.filter((l) => l.problem).map<Finding>((l) => ({
      check: 'broken-link', severity: 'block', message: `正文中的链接无效：${l.problem}`, place: { kind: 'body' }, value: l.href,
    })),
    ...input.attachments.filter((a) => a.size === 0 || (a.textEmpty && a.fileType !== 'image')).map<Finding>((a) => ({
      check: 'empty-attachment', severity: 'block', message: a.size === 0 ? `附件“${a.name}”是空文件` : `附件“${a.name}”没有任何文字内容（空白文件或扫描件），请上传正确的文件`, place: { kind: 'attachment', attachmentId: a.id, name: a.name },
    })),
    ...input.attachments.filter((a) => a.fileType === 'image').map<Finding>((a) => ({
      check: 'pii', severity: 'warn', message: `图片附件“${a.name}”无法自动识别文字，请人工核对其中是否含有个人信息`, place: { kind: 'attachment', attachmentId: a.id, name: a.name },
    })),
  ];
  const blocking = findings.some((f) => f.severity === 'block');
  return { findings, blocking, summary: summarize(findings) };
}

function requiredFields(i: CheckInput): Finding[] {
  const out: Finding[] = [];
  const need = (field: string, message: string) => out.push({ check: 'required', severity: 'block', message, place: { kind: 'field', field } });
  if (!i.writtenAt) need('writtenAt', '请填写成文日期（条例第二十六条的20个工作日从此起算）');
  if (!i.topic) need('topic', '请选择主题分类');
  if (i.disclosure !== 'active') {
    const ground = i.disclosureGround ? DISCLOSURE_GROUNDS[i.disclosureGround as DisclosureGround] : undefined;
    if (!ground) need('disclosureGround', '依申请公开或不予公开的文件必须选择法定理由');
    else if (!(ground.allowed as readonly string[]).includes(i.disclosure)) need('disclosureGround', `理由“${ground.label}”不适用于所选公开属性`);
  }
  if (!i.bodyText.trim() && i.attachments.length === 0) need('bodyHtml', '正文和附件不能都为空');
  return out;
}

function piiFindings(i: CheckInput): Finding[] {
  const severity = i.piiException ? 'excepted' : 'block';
  const suffix = i.piiException ? `（已记录合法例外：${i.piiException.basisLabel}）` : '，请去标识化或记录合法例外';
  const out: Finding[] = [];
  const scan = (text: string, place: Finding['place'], maskable: boolean) => {
    for (const f of findPersonalInfo(text, { now: i.now })) {
      out.push({
        check: 'pii', severity, piiKind: f.kind, value: f.value, context: f.context, maskable,
        message: `${placeLabel(place)}第${f.line}行第${f.column}列含有${PII_LABEL[f.kind] ?? '个人信息'}（${f.reason}）${suffix}`,
        place: { ...place, line: f.line, column: f.column, start: f.start, end: f.end },
      });
    }
  };
  scan(i.title, { kind: 'title' }, true);
  scan(i.bodyText, { kind: 'body' }, true);
  for (const a of i.attachments) scan(a.text, { kind: 'attachment', attachmentId: a.id, name: a.name }, ['docx', 'xlsx', 'text'].includes(a.fileType));
  return out;
}

function sensitiveWordFindings(i: CheckInput): Finding[] {
  const out: Finding[] = [];
  const places: [Finding['place'], string][] = [[{ kind: 'title' }, i.title], [{ kind: 'body' }, i.bodyText], ...i.attachments.map((a): [Finding['place'], string] => [{ kind: 'attachment', attachmentId: a.id, name: a.name }, a.text])];
  for (const w of i.sensitiveWords) {
    for (const [place, text] of places) {
      const at = text.indexOf(w.word);
      if (at < 0) continue;
      const { line, column } = lineColumn(text, at);
      out.push({
        check: 'sensitive-word', severity: w.level === 'warn' ? 'warn' : 'block', value: w.word, context: text.slice(Math.max(0, at - 10), at + w.word.length + 10).replace(/\s+/g, ' '),
        message: `${placeLabel(place)}第${line}行第${column}列含有${w.level === 'warn' ? '提示' : '禁用'}词“${w.word}”`,
        place: { ...place, line, column, start: at, end: at + w.word.length },
      });
    }
  }
  return out;
}

function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: at - nl };
}

function placeLabel(p: Finding['place']): string {
  return p.kind === 'title' ? '标题' : p.kind === 'body' ? '正文' : p.kind === 'attachment' ? `附件“${p.name}”` : '';
}

function summarize(findings: Finding[]): string {
  const blocking = findings.filter((f) => f.severity === 'block');
  if (!blocking.length) return findings.length ? `检查通过（${findings.length} 条提示或已记录的例外）` : '检查通过';
  const counts = new Map<string, number>();
  const names: Record<string, string> = { pii: '个人信息', 'sensitive-word': '敏感词', 'broken-link': '无效链接', 'empty-attachment': '空附件', required: '必填项缺失', 'unreadable-attachment': '无法读取的附件' };
  for (const f of blocking) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return `发现 ${blocking.length} 处须处理的问题：${[...counts].map(([k, n]) => `${names[k]} ${n} 处`).join('，')}。${blocking[0].message}`;
}

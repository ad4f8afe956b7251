import fs from 'node:fs';
import { extractText } from '../platform/files/index.js';
import { parsePlan, type ParsedPlan, type PlanDeadline } from '../modules/plans/parser/index.js';

const KIND: Record<PlanDeadline['kind'], string> = {
  'by-date': '按日期',
  'year-end': '年底前',
  'long-term': '长期',
  periodic: '定期',
  other: '其他',
};

/** Plain text as Chinese offices save it: UTF-8, else GB18030 (GBK) when UTF-8 reads as garbage. */
function decode(buf: Buffer): string {
  const utf8 = new TextDecoder('utf-8').decode(buf);
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(buf) : utf8;
}

async function readPlanText(file: string): Promise<string> {
  const buf = fs.readFileSync(file);
  const isDocx = /\.docx$/i.test(file) || (buf[0] === 0x50 && buf[1] === 0x4b); // "PK": a zip container
  return isDocx ? (await extractText(buf, 'docx')).text : decode(buf);
}

function describe(plan: ParsedPlan, out: (s: string) => void): void {
  out(`标题：${plan.title ?? '（未识别）'}`);
  if (plan.issuer) out(`发文机关：${plan.issuer}`);
  out(`文号：${plan.docNumber ?? '（未识别）'}`);
  out(`任务：共${plan.tasks.length}项`);
  for (const t of plan.tasks) {
    out('');
    out(`${t.path.join(' / ')}  ${t.heading ?? t.text.slice(0, 40) + (t.text.length > 40 ? '…' : '')}`);
    if (t.lead.length) out(`    牵头：${t.lead.join('；')}`);
    if (t.responsible.length) out(`    责任：${t.responsible.join('；')}`);
    if (t.cooperating.length) out(`    配合：${t.cooperating.join('；')}`);
    if (t.deadline) out(`    时限：${t.deadline.raw}（${t.deadline.date ? `${t.deadline.date}，` : ''}${KIND[t.deadline.kind]}）`);
  }
}

/**
 * `gongkai plan parse FILE [--json]`: the tasks of a work plan (.txt in UTF-8 or GB18030, or .docx)
 * with units and deadlines, as JSON (../shared/docs/plan-format.md) or as a readable outline.
 * No database is needed. Exit 2 when the file cannot be read or has no text.
 */
export async function runPlanParse(file: string, o: { json?: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let text: string;
  try {
    text = await readPlanText(file);
  } catch (e) {
    err(`无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (!/\S/.test(text)) {
    err(`文件 ${file} 中没有可提取的文字`);
    return 2;
  }
  const plan = parsePlan(text);
  if (o.json) out(JSON.stringify(plan, null, 2));
  else describe(plan, out);
  return 0;
}

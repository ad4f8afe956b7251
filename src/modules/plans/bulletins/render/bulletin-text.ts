/**
 * The words of a 季通报 shared by the DOCX, the portal page and the defaults the office starts from:
 * quarter names, dates in Chinese, the default title, intro and closing, the overall sentence, labels.
 */
import type { BulletinFigures, OverdueTask } from '../figures.js';

export const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
export const quarterName = (q: number) => `第${QUARTER_NAMES[q - 1]}季度`;

/** 2026-03-31 → 2026年3月31日 */
export function chineseDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** 2026-03-31 → 3月31日 */
export function monthDay(d: string): string {
  const [, m, day] = d.split('-').map(Number);
  return `${m}月${day}日`;
}

/** 66.7 → "66.7%", null → "—" */
export const pct = (v: number | null): string => (v === null ? '—' : `${Number.isInteger(v) ? v : v.toFixed(1)}%`);

/** How a government is named in a title: 菏泽市人民政府 → 菏泽市; a department keeps its name. */
export const orgTitleName = (name: string) => name.replace(/人民政府$/, '');

export function defaultTitle(orgName: string, year: number, quarter: number): string {
  return `${orgTitleName(orgName)}${year}年${quarterName(quarter)}政务公开工作任务落实情况通报`;
}

const planList = (f: Pick<BulletinFigures, 'plans'>) => f.plans.map((p) => `《${p.title}》${p.docNumber ? `（${p.docNumber}）` : ''}`).join('、');

export function defaultIntro(f: BulletinFigures): string {
  const plans = f.plans.length ? planList(f) : `${f.year}年度政务公开工作分工方案`;
  return `为推动${plans}确定的各项任务落地落实，根据任务落实台账，现将截至${chineseDate(f.asOf)}各单位任务落实情况通报如下。`;
}

export function defaultClosing(f: BulletinFigures): string {
  const lines = [
    '各单位要对照本通报，认真梳理本单位承担的任务，对尚未完成的任务倒排工期、挂图作战，确保按期保质完成。',
  ];
  if (f.overdue.length) lines.push('对逾期任务，责任单位要认真分析原因，明确整改措施和完成时限，尽快完成整改并申请验收销号；逾期未整改的，将在下一季度通报中继续通报并纳入年度考核。');
  lines.push('政务公开办将持续跟踪任务进展，按季度通报落实情况。');
  return lines.join('\n');
}

/** 一、总体情况 in one paragraph. */
export function overallSentence(f: BulletinFigures): string {
  const t = f.totals;
  if (t.tasks === 0) return `截至${chineseDate(f.asOf)}，${f.plans.length ? planList(f) : '本年度分工方案'}尚无已下达的任务。`;
  const parts = [
    `截至${chineseDate(f.asOf)}，${f.plans.length > 1 ? `${f.plans.length}个分工方案` : planList(f)}共有任务${t.tasks}项，涉及牵头和责任单位${t.units}个`,
    `已完成并销号${t.closed}项（其中按期完成${t.closedOnTime}项${t.closedLate ? `、逾期完成${t.closedLate}项` : ''}）`,
    `正在推进${t.inProgress}项`,
    ...(t.notStarted ? [`尚未启动${t.notStarted}项`] : []),
    `逾期${t.overdue}项`,
    `总体完成率${pct(t.completionRate)}，按期完成率${pct(t.onTimeRate)}`,
  ];
  return `${parts.join('，')}。`;
}

/** 逾期情况 of one overdue task. */
export function overdueNote(t: OverdueTask): string {
  return t.kind === 'open' ? `未完成，已逾期${t.daysLate}天` : `逾期${t.daysLate}天完成（${monthDay(t.closedOn!)}销号）`;
}

export const STATE_LABELS: Record<string, string> = { not_started: '未启动', in_progress: '推进中', submitted: '已完成（待验收）', closed: '已销号' };

/** Text paragraphs as the office typed them (blank lines ignored). */
export const paragraphsOf = (s: string): string[] => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export const SECTION_TITLES = {
  overall: '一、总体情况',
  units: '二、各单位完成情况',
  overdue: '三、逾期任务清单',
  ranking: '四、排名情况',
} as const;

export const UNIT_COLUMNS = ['序号', '单位', '任务数', '已销号', '其中按期', '推进中', '未启动', '逾期', '完成率'] as const;
export const OVERDUE_COLUMNS = ['序号', '任务', '牵头单位', '责任单位', '完成时限', '逾期情况'] as const;
export const RANKING_COLUMNS = ['名次', '单位', '任务数', '已销号', '按期完成', '完成率'] as const;
export const COOPERATING_COLUMNS = ['序号', '单位', '配合任务数', '其中已销号'] as const;

/** The overdue task's deadline as shown: the date, and the plan's words when they differ. */
export function deadlineText(t: OverdueTask): string {
  const date = chineseDate(t.dueOn);
  return t.deadlineRaw && !t.deadlineRaw.includes(date) ? `${date}（${t.deadlineRaw}）` : date;
}

/** The task as listed: its outline number and title, with the plan when the bulletin covers several. */
export function taskLabel(t: OverdueTask, severalPlans: boolean): string {
  return `${severalPlans ? `《${t.planTitle}》` : ''}${t.pathLabel} ${t.title}`;
}

/** The rows of the unit table (the same cells in DOCX and HTML). */
export function unitRows(f: BulletinFigures): string[][] {
  return f.units.map((u, i) => [
    String(i + 1), u.orgId === null ? `${u.name}（未对应机构）` : u.name, String(u.tasks), String(u.closed), String(u.closedOnTime),
    String(u.inProgress), String(u.notStarted), String(u.overdue), pct(u.completionRate),
  ]);
}

export function totalRow(f: BulletinFigures): string[] {
  const t = f.totals;
  return ['', '合计（按任务计）', String(t.tasks), String(t.closed), String(t.closedOnTime), String(t.inProgress), String(t.notStarted), String(t.overdue), pct(t.completionRate)];
}

export function overdueRows(f: BulletinFigures): string[][] {
  const several = f.plans.length > 1;
  return f.overdue.map((t, i) => [String(i + 1), taskLabel(t, several), t.lead.join('、') || '—', t.responsible.join('、') || '—', deadlineText(t), overdueNote(t)]);
}

export function rankingRows(f: BulletinFigures): string[][] {
  return f.ranking.map((r) => [String(r.rank), r.name, String(r.tasks), String(r.closed), String(r.closedOnTime), pct(r.completionRate)]);
}

export function cooperatingRows(f: BulletinFigures): string[][] {
  return f.cooperating.map((c, i) => [String(i + 1), c.orgId === null ? `${c.name}（未对应机构）` : c.name, String(c.tasks), String(c.closed)]);
}

import type { Container } from '../container.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import { SYSTEM_PRINCIPAL } from '../platform/auth/index.js';
import { parsePlan } from '../modules/plans/index.js';

/**
 * Demo data for 分工方案 (npm start only): a 2026 task-division plan of 菏泽市 imported from its text through
 * the real parser, adopted (the collective 各县区政府、管委会 expands to the counties), with progress reported
 * on two tasks and one accepted — so the ledger, the per-unit views and the overdue list have something in them.
 */
export const DEMO_PLAN_TEXT = `菏泽市人民政府办公室关于印发2026年菏泽市政务公开工作要点任务分工方案的通知
菏政办字〔2026〕8号
各县区人民政府，市开发区、高新区管委会，市政府各部门、各直属机构：
现将《2026年菏泽市政务公开工作要点任务分工方案》印发给你们，请认真抓好落实。
菏泽市人民政府办公室
2026年3月10日
2026年菏泽市政务公开工作要点任务分工方案
一、总体要求
坚持以公开为常态、不公开为例外，全面提升政务公开质量和实效。
二、重点任务
（一）加强政策发布解读。
1.做好政策文件发布。市政府及其部门制定的行政规范性文件，除依法需要保密的外，应当在印发之日起20个工作日内在政府网站公开。（市政府办公室牵头，市政府各部门、单位按照职责分工分别落实；完成时限：长期坚持）
2.提升政策解读质量。重要政策文件与解读材料同步组织、同步审签、同步部署，解读材料在政策文件公开后3个工作日内发布。（市政府办公室牵头，市司法局配合；完成时限：2026年6月30日前）
（二）推进重点领域信息公开。
3.深化财政信息公开。按规定公开政府预决算、部门预决算和“三公”经费，细化公开到功能分类的项级科目。（责任单位：市财政局；完成时限：2026年9月底前）
4.做好政府采购信息公开。在规定平台公开政府采购项目信息，实现采购全流程公开透明。（责任单位：市财政局；完成时限：2026年12月31日前）
5.推进教育信息公开。及时公开招生入学政策、学校名单和招生计划。（责任单位：市教育局；完成时限：2026年7月31日前）
（三）提升依申请公开办理质量。
6.规范依申请公开办理。严格按照法定时限答复，加强答复文书规范性审查，降低行政复议纠错率。（市政府办公室牵头，各县区政府、管委会负责落实；完成时限：2026年底前）
（四）加强政务公开平台建设。
7.优化政府网站信息公开专栏。按照主动公开基本目录梳理栏目，确保栏目内容及时更新。（市政府办公室牵头，市大数据局配合；完成时限：2026年10月31日前）
8.建立工作台账。建立政务公开重点任务台账，每季度通报落实情况。（责任单位：市政府办公室；完成时限：每季度）
三、保障措施
各单位要高度重视，明确分管负责同志和具体工作人员，确保各项任务落实到位。`;

export async function seedDemoPlans(c: Container): Promise<void> {
  const p = SYSTEM_PRINCIPAL;
  const a = SYSTEM_ACTOR;
  const parsed = parsePlan(DEMO_PLAN_TEXT);
  const draft = await c.plans.plans.create(p, a, {
    orgCode: 'heze', title: parsed.title ?? '2026年菏泽市政务公开工作要点任务分工方案', issuer: parsed.issuer, docNumber: parsed.docNumber, year: 2026,
    sourceText: DEMO_PLAN_TEXT, tasks: parsed.tasks, unitMap: {},
  } as never);
  const plan = await c.plans.plans.adopt(p, a, draft.id, draft.version);
  const task = (label: string) => plan.tasks.find((t: { pathLabel: string }) => t.pathLabel === label)!;
  const finance = task('二/(二)/3');
  await c.plans.progress.progress(p, a, finance.id, { text: '已在政府网站公开2026年市级预算和部门预算，细化到项级科目。', percent: 100, evidence: [{ kind: 'url', url: 'https://czj.heze.gov.cn/xxgk/yjs/2026.html', title: '2026年预算公开专栏' }], orgCode: 'hz-czj' } as never);
  await c.plans.progress.submit(p, a, finance.id, { text: '预决算公开已完成，申请验收。', evidence: [], orgCode: 'hz-czj' } as never);
  await c.plans.progress.accept(p, a, finance.id, { note: '经核查，已按要求公开，同意销号。' });
  const site = task('二/(四)/7');
  await c.plans.progress.progress(p, a, site.id, { text: '已完成栏目梳理方案，正在调整栏目设置。', percent: 60, evidence: [], orgCode: 'hz-bgs' } as never);
}

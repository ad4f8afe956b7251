// 季度通报 and 考核评分 in the admin console and on the portal, in a real browser (Debian chromium). Set up through the
// API: 菏泽市 adopts a plan of this year with four tasks — 一/1 (市财政局) closed on time, 一/2 (市教育局) past its due
// date at 50%, 二/1 (市卫生健康委, 市财政局 responsible) in progress, 二/2 (市教育局) not started. The office (gkb)
// generates the bulletin of the running quarter (figures as of today), reads the per-unit table, the overdue list and
// the ranking, edits 文号 and 结束语, regenerates the figures, publishes it and finds it on the portal (axe: no
// violations). Then it sets two indicators (a server refusal shown beside its field first), computes the task one,
// enters a manual score for 市财政局 inline (the server's note rule shown beside the field), opens the unit's breakdown,
// is refused publication while cells are empty, has the others scored, publishes and checks the public results page.
// The app runs on the real date (browser cookies, see test/support/browser.ts): every date is relative to today.
// Subtests run in order and build on each other. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { adminConsoleSuite, axeAtRest, beijingDate, clickFor, ensureNextYearCalendar, fieldError, menuItems, pick } from '../support/admin-pages.js';
import { runAxe, screenshot } from '../support/browser.js';
import { byDate, planActions, task } from '../support/plans.js';
import type { Session, TestApp } from '../support/test-app.js';

const TODAY = beijingDate(0);
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = Math.floor((Number(TODAY.slice(5, 7)) - 1) / 3) + 1;
const QUARTER_NAME = ['第一季度', '第二季度', '第三季度', '第四季度'][QUARTER - 1]!;
const TITLE = `${YEAR}年菏泽市政务公开工作要点分工方案`;
const BULLETIN_TITLE = `菏泽市${YEAR}年${QUARTER_NAME}政务公开工作任务落实情况通报`;
const NUMBER = `菏政公开办〔${YEAR}〕9号`;
const CLOSING = '请各单位对照逾期任务清单抓紧整改，整改情况报市政务公开办。';
const NOTE = '政务公开专栏更新及时，政策解读材料丰富';

interface Bulletin {
  id: number;
  status: string;
  version: number;
  number: string | null;
  closing: string;
  asOf: string;
  portalUrl: string | null;
  totals: { tasks: number; closed: number; overdue: number; completionRate: number | null };
}
interface Assessment {
  version: number;
  status: string;
  totalWeight: number;
  computedAt: string | null;
  portalUrl: string | null;
  indicators: { id: number; name: string; rule: string }[];
  units: { org: { code: string; name: string }; total: number; missing: number; scores: { indicatorId: number; score: number | null }[] }[];
}

/** The cell texts of the row of `unit` in the table with this test id. */
const rowTexts = async (page: Page, testId: string, unit: string) =>
  (await page.getByTestId(testId).locator(`tr[data-unit="${unit}"] td`).allInnerTexts()).map((s) => s.trim());

/** Opens the popconfirm of `button` and presses its OK button named `ok`, resolving with the response. */
async function confirm(page: Page, button: string, ok: string, method: string, url: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const pop = page.locator('.ant-popconfirm:visible');
  await pop.waitFor();
  await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().includes(url) && r.request().method() === method), pop.getByRole('button', { name: ok }).click()]);
  return res;
}

describe('季度通报 and 考核评分: generate, edit, publish; indicators, compute, score, publish', () => {
  let gkb: Session;
  let t: TestApp;
  let bulletin: Bulletin;

  const suite = adminConsoleSuite(async (app) => {
    t = app;
    await ensureNextYearCalendar(t);
    gkb = await t.login('gkb');
    const plans = planActions(t);
    const plan = await plans.adopted({
      year: YEAR,
      title: TITLE,
      docNumber: `菏政办字〔${YEAR}〕8号`,
      tasks: [
        task(['一', '1'], '公开财政预决算', { lead: ['市财政局'], deadline: byDate(beijingDate(-30)) }),
        task(['一', '2'], '公开招生政策', { lead: ['市教育局'], deadline: byDate(beijingDate(14)) }),
        task(['二', '1'], '公开医疗服务价格', { lead: ['市卫生健康委'], responsible: ['市财政局'], deadline: byDate(beijingDate(-30)) }),
        task(['二', '2'], '公开教育经费', { lead: ['市教育局'], deadline: byDate(beijingDate(-45)) }),
      ],
    });
    const call = async (id: number, action: string, body: Record<string, unknown>) => {
      const r = await plans.as('gkb', 'POST', `/api/v1/plan-tasks/${id}/${action}`, body);
      assert.equal(r.statusCode, 200, `${action}: ${r.body}`);
    };
    await call(plans.taskOf(plan, '一/1').id, 'submit', { text: '预决算已在门户网站公开', orgCode: 'hz-czj' });
    await call(plans.taskOf(plan, '一/1').id, 'accept', {});
    await call(plans.taskOf(plan, '一/2').id, 'progress', { text: '招生政策正在起草', percent: 50, orgCode: 'hz-jyj' });
    await call(plans.taskOf(plan, '二/1').id, 'progress', { text: '价格目录正在整理', percent: 40, orgCode: 'hz-wjw' });
  });
  const { withPage, signIn } = suite;

  it('the office generates the bulletin of the running quarter and reads its figures', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      const menu = await menuItems(page);
      for (const name of ['分工方案', '季度通报', '考核评分']) assert.ok(menu.includes(name), `gkb menu has ${name}: ${menu.join('、')}`);
      await page.getByRole('menuitem', { name: '季度通报', exact: true }).click();
      await page.waitForURL('**/admin/plans/bulletins');
      await page.getByRole('heading', { level: 1, name: '季度通报' }).waitFor();
      await page.getByTestId('bulletins-table').getByText('暂无季度通报').waitFor();
      await axeAtRest(page, 'bulletin list (empty)');

      await page.getByRole('button', { name: '生成通报' }).click();
      const dlg = page.getByRole('dialog', { name: '生成季度通报' });
      await dlg.waitFor();
      assert.equal(await dlg.getByLabel('年度', { exact: true }).inputValue(), String(YEAR));
      assert.ok(await dlg.getByRole('radio', { name: QUARTER_NAME }).isChecked(), 'the running quarter by default');
      await dlg.getByText('菏泽市人民政府', { exact: true }).waitFor(); // the user's organisation by default
      assert.deepEqual(
        (await runAxeDialog(page)).map((v) => `${v.id} [${v.impact}]`),
        [],
        'axe: no serious violations in the dialog',
      );
      const generated = await clickFor<Bulletin & { title: string }>(page, 'POST', '/api/v1/plan-bulletins', () => dlg.getByRole('button', { name: '生成' }).click());
      bulletin = generated;
      assert.equal(generated.title, BULLETIN_TITLE);
      assert.deepEqual([generated.status, generated.version, generated.asOf], ['draft', 1, TODAY], 'a running quarter is reported as of today');
      await page.waitForURL(`**/admin/plans/bulletins/${generated.id}`);
      await page.getByTestId('bulletin-title').getByText(BULLETIN_TITLE).waitFor();
      assert.equal((await page.getByTestId('bulletin-status').innerText()).trim(), '草稿');

      // Totals: 4 tasks, 1 closed (on time), 2 in progress, 1 not started, 1 overdue → 25%.
      assert.deepEqual([generated.totals.tasks, generated.totals.closed, generated.totals.overdue, generated.totals.completionRate], [4, 1, 1, 25]);
      assert.equal((await page.getByTestId('total-completion').innerText()).trim(), '25%');
      // Per unit: 序号 单位 任务数 已销号 其中按期 推进中 未启动 逾期 完成率 按期完成率 排名
      assert.deepEqual(await rowTexts(page, 'units-table', '菏泽市财政局'), ['1', '菏泽市财政局', '2', '1', '1', '1', '0', '0', '50%', '50%', '1']);
      assert.deepEqual(await rowTexts(page, 'units-table', '菏泽市教育局'), ['2', '菏泽市教育局', '2', '0', '0', '1', '1', '1', '0%', '0%', '2']);
      assert.deepEqual((await rowTexts(page, 'units-table', '菏泽市卫生健康委员会')).slice(2), ['1', '0', '0', '1', '0', '0', '0%', '0%', '2'], 'a tie on 0%: the same rank');
      assert.match(await page.getByTestId('units-table').locator('.ant-table-summary').innerText(), /合计（按任务计）\s+4\s+1\s+1\s+2\s+1\s+1\s+25%\s+25%/);
      assert.equal(await page.getByTestId('rate-chart').getByTestId('chart-row').count(), 3);
      const overdue = page.getByTestId('overdue-table').locator('tbody tr.ant-table-row');
      assert.equal(await overdue.count(), 1);
      assert.match(await overdue.innerText(), /一\/2 公开招生政策[\s\S]*菏泽市教育局[\s\S]*未完成，已逾期14天[\s\S]*推进中，进度50%/);
      assert.deepEqual(
        (await page.getByTestId('ranking-table').locator('tbody tr.ant-table-row').allInnerTexts()).map((r) => r.split(/\s+/).slice(0, 2).join(' ')),
        ['1 菏泽市财政局', '2 菏泽市教育局', '2 菏泽市卫生健康委员会'],
      );
      await axeAtRest(page, 'bulletin figures');
      await screenshot(page, 'plan-bulletin-figures');
    });
  });

  it('edits 文号 and 结束语 with the version, regenerates the figures, downloads the DOCX and publishes', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto(`/admin/plans/bulletins/${bulletin.id}`);
      await page.getByTestId('bulletin-title').waitFor();
      await page.getByRole('tab', { name: '通报文字' }).click();
      await page.getByLabel('文号', { exact: true }).fill(NUMBER);
      await page.getByLabel('结束语', { exact: true }).fill(CLOSING);
      assert.ok(await page.getByRole('button', { name: '发布', exact: true }).isDisabled(), 'unsaved texts: publish waits');
      const saved = await clickFor<Bulletin>(page, 'PUT', `/api/v1/plan-bulletins/${bulletin.id}`, () => page.getByRole('button', { name: '保存', exact: true }).click());
      assert.deepEqual([saved.version, saved.number, saved.closing], [2, NUMBER, CLOSING]);
      await page.getByTestId('bulletin-facts').getByText(NUMBER).waitFor();
      assert.equal(await page.getByLabel('结束语', { exact: true }).inputValue(), CLOSING, 'the saved text stays in the form');
      await axeAtRest(page, 'bulletin texts');

      const regenerated = await confirm(page, '重新生成数据', '重新生成', 'POST', `/api/v1/plan-bulletins/${bulletin.id}/regenerate`);
      assert.equal(regenerated.status(), 200);
      const r = (await regenerated.json()) as Bulletin;
      assert.deepEqual([r.version, r.number, r.totals.tasks], [3, NUMBER, 4], 'figures again, texts kept');

      const docxHref = await page.getByTestId('download-docx').getAttribute('href');
      assert.equal(docxHref, `/api/v1/plan-bulletins/${bulletin.id}.docx`);
      const docx = await page.request.get(docxHref!);
      assert.equal(docx.status(), 200);
      assert.equal(docx.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');

      const published = await confirm(page, '发布', '发布', 'POST', `/api/v1/plan-bulletins/${bulletin.id}/publish`);
      assert.equal(published.status(), 200, await published.text());
      bulletin = (await published.json()) as Bulletin;
      assert.deepEqual([bulletin.status, bulletin.portalUrl], ['published', `/xxgk/plans/bulletins/${bulletin.id}`]);
      await page.getByTestId('bulletin-status').getByText('已发布').waitFor();
      assert.equal(await page.getByTestId('public-link').getAttribute('href'), `/xxgk/plans/bulletins/${bulletin.id}`);
      assert.equal(await page.getByRole('button', { name: '重新生成数据' }).count(), 0, 'published: final');
      assert.ok(await page.getByLabel('文号', { exact: true }).isDisabled());
      await axeAtRest(page, 'bulletin published');
      await screenshot(page, 'plan-bulletin-published');

      await page.getByRole('link', { name: '返回通报列表' }).click();
      await page.waitForURL('**/admin/plans/bulletins');
      const row = page.getByTestId('bulletins-table').getByRole('row').filter({ hasText: BULLETIN_TITLE });
      await row.waitFor();
      assert.equal((await row.getByTestId('bulletin-status').innerText()).trim(), '已发布');
      assert.match(await row.innerText(), new RegExp(`${QUARTER_NAME}[\\s\\S]*全部已下达方案[\\s\\S]*${TODAY}`));
    });
  });

  it('the published bulletin on the portal: its tables, and no axe violations', async () => {
    await withPage(async (page) => {
      const res = await page.goto(`/xxgk/plans/bulletins/${bulletin.id}`);
      assert.equal(res?.status(), 200);
      assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), BULLETIN_TITLE);
      const units = page.locator('table').filter({ has: page.locator('caption', { hasText: '各单位任务完成情况' }) });
      assert.match(await units.innerText(), /菏泽市财政局[\s\S]*50%/);
      assert.match(await page.locator('main').innerText(), new RegExp(CLOSING));
      const violations = await runAxe(page);
      assert.deepEqual(violations.map((v) => `${v.id} [${v.impact}] ${v.help}`), [], 'axe: no violations on the public bulletin');
      await screenshot(page, 'plan-bulletin-portal');
    });
  });

  it('考核: sets two indicators (a refusal shown beside its field), computes, scores by hand inline and opens a breakdown', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '考核评分', exact: true }).click();
      await page.waitForURL('**/admin/plans/assessment');
      await page.getByRole('heading', { level: 1, name: '考核评分' }).waitFor();
      await page.getByTestId('assessment-title').getByText(`菏泽市人民政府${YEAR}年度考核`).waitFor();
      assert.equal((await page.getByTestId('assessment-status').innerText()).trim(), '未设置');
      await axeAtRest(page, 'assessment (empty)');

      await page.getByRole('button', { name: '添加指标' }).click();
      await page.getByLabel('指标1名称', { exact: true }).fill('任务按期完成率');
      await page.getByLabel('指标1分值', { exact: true }).fill('60');
      await pick(page, '指标1评分规则', '任务按期完成率（平台计算）');
      await page.getByLabel('指标1评分说明', { exact: true }).fill('按期销号任务数 ÷ 承担任务数 × 60');
      await page.getByRole('button', { name: '添加指标' }).click();
      await page.getByLabel('指标2名称', { exact: true }).fill('政务公开工作质量');
      await page.getByLabel('指标2分值', { exact: true }).fill('0');
      // Reorder and back: the rows move with their values.
      await page.getByRole('button', { name: '下移指标1' }).click();
      assert.equal(await page.getByLabel('指标1名称', { exact: true }).inputValue(), '政务公开工作质量');
      await page.getByRole('button', { name: '上移指标2' }).click();
      assert.equal(await page.getByLabel('指标1名称', { exact: true }).inputValue(), '任务按期完成率');
      await page.getByRole('button', { name: '添加指标' }).click();
      await page.getByRole('button', { name: '删除指标3' }).click();
      assert.equal(await page.getByTestId('indicator-row').count(), 2);

      // 分值 0: the server's message beside the field.
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/assessments/indicators') && r.request().method() === 'PUT'),
        page.getByRole('button', { name: '保存指标' }).click(),
      ]);
      assert.equal(refused.status(), 400);
      assert.equal(await fieldError(page.locator('form#indicators'), '指标2分值'), '分值应大于0');
      await page.getByTestId('indicators-error').waitFor();
      await page.getByLabel('指标2分值', { exact: true }).fill('40');
      const saved = await clickFor<Assessment>(page, 'PUT', '/api/v1/assessments/indicators', () => page.getByRole('button', { name: '保存指标' }).click());
      assert.deepEqual([saved.totalWeight, saved.indicators.map((i) => [i.name, i.rule])], [100, [['任务按期完成率', 'computed:taskOnTime'], ['政务公开工作质量', 'manual']]]);
      await page.getByTestId('assessment-status').getByText('草稿').waitFor();
      assert.equal((await page.getByTestId('weight-total').innerText()).trim(), '2项指标，合计100分');

      const computed = await clickFor<Assessment>(page, 'POST', '/api/v1/assessments/compute', () => page.getByRole('button', { name: '计算得分' }).click());
      assert.ok(computed.computedAt);
      const czj = computed.units.find((u) => u.org.code === 'hz-czj')!;
      assert.deepEqual(czj.scores.map((s) => s.score), [30, null], '市财政局: 1 of 2 tasks closed on time → 30 of 60');

      await page.getByRole('tab', { name: '得分与排名' }).click();
      const matrix = page.getByTestId('score-matrix');
      await matrix.waitFor();
      const cell = (unit: string, indicator: string) => matrix.locator(`[data-testid="score-cell"][data-unit="${unit}"][data-indicator="${indicator}"]`);
      assert.equal((await cell('hz-czj', '任务按期完成率').innerText()).trim(), '30');
      assert.equal((await cell('hz-jyj', '任务按期完成率').innerText()).trim(), '0');
      assert.equal((await cell('hz-fgw', '任务按期完成率').innerText()).trim(), '60', 'no tasks: the full weight');
      assert.equal((await cell('hz-czj', '政务公开工作质量').innerText()).trim(), '未评分');
      await axeAtRest(page, 'score matrix');

      // Inline: a one-character note is refused by the server, shown beside the field; then saved.
      await page.getByRole('button', { name: '为菏泽市财政局“政务公开工作质量”评分' }).click();
      const editor = page.getByTestId('score-editor');
      await editor.getByLabel('菏泽市财政局“政务公开工作质量”得分', { exact: true }).fill('36');
      await editor.getByLabel('菏泽市财政局“政务公开工作质量”评分说明', { exact: true }).fill('好');
      const [bad] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/assessments/score') && r.request().method() === 'PUT'),
        editor.getByRole('button', { name: '保存' }).click(),
      ]);
      assert.equal(bad.status(), 400);
      assert.equal(await fieldError(editor, '菏泽市财政局“政务公开工作质量”评分说明'), '请填写评分说明（至少2个字）');
      await editor.getByLabel('菏泽市财政局“政务公开工作质量”评分说明', { exact: true }).fill(NOTE);
      const scored = await clickFor<Assessment>(page, 'PUT', '/api/v1/assessments/score', () => editor.getByRole('button', { name: '保存' }).click());
      assert.equal(scored.units.find((u) => u.org.code === 'hz-czj')!.total, 66);
      await editor.waitFor({ state: 'hidden' });
      assert.equal((await cell('hz-czj', '政务公开工作质量').innerText()).trim(), '36');
      assert.equal((await matrix.locator('tr[data-unit="hz-czj"]').getByTestId('unit-total').innerText()).trim(), '66');

      await matrix.getByRole('button', { name: '菏泽市财政局：查看得分明细' }).click();
      const drawer = page.getByRole('dialog').filter({ hasText: `菏泽市财政局 · ${YEAR}年度考核得分明细` });
      await drawer.waitFor();
      const breakdown = await drawer.getByTestId('unit-breakdown').innerText();
      assert.match(breakdown, /任务按期完成率[\s\S]*60[\s\S]*30[\s\S]*按期销号1项 \/ 承担任务2项（50%）/);
      assert.match(breakdown, new RegExp(`政务公开工作质量[\\s\\S]*40[\\s\\S]*36[\\s\\S]*${NOTE}`));
      assert.equal((await drawer.getByTestId('unit-total').innerText()).trim(), '66');
      await page.waitForTimeout(400); // the drawer's opening animation
      await screenshot(page, 'plan-assessment-breakdown');
      await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();
      await drawer.waitFor({ state: 'hidden' });
      await screenshot(page, 'plan-assessment-matrix');
    });
  });

  it('考核: publishing waits for every cell; then it is published and on the portal (no axe violations)', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto(`/admin/plans/assessment?org=heze&year=${YEAR}`);
      await page.getByTestId('assessment-title').waitFor();
      const refused = await confirm(page, '发布结果', '发布', 'POST', '/api/v1/assessments/publish');
      assert.equal(refused.status(), 422);
      assert.match(await page.getByTestId('action-error').innerText(), /尚有\d+项得分未填写或未计算[\s\S]*请完成人工评分/);
      assert.ok((await page.getByTestId('missing-cells').locator('li').count()) > 0);

      // The other units are scored (by the office, through the API), then the page is reloaded and published.
      const table = (await t.as(gkb, { method: 'GET', url: `/api/v1/assessments?org=heze&year=${YEAR}` })).json() as Assessment;
      const manual = table.indicators.find((i) => i.rule === 'manual')!;
      for (const u of table.units.filter((x) => x.missing > 0)) {
        const r = await t.as(gkb, { method: 'PUT', url: '/api/v1/assessments/score', payload: { orgCode: 'heze', year: YEAR, indicatorId: manual.id, unitCode: u.org.code, score: 30, note: '按要求完成政务公开工作' } });
        assert.equal(r.statusCode, 200, r.body);
      }
      await page.reload();
      await page.getByTestId('assessment-title').waitFor();
      const published = await confirm(page, '发布结果', '发布', 'POST', '/api/v1/assessments/publish');
      assert.equal(published.status(), 200, await published.text());
      const v = (await published.json()) as Assessment;
      assert.deepEqual([v.status, v.portalUrl], ['published', `/xxgk/plans/assessment/heze/${YEAR}`]);
      await page.getByTestId('assessment-status').getByText('已发布').waitFor();
      assert.equal(await page.getByTestId('public-link').getAttribute('href'), `/xxgk/plans/assessment/heze/${YEAR}`);
      assert.equal(await page.getByRole('button', { name: '计算得分' }).count(), 0, 'published: final');
      await page.getByRole('tab', { name: '得分与排名' }).click();
      assert.equal(await page.getByRole('button', { name: '为菏泽市财政局“政务公开工作质量”评分' }).count(), 0);
      await axeAtRest(page, 'assessment published');

      const res = await page.goto(`/xxgk/plans/assessment/heze/${YEAR}`);
      assert.equal(res?.status(), 200);
      assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), `菏泽市人民政府${YEAR}年度政务公开工作考核结果`);
      const results = page.locator('table').filter({ has: page.locator('caption', { hasText: '各单位得分明细' }) });
      const czjRow = results.getByRole('row').filter({ hasText: '菏泽市财政局' });
      assert.match(await czjRow.innerText(), /菏泽市财政局\s+30\s+36\s+66/);
      assert.match(await page.locator('main').innerText(), new RegExp(NOTE));
      const violations = await runAxe(page);
      assert.deepEqual(violations.map((v) => `${v.id} [${v.impact}] ${v.help}`), [], 'axe: no violations on the public results');
      await screenshot(page, 'plan-assessment-portal');
    });
  });
});

/** axe on a page with a dialog open (axeAtRest waits for dialogs to close): serious or critical violations only. */
async function runAxeDialog(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-spin-spinning'));
  await page.waitForTimeout(300);
  return (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

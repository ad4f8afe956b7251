// 分工方案 in the admin console, in a real browser (Debian chromium): the city office (gkb) pastes the 2021 菏泽 plan
// (shared fixture) into 导入, sees the extracted tasks beside the source with each unit's resolution (市政府办公室
// matched, 各县区政府、管委会 expanding to 2 units, 市城管局 kept as text), corrects 二/(六)/2 (a new deadline, 市财政局 as
// 牵头单位), saves the draft (市财政局 now matched) and adopts it. 菏泽市财政局's editor (the unit of 二/(六)/2, and
// one of 市政府各部门、单位) reports progress with a link as evidence and asks for acceptance; gkb accepts it (已销号) and
// returns 二/(四)/1 with a reason (推进中 again). axe on the preview, the ledger and the task page. Subtests run in
// order and build on each other; the app runs on the real date, so the plan's 2021 dates are all past (逾期).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { adminConsoleSuite, axeAtRest, beijingDate, clickFor, fieldError, menuItems, pick, setDate } from '../support/admin-pages.js';
import { screenshot } from '../support/browser.js';
import type { Session } from '../support/test-app.js';

const TEXT = readFileSync(new URL('../../../shared/fixtures/plans/heze-2021.txt', import.meta.url), 'utf8');
const TITLE = '2021年菏泽市政务公开攻坚提升行动实施方案';
/** The corrected deadline: six weeks from today (not overdue while the test runs). */
const DUE = beijingDate(-42);
const DUE_RAW = `${Number(DUE.slice(0, 4))}年${Number(DUE.slice(5, 7))}月${Number(DUE.slice(8, 10))}日前`;
const LINK = 'https://www.heze.gov.cn/czj/zwgk/2021.html';

interface Plan {
  id: number;
  status: string;
  version: number;
  tasks: { id: number; pathLabel: string; dueOn: string | null; units: Record<string, { name: string; code: string | null }[]> }[];
}

const previewTask = (page: Page, path: string) => page.locator(`[data-testid="preview-task"][data-path="${path}"]`);
const unitTag = (page: Page, scope: string, name: string) => page.locator(`${scope} [data-unit-name="${name}"]`).first();

describe('分工方案: import, correct, adopt; report, submit, accept, return', () => {
  let plan: Plan;
  let editor: Session;
  const suite = adminConsoleSuite(async (t) => {
    editor = await t.login('editor');
  });
  const { withPage, signIn } = suite;
  const taskId = (path: string) => {
    const found = plan.tasks.find((x) => x.pathLabel === path);
    assert.ok(found, `task ${path}`);
    return found.id;
  };

  it('the office pastes the plan, checks the preview, corrects a task, saves the draft and adopts it', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      const menu = await menuItems(page);
      for (const name of ['分工方案', '导入方案', '方案台账', '我的任务']) assert.ok(menu.includes(name), `gkb menu has ${name}: ${menu.join('、')}`);
      await page.getByRole('menuitem', { name: '导入方案', exact: true }).click();
      await page.waitForURL('**/admin/plans/import');
      await page.getByRole('heading', { level: 1, name: '导入分工方案' }).waitFor();
      await page.getByLabel('方案全文', { exact: true }).fill(TEXT);
      const parsed = await clickFor<{ plan: { tasks: unknown[] } }>(page, 'POST', '/api/v1/plans/parse', () => page.getByRole('button', { name: '解析' }).click());
      assert.ok(parsed.plan.tasks.length >= 20, `${parsed.plan.tasks.length} tasks`);

      // The preview: the fields from the text, the source on the left, the tasks by outline on the right.
      assert.equal(await page.getByLabel('方案标题', { exact: true }).inputValue(), TITLE);
      assert.equal(await page.getByLabel('文号', { exact: true }).inputValue(), '菏政办字〔2021〕35号');
      assert.equal(await page.getByLabel('年度', { exact: true }).inputValue(), '2021');
      await page.getByText(`提取的任务（${parsed.plan.tasks.length}项）`).waitFor();
      assert.match(await page.getByTestId('source-text').innerText(), /为贯彻落实市委、市政府决策部署/);
      const first = previewTask(page, '二/(一)/1');
      assert.match(await first.innerText(), /建立“大公开”工作机制[\s\S]*2021年8月10日前[\s\S]*限期完成[\s\S]*2021-08-10/);
      const bgs = unitTag(page, '[data-path="二/(六)/2"]', '市政府办公室');
      assert.equal(await bgs.getAttribute('data-unit-status'), 'matched');
      const counties = unitTag(page, '[data-path="二/(一)/1"]', '各县区政府、管委会');
      assert.equal(await counties.getAttribute('data-unit-status'), 'collective');
      assert.match(await counties.innerText(), /展开为2个单位/);
      const cgj = unitTag(page, '[data-path="二/(二)/3"]', '市城管局');
      assert.equal(await cgj.getAttribute('data-unit-status'), 'text');
      assert.match(await cgj.innerText(), /未匹配，保留文字/);
      await previewTask(page, '二/(六)/2').getByRole('button', { name: '在原文中定位任务 二/(六)/2' }).click();
      assert.match(await page.getByTestId('source-text').locator('[data-line][style]').innerText(), /做好政务公开宣传/);
      await axeAtRest(page, 'plan import preview');
      await screenshot(page, 'plan-import-preview');

      // Correct 二/(六)/2: a deadline six weeks ahead, and 市财政局 as 牵头单位.
      await previewTask(page, '二/(六)/2').getByRole('button', { name: '修改任务 二/(六)/2' }).click();
      const dlg = page.getByRole('dialog', { name: '修改任务 二/(六)/2' });
      await dlg.waitFor();
      await dlg.getByLabel('完成时限（原文）', { exact: true }).fill(DUE_RAW);
      await pick(page, '时限类型', '限期完成');
      await setDate(page, '完成日期', DUE);
      await dlg.getByRole('button', { name: '添加牵头单位' }).click();
      await dlg.getByLabel('牵头单位1', { exact: true }).fill('市财政局');
      await dlg.getByRole('button', { name: '确定' }).click();
      await dlg.waitFor({ state: 'hidden' });
      const corrected = previewTask(page, '二/(六)/2');
      assert.match(await corrected.getByTestId('task-deadline').innerText(), new RegExp(`${DUE_RAW}[\\s\\S]*限期完成[\\s\\S]*${DUE}`));
      await unitTag(page, '[data-path="二/(六)/2"] [data-role="lead"]', '市财政局').waitFor();

      // 保存为草稿: the draft's page, where 市财政局 is matched to 菏泽市财政局.
      const draft = await clickFor<Plan>(page, 'POST', '/api/v1/plans', () => page.getByRole('button', { name: '保存为草稿' }).click());
      assert.equal(draft.status, 'draft');
      await page.waitForURL(`**/admin/plans/${draft.id}`);
      await page.getByTestId('plan-status').getByText('草稿').waitFor();
      const czj = unitTag(page, '[data-path="二/(六)/2"] [data-role="lead"]', '市财政局');
      await page.waitForFunction((el) => el?.getAttribute('data-unit-status') === 'matched', await czj.elementHandle());
      const t62 = draft.tasks.find((x) => x.pathLabel === '二/(六)/2')!;
      assert.deepEqual(t62.units.lead.map((u) => u.code), ['hz-czj']);
      assert.equal(t62.dueOn, DUE);

      // 采用, confirmed: the plan is adopted and shows its ledger.
      await page.getByRole('button', { name: '采用', exact: true }).click();
      const confirm = page.locator('.ant-modal-confirm:visible');
      await confirm.waitFor();
      await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
      plan = await clickFor<Plan>(page, 'POST', `/api/v1/plans/${draft.id}/adopt`, () => confirm.getByRole('button', { name: '采用' }).click());
      assert.equal(plan.status, 'adopted');
      await page.getByTestId('plan-status').getByText('已下达').waitFor();
      await page.getByTestId('ledger-table').getByRole('link', { name: /^任务 二\/\(六\)\/2/ }).waitFor();
    });
  });

  it('the ledger: 逾期 in red, filters by view and unit, the XLSX export, the summary by unit', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '方案台账', exact: true }).click();
      await page.waitForURL('**/admin/plans');
      const row = page.getByTestId('plans-table').getByRole('row').filter({ hasText: TITLE });
      await row.waitFor();
      assert.equal((await row.getByTestId('plan-status').innerText()).trim(), '已下达');
      const overdue = Number((await row.getByTestId('plan-overdue').innerText()).trim());
      assert.ok(overdue >= 10, `${overdue} overdue`);
      await row.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/admin/plans/${plan.id}`);
      const table = page.getByTestId('ledger-table');
      const late = table.locator('tr[data-overdue="true"]').filter({ hasText: '二/(一)/1' });
      await late.waitFor();
      assert.equal((await late.getByTestId('task-status').innerText()).trim(), '逾期');
      assert.equal(await table.locator('tr[data-overdue="true"]').filter({ hasText: '二/(六)/2' }).count(), 0, 'the corrected deadline lies ahead');
      await axeAtRest(page, 'plan ledger');
      await screenshot(page, 'plan-ledger');

      await clickFor(page, 'GET', `/api/v1/plans/${plan.id}/tasks?view=overdue`, () => page.locator('#ledgerFilter').getByText('逾期', { exact: true }).click());
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-table"] tr[data-row-key]').length > 0);
      const rows = table.locator('tr[data-row-key]');
      assert.equal(await rows.count(), await table.locator('tr[data-overdue="true"]').count(), 'only overdue tasks');
      assert.equal(await page.getByTestId('export-ledger').getAttribute('href'), `/api/v1/plans/${plan.id}/ledger.xlsx?status=overdue`);
      await clickFor(page, 'GET', `/api/v1/plans/${plan.id}/tasks?view=overdue&org=hz-czj`, () =>
        page.getByTestId('unit-summary').getByRole('button', { name: '只看菏泽市财政局的任务' }).click(),
      );
      const href = await page.getByTestId('export-ledger').getAttribute('href');
      assert.equal(href, `/api/v1/plans/${plan.id}/ledger.xlsx?status=overdue&org=hz-czj`);
      const xlsx = await page.request.get(href!);
      assert.equal(xlsx.status(), 200);
      assert.equal(xlsx.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    });
  });

  it('菏泽市财政局 reports progress with a link and asks for acceptance', async () => {
    const id = taskId('二/(六)/2');
    await withPage(async (page) => {
      await signIn(page, 'editor');
      await page.getByRole('menuitem', { name: '我的任务', exact: true }).click();
      await page.waitForURL('**/admin/plans/mine');
      const link = page.getByTestId('ledger-table').getByRole('link', { name: /^任务 二\/\(六\)\/2/ });
      await link.click();
      await page.waitForURL(`**/admin/plans/tasks/${id}`);
      await page.getByTestId('task-heading').getByText('做好政务公开宣传').waitFor();
      assert.equal((await page.getByTestId('task-status').first().innerText()).trim(), '未启动');
      assert.equal(await page.getByRole('button', { name: '验收销号' }).count(), 0, 'a unit does not accept');

      await page.getByRole('button', { name: '报送进展' }).click();
      const dlg = page.getByRole('dialog', { name: '报送进展' });
      await dlg.waitFor();
      await dlg.getByLabel('进展情况', { exact: true }).fill('已在门户网站开设政务公开宣传专栏，发布解读材料12篇');
      await dlg.getByLabel('完成进度（%）', { exact: true }).fill('60');
      await page.waitForFunction(() => document.querySelector('[role="dialog"] [role="slider"]')?.getAttribute('aria-valuenow') === '60');
      await dlg.getByLabel('链接地址', { exact: true }).fill(LINK);
      await dlg.getByLabel('链接说明', { exact: true }).fill('政务公开宣传专栏');
      await dlg.getByRole('button', { name: '添加链接' }).click();
      await dlg.getByTestId('evidence-item').getByText(LINK).waitFor();
      await dlg.getByText('文件', { exact: true }).click();
      const uploaded = await clickFor<{ fileKey: string }>(page, 'POST', `/api/v1/plan-tasks/${id}/evidence`, () =>
        dlg.getByLabel('上传佐证文件', { exact: true }).setInputFiles({ name: '宣传专栏截图说明.txt', mimeType: 'text/plain', buffer: Buffer.from('政务公开宣传专栏开设情况\n') }),
      );
      await dlg.getByTestId('evidence-item').getByText(/宣传专栏截图说明\.txt/).waitFor();
      const reported = await clickFor<{ task: { status: string; percent: number } }>(page, 'POST', `/api/v1/plan-tasks/${id}/progress`, () => dlg.getByRole('button', { name: '报送' }).click());
      assert.equal(reported.task.status, 'in_progress');
      assert.equal(reported.task.percent, 60);
      await dlg.waitFor({ state: 'hidden' });
      const event = page.locator('[data-testid="task-event"][data-type="progress"]');
      await event.waitFor();
      assert.equal(await event.getByRole('link', { name: '政务公开宣传专栏' }).getAttribute('href'), LINK);
      assert.match(await event.innerText(), /菏泽市财政局[\s\S]*李编辑/);
      const file = event.getByRole('link', { name: /宣传专栏截图说明\.txt/ });
      assert.equal(await file.getAttribute('href'), `/api/v1/plan-tasks/${id}/evidence/${uploaded.fileKey}`);
      assert.equal((await page.request.get((await file.getAttribute('href'))!)).status(), 200);
      assert.equal((await page.getByTestId('task-status').first().innerText()).trim(), '推进中');
      await axeAtRest(page, 'plan task page');
      await screenshot(page, 'plan-task');

      await page.getByRole('button', { name: '申请验收' }).click();
      const sub = page.getByRole('dialog', { name: '完成，申请验收' });
      await sub.waitFor();
      await sub.getByRole('button', { name: '申请验收' }).click();
      assert.equal(await fieldError(sub, '完成情况'), '请填写完成情况');
      await sub.getByLabel('完成情况', { exact: true }).fill('宣传专栏已建成并持续更新，申请验收');
      await clickFor(page, 'POST', `/api/v1/plan-tasks/${id}/submit`, () => sub.getByRole('button', { name: '申请验收' }).click());
      await page.getByTestId('task-status').first().getByText('已完成（待验收）').waitFor();
      await page.getByTestId('task-actions-none').getByText('已申请验收，等待政务公开办验收。').waitFor();
    });
    // The editor also finishes 二/(四)/1 (one of 市政府各部门、单位), which the office will send back.
    const r = await suite.server.t.as(editor, { method: 'POST', url: `/api/v1/plan-tasks/${taskId('二/(四)/1')}/submit`, payload: { text: '已明确政策解读范围，申请验收' } });
    assert.equal(r.statusCode, 200, r.body);
  });

  it('the office accepts one task (已销号) and returns another with a reason (推进中 again)', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      const accepted = taskId('二/(六)/2');
      await page.goto(`/admin/plans/tasks/${accepted}`);
      await page.getByRole('button', { name: '验收销号' }).click();
      const dlg = page.getByRole('dialog', { name: '验收销号' });
      await dlg.waitFor();
      await dlg.getByLabel('验收意见', { exact: true }).fill('专栏内容完整，同意销号');
      const done = await clickFor<{ task: { status: string } }>(page, 'POST', `/api/v1/plan-tasks/${accepted}/accept`, () => dlg.getByRole('button', { name: '验收通过并销号' }).click());
      assert.equal(done.task.status, 'closed');
      await page.getByTestId('task-status').first().getByText('已销号').waitFor();
      await page.locator('[data-testid="task-event"][data-type="accepted"]').getByText('专栏内容完整，同意销号').waitFor();
      assert.equal(await page.getByTestId('task-actions').count(), 0, 'a closed task takes nothing');

      const returned = taskId('二/(四)/1');
      await page.goto(`/admin/plans/tasks/${returned}`);
      await page.getByTestId('task-status').first().getByText('已完成（待验收）').waitFor();
      await page.getByRole('button', { name: '退回' }).click();
      const ret = page.getByRole('dialog', { name: '退回重新整改' });
      await ret.waitFor();
      await ret.getByRole('button', { name: '退回' }).click();
      assert.equal(await fieldError(ret, '退回理由'), '请填写退回理由');
      await ret.getByLabel('退回理由', { exact: true }).fill('未附政策解读目录，请补充后再申请验收');
      const back = await clickFor<{ task: { status: string } }>(page, 'POST', `/api/v1/plan-tasks/${returned}/return`, () => ret.getByRole('button', { name: '退回' }).click());
      assert.equal(back.task.status, 'in_progress');
      await page.getByTestId('task-status').first().getByText('推进中').waitFor();
      await page.locator('[data-testid="task-event"][data-type="returned"]').getByText('退回理由：未附政策解读目录，请补充后再申请验收').waitFor();
      await axeAtRest(page, 'plan task returned');

      // 修改期限: a date for the 长期坚持 task; the due date follows.
      await page.getByRole('button', { name: '修改期限/单位' }).click();
      const edit = page.getByRole('dialog', { name: '修改任务 二/(四)/1' });
      await edit.waitFor();
      await edit.getByLabel('完成时限（原文）', { exact: true }).fill(DUE_RAW);
      await pick(page, '时限类型', '限期完成');
      await setDate(page, '完成日期', DUE);
      await edit.getByLabel('修改说明', { exact: true }).fill('按市政府要求明确完成时限');
      const patched = await clickFor<{ task: { dueOn: string } }>(page, 'PATCH', `/api/v1/plan-tasks/${returned}`, () => edit.getByRole('button', { name: '保存' }).click());
      assert.equal(patched.task.dueOn, DUE);
      await page.getByTestId('task-due').getByText(DUE).waitFor();
      await page.locator('[data-testid="task-event"][data-type="edited"]').getByText('按市政府要求明确完成时限').waitFor();
    });
  });

  it('the import page also reads an uploaded .txt, and refuses a PDF beside the field', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto('/admin/plans/import');
      await page.getByRole('tab', { name: '上传文件' }).click();
      const input = page.getByLabel('方案文件', { exact: true });
      await input.setInputFiles({ name: '方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n') });
      await page.getByRole('button', { name: '解析' }).click();
      assert.match(await fieldError(page.locator('#planSource'), '方案文件'), /请上传 \.txt.*\.docx/);
      await input.setInputFiles({ name: '实施方案.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
      const parsed = await clickFor<{ plan: { title: string } }>(page, 'POST', '/api/v1/plans/parse', () => page.getByRole('button', { name: '解析' }).click());
      assert.equal(parsed.plan.title, TITLE);
      assert.equal(await page.getByLabel('方案标题', { exact: true }).inputValue(), TITLE);
    });
  });
});

// 依申请公开 in the admin console, in a real browser (Debian chromium): the office registers an application
// received by letter (its receipt date by channel, 条例第三十一条), finds it in the list with its reply deadline,
// sends the one 补正告知 (第三十条), records the correction (a date before the last step is refused with the
// server's reason), replies 予以公开 with a letter and downloads the DOCX; a leader approves an extension
// (第三十三条第二款), an editor has no access. Subtests run in order and build on each other; the app runs on
// the real date (browser cookies), so every date is computed from today in Beijing. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { adminConsoleSuite, axeAtRest, beijingDate, clickFor, ensureNextYearCalendar, menuItems, pick, setDate } from '../support/admin-pages.js';
import { screenshot } from '../support/browser.js';
import { idNumber } from '../support/documents.js';

const ID = idNumber('37170219850312001');
const DESCRIPTION = '2025年菏泽市财政局部门决算中“三公”经费支出明细';
const INFO_LOCATION = '该信息已在本机关门户网站“政府信息公开”专栏主动公开，网址为 https://www.heze.gov.cn/czj/';

describe('依申请公开 in the admin console', () => {
  const today = beijingDate(0);
  let requestId = 0;
  let registerNo = '';
  let dueOn = '';

  const suite = adminConsoleSuite(ensureNextYearCalendar);
  const { withPage, signIn } = suite;
  const statusTag = (page: Page) => page.getByTestId('request-heading').locator('xpath=..').getByTestId('request-status');
  const waitStatus = (page: Page, label: string) =>
    page.waitForFunction((l) => document.querySelector('[data-testid="request-heading"]')?.parentElement?.querySelector('[data-testid="request-status"]')?.textContent === l, label);

  it('the office registers a letter received today and finds it in the list with its reply deadline', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      const menu = await menuItems(page);
      for (const name of ['依申请公开', '申请办理', '办理统计', '答复模板']) assert.ok(menu.includes(name), `gkb menu has ${name}: ${menu.join('、')}`);
      await page.getByRole('menuitem', { name: '申请办理', exact: true }).click();
      await page.waitForURL('**/admin/info-requests');
      await page.getByRole('heading', { level: 1, name: '依申请公开' }).waitFor();
      assert.equal(await page.getByRole('tab', { selected: true }).innerText(), '在办');
      await page.locator('.ant-table-tbody').waitFor();
      await axeAtRest(page, 'info-requests list (empty)');

      await page.getByRole('button', { name: '登记申请' }).click();
      await page.waitForURL('**/admin/info-requests/new');
      await page.getByRole('heading', { level: 1, name: '登记申请' }).waitFor();
      // The receipt date defaults to today; the rule of the chosen channel stands beside it (第三十一条).
      assert.equal(await page.getByLabel('收到申请之日', { exact: true }).inputValue(), today);
      const rule = page.getByTestId('receipt-rule');
      assert.match(await rule.innerText(), /以行政机关签收之日为收到申请之日/);
      await pick(page, '申请渠道', '当面提交');
      assert.match(await rule.innerText(), /以提交之日为收到申请之日/);
      await pick(page, '申请渠道', '信函（挂号、快递等需签收）');
      await pick(page, '受理机关', '菏泽市财政局', '财政');

      await page.getByLabel('姓名', { exact: true }).fill('张三丰');
      await page.getByLabel('身份证件号码', { exact: true }).fill(ID);
      await page.getByLabel('联系电话', { exact: true }).fill('139 0530 0001');
      await page.getByLabel('通信地址', { exact: true }).fill('菏泽市牡丹区中华路1号');
      await page.getByLabel('所需政府信息', { exact: true }).fill(DESCRIPTION);
      await axeAtRest(page, 'register form');

      const created = await clickFor<{ id: number; registerNo: string; receivedOn: string; channel: string; clock: { dueOn: string } }>(page, 'POST', '/api/v1/info-requests', () =>
        page.getByRole('button', { name: '登记', exact: true }).click(),
      );
      requestId = created.id;
      registerNo = created.registerNo;
      dueOn = created.clock.dueOn;
      assert.equal(created.receivedOn, today);
      assert.equal(created.channel, 'letter');
      assert.match(registerNo, /^\d{4}-\d{4}$/);
      assert.ok(dueOn > today, `a due date after today: ${dueOn}`);
      await page.waitForURL(`**/admin/info-requests/${requestId}`);
      await page.getByRole('heading', { level: 1, name: `政府信息公开申请 ${registerNo}` }).waitFor();
      assert.equal(await statusTag(page).innerText(), '办理中');

      await page.getByRole('link', { name: '返回申请列表' }).click();
      const row = page.getByRole('row').filter({ hasText: registerNo });
      await row.waitFor();
      assert.equal(await row.getByTestId('due-on').innerText(), dueOn);
      assert.match(await row.getByTestId('workdays-left').innerText(), /^(19|20) 个工作日$/);
      assert.match(await row.innerText(), /张\*\*[\s\S]*办理中[\s\S]*菏泽市财政局/);
      assert.ok(!(await row.innerText()).includes('张三丰'), 'the list masks the name');
      // Search by the register number; the 逾期 tab is empty.
      await page.getByLabel('关键字').fill(registerNo);
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByRole('row').filter({ hasText: registerNo }).waitFor();
      await page.getByRole('tab', { name: '逾期' }).click();
      await page.getByText('暂无申请').waitFor();
      await page.getByRole('tab', { name: '全部' }).click();
      await page.getByRole('row').filter({ hasText: registerNo }).waitFor();
      await axeAtRest(page, 'info-requests list');
      await screenshot(page, 'info-requests-list');
    });
  });

  it('sends a 补正告知, records the correction, replies 予以公开 and downloads the letter', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto('/admin/info-requests');
      await page.getByRole('link', { name: registerNo }).click();
      await page.waitForURL(`**/admin/info-requests/${requestId}`);
      const clock = page.getByTestId('clock-panel');
      assert.match(await clock.innerText(), new RegExp(`答复期限[\\s\\S]*${dueOn}[\\s\\S]*剩余工作日[\\s\\S]*已暂停工作日[\\s\\S]*0 个工作日[\\s\\S]*补正告知截止日`));
      await axeAtRest(page, 'request detail');

      // The applicant is masked; the full record is shown after a confirmation that says it is recorded.
      const applicant = page.getByTestId('applicant-card');
      assert.match(await applicant.innerText(), /张\*\*[\s\S]*3717\*{10}/);
      await applicant.getByRole('button', { name: '查看完整信息' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '查看申请人完整信息' });
      assert.match(await confirm.innerText(), /记入审计日志/);
      const revealed = await clickFor<{ revealed: boolean }>(page, 'GET', `/api/v1/info-requests/${requestId}?reveal=true`, () => confirm.getByRole('button', { name: '查看' }).click());
      assert.equal(revealed.revealed, true);
      await applicant.getByText(ID).waitFor();
      await applicant.getByText('张三丰').waitFor();

      // 补正告知: one notice listing what is missing; the clock stops.
      await page.getByRole('button', { name: '补正告知' }).click();
      let dialog = page.getByRole('dialog', { name: '补正告知' });
      await dialog.waitFor();
      assert.equal(await dialog.getByLabel('告知日期', { exact: true }).inputValue(), today);
      await dialog.getByLabel('需要补正的事项', { exact: true }).fill('请写明所需决算公开的具体年度和文件名称\n请提供身份证件复印件');
      const noticed = await clickFor<{ status: string; clock: { correctBy: string } }>(page, 'POST', `/api/v1/info-requests/${requestId}/correction-request`, () =>
        dialog.getByRole('button', { name: '发出补正告知' }).click(),
      );
      assert.equal(noticed.status, 'awaiting_correction');
      await waitStatus(page, '待补正');
      assert.match(await clock.innerText(), new RegExp(`补正期间暂停[\\s\\S]*申请人补正期限[\\s\\S]*${noticed.clock.correctBy}`));
      assert.equal(await page.getByRole('button', { name: '补正告知' }).count(), 0, 'the notice is sent once only');
      await applicant.getByText(ID).waitFor(); // still revealed after the step

      // 登记补正 dated before the notice: the server's reason is shown in the dialog; today's date is accepted.
      await page.getByRole('button', { name: '登记补正' }).click();
      dialog = page.getByRole('dialog', { name: '登记补正' });
      await dialog.waitFor();
      await setDate(page, '收到补正之日', beijingDate(1));
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/info-requests/${requestId}/correction`)),
        dialog.getByRole('button', { name: '登记' }).click(),
      ]);
      assert.equal(refused.status(), 409);
      const error = dialog.getByTestId('step-error');
      await error.waitFor();
      assert.match(await error.innerText(), /早于上一步骤的日期（\d{4}-\d{2}-\d{2}），请按时间顺序登记/);
      await screenshot(page, 'info-requests-step-refused');
      await setDate(page, '收到补正之日', today);
      const corrected = await clickFor<{ status: string; clock: { clockStart: string } }>(page, 'POST', `/api/v1/info-requests/${requestId}/correction`, () =>
        dialog.getByRole('button', { name: '登记' }).click(),
      );
      assert.equal(corrected.status, 'in_progress');
      assert.equal(corrected.clock.clockStart, today, 'the 20 working days start again from the correction');
      await waitStatus(page, '办理中');

      // 答复: 予以公开 — the template's field, the basis and a preview of the letter.
      await page.getByRole('button', { name: '答复', exact: true }).click();
      dialog = page.getByRole('dialog', { name: '答复申请' });
      await dialog.waitFor();
      await pick(page, '答复类型', '予以公开');
      const field = dialog.getByLabel('所申请信息的提供方式或获取途径', { exact: true });
      await field.waitFor();
      assert.match(await dialog.getByTestId('reply-article').innerText(), /第三十六条第（一）项、第（二）项/);
      assert.match(await dialog.innerText(), /示例：该信息已在本机关门户网站/);
      await dialog.getByRole('button', { name: '生成答复书并办结' }).click();
      await dialog.getByText('请填写所申请信息的提供方式或获取途径').waitFor(); // required, checked before sending
      await field.fill(INFO_LOCATION);
      const preview = dialog.getByTestId('reply-preview');
      // The preview follows the field through Form.useWatch, a render later than the typing: wait for it.
      await preview.getByText('本机关予以公开：该信息已在本机关门户网站', { exact: false }).waitFor();
      assert.match(await preview.innerText(), new RegExp(`${DESCRIPTION}[\\s\\S]*本机关予以公开：该信息已在本机关门户网站`));
      await screenshot(page, 'info-requests-reply');
      const replied = await clickFor<{ number: string; request: { status: string; result: string } }>(page, 'POST', `/api/v1/info-requests/${requestId}/reply`, () =>
        dialog.getByRole('button', { name: '生成答复书并办结' }).click(),
      );
      assert.equal(replied.request.status, 'closed');
      assert.equal(replied.request.result, 'disclosed');
      await waitStatus(page, '已办结');
      assert.match(await clock.innerText(), /办结日期[\s\S]*按期办结[\s\S]*办理结果[\s\S]*予以公开/);
      const events = await page.getByTestId('request-event').allInnerTexts();
      assert.deepEqual(events.map((e) => /^\D+/.exec(e)?.[0].trim()), ['签收登记', '补正告知', '收到补正', '办结'], events.join('\n'));
      assert.ok(events[3]!.includes(`予以公开，答复书 ${replied.number}`), events[3]);

      // The letter: a DOCX download (a zip) and a PDF link.
      const letters = page.getByTestId('letters-card');
      const letterRow = letters.getByRole('row').filter({ hasText: replied.number });
      await letterRow.waitFor();
      assert.equal(await letterRow.getByTestId('letter-pdf').count(), 1);
      const [download] = await Promise.all([page.waitForEvent('download'), letterRow.getByTestId('letter-docx').click()]);
      assert.equal(download.suggestedFilename(), `${replied.number}.docx`);
      const chunks: Buffer[] = [];
      for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer);
      const docx = Buffer.concat(chunks);
      assert.equal(docx.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'the DOCX is a zip');
      const href = (await letterRow.getByTestId('letter-docx').getAttribute('href'))!;
      const fetched = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return { status: r.status, type: r.headers.get('content-type') };
      }, href);
      assert.deepEqual(fetched, { status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      await page.getByRole('button', { name: '登记送达' }).waitFor();
      assert.equal(await page.getByRole('button', { name: '答复', exact: true }).count(), 0, 'no reply once closed');
      await screenshot(page, 'info-requests-closed');

      // The applicant asks for 行政复议: recorded on the request's 行政复议、行政诉讼 tab.
      await page.getByRole('tab', { name: '行政复议、行政诉讼' }).click();
      const appeals = page.getByTestId('appeals-panel');
      await appeals.getByText('没有行政复议或行政诉讼记录').waitFor();
      await appeals.getByRole('button', { name: '登记复议或诉讼' }).click();
      dialog = page.getByRole('dialog', { name: '登记行政复议或行政诉讼' });
      await dialog.waitFor();
      await setDate(page, '申请复议或起诉之日', today);
      await dialog.getByLabel('复议机关或受理法院', { exact: true }).fill('菏泽市人民政府');
      await clickFor(page, 'POST', `/api/v1/info-requests/${requestId}/appeals`, () => dialog.getByRole('button', { name: '保存' }).click());
      const appealRow = appeals.getByRole('row').filter({ hasText: '菏泽市人民政府' });
      await appealRow.waitFor();
      assert.match(await appealRow.innerText(), new RegExp(`行政复议[\\s\\S]*${today}[\\s\\S]*尚未审结`));
      await axeAtRest(page, 'closed request detail with its appeals');
    });
  });

  it('a leader approves an extension on an open request; an editor has no access', async () => {
    const { t } = suite.server;
    const gkb = await t.login('gkb');
    const res = await t.as(gkb, {
      method: 'POST',
      url: '/api/v1/info-requests',
      payload: {
        to: 'hz-czj', channel: 'in_person', receivedOn: today, delivery: 'electronic',
        applicant: { type: 'natural', name: '李四', idType: 'resident_id', idNumber: idNumber('37170219900101002'), phone: '13905300002' },
        description: '菏泽市财政局2026年政府采购意向公开目录',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const open = res.json() as { id: number; registerNo: string; clock: { dueOn: string } };

    await withPage(async (page) => {
      await signIn(page, 'leader');
      const menu = await menuItems(page);
      assert.ok(menu.includes('申请办理'), menu.join('、'));
      await page.goto('/admin/info-requests');
      await page.getByRole('link', { name: open.registerNo }).click();
      await page.waitForURL(`**/admin/info-requests/${open.id}`);
      const actions = page.getByTestId('request-actions');
      await actions.getByRole('button', { name: '延期答复' }).waitFor();
      assert.deepEqual(await actions.getByRole('button').allInnerTexts(), ['延期答复'], 'a leader only approves extensions');
      await actions.getByRole('button', { name: '延期答复' }).click();
      const dialog = page.getByRole('dialog', { name: '延期答复' });
      assert.match(await dialog.innerText(), new RegExp(`最长不得超过20个工作日[\\s\\S]*当前答复期限：${open.clock.dueOn}`));
      await dialog.getByLabel('延长工作日', { exact: true }).fill('10');
      await dialog.getByLabel('延期理由', { exact: true }).fill('需调取多个年度的采购档案进行核对');
      const extended = await clickFor<{ clock: { extendedBy: number; dueOn: string } }>(page, 'POST', `/api/v1/info-requests/${open.id}/extension`, () =>
        dialog.getByRole('button', { name: '批准延期' }).click(),
      );
      assert.equal(extended.clock.extendedBy, 10);
      assert.ok(extended.clock.dueOn > open.clock.dueOn);
      await page.getByTestId('clock-panel').getByText('批准延期 10 个工作日', { exact: false }).waitFor();
      assert.equal(await actions.getByRole('button').count(), 0, 'an extension is granted once');
    });

    await withPage(async (page) => {
      await signIn(page, 'editor');
      assert.ok(!(await menuItems(page)).includes('依申请公开'));
      await page.goto('/admin/info-requests');
      await page.getByText('无权访问').waitFor();
    });
  });

  it('shows the dashboard per handling organisation and the reply templates with their placeholders', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '办理统计', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: '办理统计' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: '菏泽市财政局' });
      await row.waitFor();
      assert.deepEqual((await row.getByRole('cell').allInnerTexts()).map((s) => s.trim()), ['菏泽市财政局', '1', '0', '0', '0']);
      await axeAtRest(page, 'info-requests dashboard');

      await page.getByRole('menuitem', { name: '答复模板', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: '答复模板' }).waitFor();
      const table = page.getByTestId('templates-table');
      await table.getByRole('row').filter({ hasText: '不予公开——属于国家秘密' }).waitFor();
      assert.equal(await table.locator('tbody tr.ant-table-row').count(), 21);
      await page.getByTestId('letter-settings').getByLabel('文号代字').waitFor();
      await axeAtRest(page, 'reply templates');
      await page.getByRole('button', { name: '修改模板：予以公开', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '修改答复模板：予以公开' });
      await dialog.waitFor();
      assert.match(await dialog.getByTestId('template-placeholders').innerText(), /\{applicantName\}[\s\S]*\{infoLocation\}[\s\S]*答复时必填/);
      await dialog.getByLabel('正文', { exact: true }).fill('太短');
      await dialog.getByRole('button', { name: '保存为新版本' }).click();
      await dialog.getByText('至少10个字').waitFor();
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
  });
});

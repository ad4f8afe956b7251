// 年度报告 in the admin console and on the portal, in a real browser (Debian chromium): 菏泽市财政局 has three
// applications received in 2025 (one disclosed, one withdrawn, one still open at year end). The office (gkb) opens
// the 2025 report, writes 一、总体情况 and 五, enters 行政许可 12, saves, sees 本年新收 3 in the table preview, drills
// down from the cell to the three requests, publishes (第1版) and finds the report on the portal with its tables;
// the supervision page shows 菏泽市财政局 as 已发布 and 逾期 (a department's report is due by 1月31日, 条例第四十九条);
// an uploaded report is checked; a leader may read but not write. Subtests run in order and build on each other.
// The app runs on the real date (browser cookies, see test/support/browser.ts), so 2025 is a past year and
// 2026-01-31 a past date. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { adminConsoleSuite, axeAtRest, beijingDate, clickFor, menuItems, pick } from '../support/admin-pages.js';
import { runAxe, screenshot } from '../support/browser.js';
import { idNumber } from '../support/documents.js';
import type { Session, TestApp } from '../support/test-app.js';

const YEAR = 2025;
/** The screens open last year's report by default. */
const LAST_YEAR = Number(beijingDate(0).slice(0, 4)) - 1;
const WORKSPACE = `/admin/annual-reports?org=hz-czj&year=${YEAR}`;
const API = `/api/v1/annual-reports/hz-czj/${YEAR}`;
const OVERVIEW = '2025年，菏泽市财政局认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。';
const PROBLEMS = '政策解读形式还不够丰富。下一步将加强图解和视频解读。';

describe('年度报告 in the admin console and on the portal', () => {
  let gkb: Session;
  const requestIds: number[] = [];

  async function register(t: TestApp, n: number, receivedOn: string): Promise<number> {
    const applicant = { type: 'natural', name: `申请人${n}`, idType: '身份证', idNumber: idNumber(`3717021980010100${n}`), phone: `1390530000${n}`, address: '菏泽市牡丹区中华路1号' };
    const r = await t.as(gkb, {
      method: 'POST',
      url: '/api/v1/info-requests',
      payload: { to: 'hz-czj', channel: 'letter', receivedOn, description: `菏泽市财政局第${n}项财政资金使用情况`, delivery: 'paper', applicant },
    });
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { id: number }).id;
  }

  const suite = adminConsoleSuite(async (t) => {
    gkb = await t.login('gkb');
    // 2025 at 菏泽市财政局 (as in test/api/annual-reports.int.test.ts): 3 received; one disclosed, one withdrawn, one open.
    requestIds.push(await register(t, 1, '2025-03-03'), await register(t, 2, '2025-06-02'), await register(t, 3, '2025-12-22'));
    const [a, b] = requestIds;
    const reply = await t.as(gkb, { method: 'POST', url: `/api/v1/info-requests/${a}/reply`, payload: { on: '2025-03-20', result: 'disclosed', fields: { infoLocation: '菏泽市财政局门户网站' } } });
    assert.equal(reply.statusCode, 200, reply.body);
    const end = await t.as(gkb, { method: 'POST', url: `/api/v1/info-requests/${b}/termination`, payload: { on: '2025-06-10', result: 'other.other', reason: '申请人来函撤回申请' } });
    assert.equal(end.statusCode, 200, end.body);
  });

  const { withPage, signIn } = suite;
  const statusText = async (page: Page) => (await page.getByTestId('report-title').locator('xpath=..').getByTestId('report-status').innerText()).trim();
  const waitStatus = (page: Page, text: string) =>
    page.waitForFunction((t) => document.querySelector('[data-testid="report-title"]')?.parentElement?.querySelector('[data-testid="report-status"]')?.textContent?.startsWith(t), text);

  it('the office writes, saves and previews the report, drills down from a cell, and publishes 第1版', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      const menu = await menuItems(page);
      for (const name of ['年度报告', '编制与发布', '下辖机构', '校验与导入']) assert.ok(menu.includes(name), `gkb menu has ${name}: ${menu.join('、')}`);
      await page.getByRole('menuitem', { name: '编制与发布', exact: true }).click();
      await page.waitForURL('**/admin/annual-reports');
      await page.getByRole('heading', { level: 1, name: '年度报告编制与发布' }).waitFor();
      // The office's own organisation first (菏泽市人民政府); 菏泽市财政局 is chosen from the tree.
      await page.getByTestId('report-title').waitFor();
      await pick(page, '机构', '菏泽市财政局', '财政');
      if (LAST_YEAR !== YEAR) await pick(page, '年度', `${YEAR}年度`);
      await page.waitForURL((u) => u.searchParams.get('org') === 'hz-czj' && u.searchParams.get('year') === String(YEAR));
      await page.getByRole('heading', { level: 2, name: `菏泽市财政局${YEAR}年政府信息公开工作年度报告` }).waitFor();
      assert.equal(await statusText(page), '未保存');
      assert.match(await page.getByTestId('report-due').innerText(), new RegExp(`${YEAR + 1}-01-31[\\s\\S]*逾期`));
      await page.getByTestId('check-result').getByText('校验通过').waitFor();
      await axeAtRest(page, 'annual report workspace (new)');

      await page.getByLabel('一、总体情况', { exact: true }).fill(OVERVIEW);
      await page.getByLabel('五、存在的主要问题及改进情况', { exact: true }).fill(PROBLEMS);
      await page.getByLabel('行政许可本年处理决定数量', { exact: true }).fill('12');
      const saved = await clickFor<{ status: string; version: number; report: { proactive: { licensing: { decisions: number } } } }>(page, 'PUT', API, () =>
        page.getByRole('button', { name: '保存', exact: true }).click(),
      );
      assert.equal(saved.status, 'draft');
      assert.equal(saved.version, 1);
      assert.equal(saved.report.proactive.licensing.decisions, 12);
      await waitStatus(page, '草稿');
      assert.equal(await page.getByLabel('一、总体情况', { exact: true }).inputValue(), OVERVIEW, 'the saved text stays in the form');

      // 表格预览: table 三 from the requests, table 二 with the entered figure.
      await page.getByRole('tab', { name: '表格预览' }).click();
      const tables = page.getByTestId('report-tables');
      await tables.waitFor();
      assert.equal((await tables.getByTestId('cell-newReceived-total').innerText()).trim(), '3');
      assert.equal((await tables.getByTestId('cell-newReceived-natural').innerText()).trim(), '3');
      assert.equal((await tables.getByTestId('cell-carriedForward-total').innerText()).trim(), '1');
      assert.equal((await tables.getByTestId('proactive-licensing').innerText()).trim(), '12');
      assert.match(await tables.getByTestId('table-requests').locator('caption').innerText(), /三、收到和处理政府信息公开申请情况/);
      assert.equal(await tables.locator('[data-failed]').count(), 0, 'no figure fails a check');
      await axeAtRest(page, 'annual report table preview');
      await screenshot(page, 'annual-report-tables');

      // Drill-down: the three requests behind 本年新收 · 总计, each linked to its page.
      const cells = await clickFor<{ total: number; items: { id: number; receivedOn: string }[] }>(page, 'GET', `${API}/cells?row=newReceived&column=total`, () =>
        tables.getByRole('button', { name: '一、本年新收政府信息公开申请数量，总计：3，查看明细' }).click(),
      );
      assert.equal(cells.total, 3);
      const drawer = page.getByRole('dialog').filter({ hasText: '表三 一、本年新收政府信息公开申请数量 · 总计' });
      await drawer.waitFor();
      await drawer.getByText('该格共计 3 件').waitFor();
      const rows = drawer.locator('.ant-table-tbody tr.ant-table-row');
      await rows.nth(2).waitFor();
      assert.equal(await rows.count(), 3);
      const text = await drawer.innerText();
      for (const d of ['2025-03-03', '2025-06-02', '2025-12-22', '予以公开', '菏泽市财政局']) assert.ok(text.includes(d), `${d} in the drill-down: ${text}`);
      for (const id of requestIds) assert.equal(await drawer.locator(`a[href="/admin/info-requests/${id}"]`).count(), 1, `request ${id} is linked`);
      await screenshot(page, 'annual-report-drilldown');
      await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();
      await drawer.waitFor({ state: 'hidden' });

      // 发布 (popconfirm), then 已发布 第1版 with its version, downloads and the portal link.
      await page.getByRole('tab', { name: '发布' }).click();
      await page.getByRole('button', { name: '发布', exact: true }).click();
      const confirm = page.locator('.ant-popconfirm:visible');
      await confirm.waitFor();
      await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
      const published = await clickFor<{ status: string; published: { version: number } }>(page, 'POST', `${API}/publish`, () =>
        confirm.getByRole('button', { name: '发布' }).click(),
      );
      assert.equal(published.status, 'published');
      assert.equal(published.published.version, 1);
      await waitStatus(page, '已发布 第1版');
      assert.equal(await statusText(page), '已发布 第1版');
      await page.getByTestId('versions').getByText('第1版').waitFor();
      assert.equal(await page.getByTestId('public-link').getAttribute('href'), `/xxgk/ndbg/hz-czj/${YEAR}`);
      assert.equal(await page.getByTestId('download-published-docx').getAttribute('href'), `${API}/export.docx?version=published`);
      assert.equal(await page.getByRole('button', { name: '重新发布' }).count(), 1, 'a published report is corrected by publishing again');
      await page.getByLabel('更正说明', { exact: true }).waitFor();
      await axeAtRest(page, 'annual report published');
      await screenshot(page, 'annual-report-published');
    });
  });

  it('the public page shows the published report with its tables, and axe finds nothing', async () => {
    await withPage(async (page) => {
      const res = await page.goto(`/xxgk/ndbg/hz-czj/${YEAR}`);
      assert.equal(res?.status(), 200);
      await page.getByRole('heading', { level: 1, name: `菏泽市财政局${YEAR}年政府信息公开工作年度报告` }).waitFor();
      const body = await page.locator('main').innerText();
      assert.ok(body.includes(OVERVIEW), 'section 一');
      assert.ok(body.includes(PROBLEMS), 'section 五');
      const requests = page.locator('table.gk-table-requests');
      const newReceived = requests.getByRole('row').filter({ hasText: '本年新收政府信息公开申请数量' });
      assert.deepEqual((await newReceived.locator('td').allInnerTexts()).map((s) => s.trim()), ['3', '0', '0', '0', '0', '0', '3']);
      const proactive = page.locator('table.gk-table-proactive');
      assert.deepEqual((await proactive.getByRole('row').filter({ hasText: '行政许可' }).locator('td').allInnerTexts()).map((s) => s.trim()), ['12']);
      assert.equal(await page.locator('table.gk-table-reviewLitigation').count(), 1);
      const violations = await runAxe(page);
      assert.deepEqual(violations.map((v) => `${v.id} [${v.impact}] ${v.help}`), [], 'axe: no violations on the public report');
      await screenshot(page, 'annual-report-portal');
    });
  });

  it('the supervision page lists 菏泽市财政局 as 已发布 and 逾期', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '下辖机构', exact: true }).click();
      await page.waitForURL('**/admin/annual-reports/supervision');
      await page.getByRole('heading', { level: 1, name: '下辖机构年度报告' }).waitFor();
      if (LAST_YEAR !== YEAR) await pick(page, '年度', `${YEAR}年度`);
      const row = page.getByTestId('supervision-table').getByRole('row').filter({ has: page.getByRole('link', { name: '菏泽市财政局', exact: true }) });
      await row.waitFor();
      assert.equal((await row.getByTestId('supervision-status').innerText()).trim(), '已发布');
      assert.equal((await row.getByTestId('supervision-late').innerText()).trim(), '逾期');
      assert.match(await row.innerText(), new RegExp(`${YEAR + 1}-01-31[\\s\\S]*通过[\\s\\S]*\\b3\\b`));
      const summary = await page.getByTestId('supervision-summary').innerText();
      assert.match(summary, /已发布\s*1\s*个/);
      await axeAtRest(page, 'annual report supervision');
      await screenshot(page, 'annual-report-supervision');
    });
  });

  it('checks an uploaded report: the published JSON passes, a changed one lists its failures', async () => {
    const exported = await suite.server.t.as(gkb, { method: 'GET', url: `${API}/export.json` });
    assert.equal(exported.statusCode, 200);
    const report = exported.json() as { requests: { rows: Record<string, number[]> } };
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto('/admin/annual-reports/check');
      await page.getByRole('heading', { level: 1, name: '年度报告校验与导入' }).waitFor();
      const card = page.getByTestId('check-card');
      await card.getByLabel('年度报告 JSON 文件', { exact: true }).setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
      await card.getByText('已读取：report.json').waitFor();
      const ok = await clickFor<{ ok: boolean }>(page, 'POST', '/api/v1/annual-reports/check', () => card.getByRole('button', { name: '校验' }).click());
      assert.equal(ok.ok, true);
      await card.getByText('校验通过').waitFor();

      report.requests.rows.disclosed = [1, 1, 0, 0, 0, 0, 1];
      await card.getByLabel('年度报告 JSON 文件', { exact: true }).setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
      await card.getByText('已读取：changed.json').waitFor();
      const bad = await clickFor<{ ok: boolean }>(page, 'POST', '/api/v1/annual-reports/check', () => card.getByRole('button', { name: '校验' }).click());
      assert.equal(bad.ok, false);
      await card.getByText('表三“三、（一）予以公开”行“总计”列为1，应等于自然人与五类法人或其他组织之和2').waitFor();
      await axeAtRest(page, 'annual report check');
    });
  });

  it('last year’s report imported from outside: the mismatch is marked, and publishing asks for 与上年不一致的说明', async () => {
    // 菏泽市教育局's 2024 report (made before the platform) carried 2 requests forward; the platform knows none.
    const live = await suite.server.t.as(gkb, { method: 'GET', url: '/api/v1/annual-reports/hz-jyj/2024/export.json?version=live' });
    assert.equal(live.statusCode, 200, live.body);
    const prev = live.json() as { requests: { rows: Record<string, number[]> } };
    for (const k of Object.keys(prev.requests.rows)) prev.requests.rows[k] = [0, 0, 0, 0, 0, 0, 0];
    prev.requests.rows.newReceived = [2, 0, 0, 0, 0, 0, 2];
    prev.requests.rows.carriedForward = [2, 0, 0, 0, 0, 0, 2];
    const api = `/api/v1/annual-reports/hz-jyj/${YEAR}`;
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.goto('/admin/annual-reports/check');
      const card = page.getByTestId('import-card');
      await card.getByLabel('年报 JSON 文件', { exact: true }).setInputFiles({ name: 'jyj-2024.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(prev)) });
      await card.getByText('已读取：jyj-2024.json').waitFor();
      await card.getByLabel('来源', { exact: true }).fill('2024年报告（网站公开版）');
      const imported = await clickFor<{ ok: boolean; format: string }>(page, 'POST', '/api/v1/annual-reports/history', () => card.getByRole('button', { name: '导入' }).click());
      assert.deepEqual([imported.ok, imported.format], [true, '2021']);
      assert.equal(await card.getByTestId('import-result').innerText(), '已导入菏泽市教育局2024年度报告（2021年格式）');
      await page.getByTestId('history-table').getByRole('row').filter({ hasText: '2024年报告（网站公开版）' }).waitFor();
      await axeAtRest(page, 'annual report import');

      await page.goto(`/admin/annual-reports?org=hz-jyj&year=${YEAR}`);
      await page.getByRole('heading', { level: 2, name: `菏泽市教育局${YEAR}年政府信息公开工作年度报告` }).waitFor();
      const check = page.getByTestId('check-result');
      await check.getByText('未通过校验（2处）').waitFor();
      assert.match(await check.innerText(), /二、上年结转政府信息公开申请数量”行“自然人”列为0，应等于2024年报告“四、结转下年度继续办理”的2/);
      await page.getByRole('tab', { name: '表格预览' }).click();
      const tables = page.getByTestId('report-tables');
      await tables.waitFor();
      for (const c of ['natural', 'total']) assert.equal(await tables.getByTestId(`cell-carriedOver-${c}`).getAttribute('data-failed'), 'true', `${c} is marked`);
      assert.equal(await tables.locator('[data-failed]').count(), 2);
      await axeAtRest(page, 'annual report with a failed check');

      await page.getByRole('tab', { name: '报告内容' }).click();
      await page.getByRole('button', { name: '采用上年文字' }).click();
      await page.locator('.ant-popconfirm:visible').waitFor();
      await page.waitForTimeout(300); // the opening animation
      await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '采用' }).click();
      await page.getByLabel('一、总体情况', { exact: true }).fill('2025年，菏泽市教育局认真贯彻《中华人民共和国政府信息公开条例》。');
      await page.getByLabel('五、存在的主要问题及改进情况', { exact: true }).fill('依申请公开答复的规范性有待提高。');
      await clickFor(page, 'PUT', api, () => page.getByRole('button', { name: '保存', exact: true }).click());
      await waitStatus(page, '草稿');

      await page.getByRole('tab', { name: '发布' }).click();
      const publishOnce = async (button: string) => {
        await page.getByRole('button', { name: button, exact: true }).click();
        const confirm = page.locator('.ant-popconfirm:visible');
        await confirm.waitFor();
        await page.waitForTimeout(300);
        const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`${api}/publish`)), confirm.getByRole('button', { name: '发布' }).click()]);
        return res;
      };
      const refused = await publishOnce('发布');
      assert.equal(refused.status(), 422);
      assert.equal(((await refused.json()) as { code: string }).code, 'ANNUAL_REPORT_PREVIOUS_MISMATCH');
      const mismatch = page.getByTestId('previous-mismatch');
      await mismatch.waitFor();
      assert.match(await mismatch.innerText(), /本报告与上年度报告不一致[\s\S]*上年结转/);
      await page.getByLabel('与上年不一致的说明', { exact: true }).fill('2024年报告在平台启用前编制，结转的2件已于2025年1月办结，未录入平台');
      await axeAtRest(page, 'annual report previous mismatch');
      await screenshot(page, 'annual-report-mismatch');
      const accepted = await publishOnce('说明原因并发布');
      assert.equal(accepted.status(), 200);
      await waitStatus(page, '已发布 第1版');
      await page.getByTestId('versions').getByText(/与上年报告不一致的说明：2024年报告在平台启用前编制/).waitFor();
    });
  });

  it('a leader reads the report but may not change or publish it', async () => {
    await withPage(async (page) => {
      await signIn(page, 'leader');
      await page.goto(WORKSPACE);
      await page.getByRole('heading', { level: 2, name: `菏泽市财政局${YEAR}年政府信息公开工作年度报告` }).waitFor();
      await page.getByText('只有政务公开办管理员可以编写和发布年度报告。').waitFor();
      assert.equal(await page.getByRole('button', { name: '保存', exact: true }).count(), 0);
      await page.getByRole('tab', { name: '发布' }).click();
      await page.getByTestId('versions').getByText('第1版').waitFor();
      assert.equal(await page.getByRole('button', { name: /发布/ }).count(), 0);
    });
  });
});

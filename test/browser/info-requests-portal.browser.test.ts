// 依申请公开 in a real browser (Debian chromium): without JavaScript a person reads how to apply, fills in
// the form, mends a mistake through the error summary, notes the code and secret, tracks the request,
// sends a 补正 and downloads the reply letter; axe-core finds no serious or critical problems on
// /yisqgk/, the form (also with errors), the acknowledgement and the status pages. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type TestServer, assertNoSeriousA11y, launchBrowser, runAxe, screenshot, startTestServer } from '../support/browser.js';
import { idNumber } from '../support/documents.js';
import type { Session } from '../support/test-app.js';

describe('依申请公开 pages in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let gkb: Session;

  before(async () => {
    server = await startTestServer();
    // No cookie is needed on these pages, so the dates can be fixed: a Monday with the calendar's data around it.
    server.t.clock.set('2026-03-02T09:00:00+08:00');
    gkb = await server.t.login('gkb');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...opts });
    return { ctx, page: await ctx.newPage() };
  }
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();
  /** The office's steps, through the staff API. */
  const staff = async (url: string, payload: object) => {
    const r = await server.t.as(gkb, { method: 'POST', url, payload });
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  };
  const requestId = async (code: string) => (await server.t.as(gkb, { method: 'GET', url: `/api/v1/info-requests?q=${code}` })).json().items[0].id as number;

  async function fillNatural(page: Page, id: string, description: string) {
    await page.getByLabel('向哪个机关申请').selectOption({ label: '菏泽市财政局' });
    await page.getByRole('radio', { name: '自然人' }).check();
    await page.getByLabel('姓名').fill('周晓明');
    await page.getByLabel('身份证件号码').fill(id);
    await page.locator('#personPhone').fill('139 0530 0008');
    await page.getByLabel('所需信息的内容描述').fill(description);
  }
  async function credentials(page: Page) {
    const dd = page.locator('.credentials dd');
    return { code: await dd.nth(0).innerText(), secret: await dd.nth(1).innerText() };
  }

  it('without JavaScript: apply, mend a mistake from the error summary, note code and secret, track, send a 补正, download the reply', async () => {
    const { ctx, page } = await open({ javaScriptEnabled: false });
    try {
      const home = await page.goto('/yisqgk/');
      assert.equal(home?.status(), 200);
      assert.equal(await h1(page), '依申请公开');
      assert.equal(await page.getByRole('navigation', { name: '主栏目' }).getByRole('link', { name: '依申请公开' }).getAttribute('aria-current'), 'page');
      await screenshot(page, 'yisqgk-home');
      await page.locator('.actions').getByRole('link', { name: '在线申请' }).click();
      await page.waitForURL('**/yisqgk/apply');
      assert.equal(await h1(page), '在线申请政府信息公开');

      const id = idNumber('37170219900909005');
      const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
      await fillNatural(page, wrong, '菏泽市财政局2025年度政府采购意向公开目录');
      await page.getByRole('radio', { name: '纸质文本' }).check();
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.waitForSelector('.error-summary');
      assert.match(await page.title(), /^错误：/);
      const summary = page.getByRole('alert');
      assert.match(await summary.innerText(), /身份证号码校验位错误/);
      assert.equal(await page.getByLabel('姓名').inputValue(), '周晓明', 'values kept');
      assert.equal(await page.getByRole('radio', { name: '纸质文本' }).isChecked(), true);
      assert.match((await page.getByLabel('身份证件号码').getAttribute('aria-describedby')) ?? '', /idNumber-error/);
      await screenshot(page, 'yisqgk-apply-errors');
      await summary.getByRole('link', { name: /身份证号码校验位错误/ }).click();
      assert.ok(page.url().endsWith('#idNumber'));
      await page.getByLabel('身份证件号码').fill(id);
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.waitForSelector('.credentials');
      assert.equal(await h1(page), '申请已提交');
      const { code, secret } = await credentials(page);
      assert.match(code, /^2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      assert.match(secret, /^[0-9A-Z]{10}$/);
      assert.ok(!page.url().includes(secret));
      await screenshot(page, 'yisqgk-acknowledgement');

      await page.getByRole('link', { name: '查询办理进度' }).click();
      await page.waitForURL(`**/yisqgk/track?code=${code}`);
      assert.equal(await page.getByLabel('查询码').inputValue(), code);
      await page.getByLabel('查询密码').fill(secret);
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('table.meta-table');
      assert.equal(await h1(page), '申请办理进度');
      assert.ok(!page.url().includes(secret));
      const status = page.getByRole('table', { name: '申请信息' });
      assert.equal(await status.getByRole('row', { name: /办理状态/ }).getByRole('cell').innerText(), '待确认受理');

      const rid = await requestId(code);
      await staff(`/api/v1/info-requests/${rid}/confirm`, { receivedOn: '2026-03-02' });
      await staff(`/api/v1/info-requests/${rid}/correction-request`, { on: '2026-03-02', items: ['请说明所需目录的年度和项目类别'] });
      await page.goto(`/yisqgk/track?code=${code}`);
      await page.getByLabel('证件号码后六位').fill(id.slice(-6));
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('#correction-heading');
      assert.match(await page.getByRole('region', { name: '需要补正' }).innerText(), /请说明所需目录的年度和项目类别/);
      await page.getByLabel('补正内容').fill('所需为2025年度货物类和服务类政府采购意向公开目录');
      await page.getByRole('button', { name: '提交补正' }).click();
      await page.waitForSelector('.success');
      assert.equal(await page.getByRole('table', { name: '申请信息' }).getByRole('row', { name: /办理状态/ }).getByRole('cell').innerText(), '办理中');

      await staff(`/api/v1/info-requests/${rid}/reply`, { on: '2026-03-02', result: 'disclosed', fields: { infoLocation: '该信息已在菏泽市财政局门户网站主动公开' } });
      await page.goto(`/yisqgk/track?code=${code}`);
      await page.getByLabel('查询密码').fill(secret);
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('#letters-heading');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载 Word 文档/ }).click()]);
      assert.match(download.suggestedFilename(), /\.docx$/);
      await screenshot(page, 'yisqgk-status-replied');
    } finally {
      await ctx.close();
    }
  });

  it('no serious or critical axe-core violations on /yisqgk/, the form (also with errors), the acknowledgement, the track form and the status pages', async () => {
    const { ctx, page } = await open();
    try {
      for (const url of ['/yisqgk/', '/yisqgk/apply?to=hz-czj', '/yisqgk/track']) {
        const res = await page.goto(url);
        assert.equal(res?.status(), 200, url);
        assertNoSeriousA11y(await runAxe(page), url);
      }
      await page.goto('/yisqgk/apply');
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.waitForSelector('.error-summary');
      assertNoSeriousA11y(await runAxe(page), 'form with errors');

      const id = idNumber('37170219911111006');
      await page.goto('/yisqgk/apply');
      await fillNatural(page, id, '菏泽市财政局2025年度行政事业性收费项目目录');
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.waitForSelector('.credentials');
      assertNoSeriousA11y(await runAxe(page), 'acknowledgement');
      const { code, secret } = await credentials(page);

      await page.goto('/yisqgk/track');
      await page.getByLabel('查询码').fill(code);
      await page.getByLabel('查询密码').fill('WRONGWRONG');
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('.error-summary');
      assertNoSeriousA11y(await runAxe(page), 'track form refused');

      const rid = await requestId(code);
      await staff(`/api/v1/info-requests/${rid}/confirm`, { receivedOn: '2026-03-02' });
      await staff(`/api/v1/info-requests/${rid}/correction-request`, { on: '2026-03-02', items: ['请说明收费项目所属部门'] });
      await page.getByLabel('查询码').fill(code);
      await page.getByLabel('查询密码').fill(secret);
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('#correction-heading');
      assertNoSeriousA11y(await runAxe(page), 'status page with a 补正 form');
      await screenshot(page, 'yisqgk-status-correction');
      await page.getByRole('button', { name: '提交补正' }).click();
      await page.waitForSelector('.error-summary');
      assertNoSeriousA11y(await runAxe(page), 'status page with a refused 补正');
      await page.getByLabel('补正内容').fill('所需为菏泽市财政局本级的行政事业性收费项目目录');
      await page.getByRole('button', { name: '提交补正' }).click();
      await page.waitForSelector('.success');

      await staff(`/api/v1/info-requests/${rid}/reply`, { on: '2026-03-02', result: 'unable.notHeld', fields: {} });
      await page.goto('/yisqgk/track');
      await page.getByLabel('查询码').fill(code);
      await page.getByLabel('证件号码后六位').fill(id.slice(-6));
      await page.getByRole('button', { name: '查询' }).click();
      await page.waitForSelector('#letters-heading');
      assertNoSeriousA11y(await runAxe(page), 'status page with letters');

      // 大字版 on a narrow screen: the form still passes.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/yisqgk/apply');
      await page.getByRole('link', { name: '大字版', exact: true }).click();
      await page.waitForSelector('html.large-text');
      assert.ok(page.url().endsWith('/yisqgk/apply'));
      assertNoSeriousA11y(await runAxe(page), 'form, large text, narrow');
      await screenshot(page, 'yisqgk-apply-large-narrow');
    } finally {
      await ctx.close();
    }
  });
});

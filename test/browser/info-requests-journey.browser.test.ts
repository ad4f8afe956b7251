// The whole 依申请公开 journey in a real browser (issue #4), both sides through their own screens: a citizen
// applies on the portal (no JavaScript), the office confirms it in the admin console (第三十一条), sends the one
// 补正告知 (第三十条), the citizen corrects online, the office replies 予以公开 with a letter, and the citizen
// downloads the letter (DOCX and PDF) with the tracking code and secret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { beijingDate, clickFor, ensureNextYearCalendar, pick, signIn, withPage } from '../support/admin-pages.js';
import { type TestServer, launchBrowser, screenshot, startTestServer } from '../support/browser.js';
import { idNumber } from '../support/documents.js';
import { extractText } from '../../src/platform/files/index.js';

const ID = idNumber('37170219880808004');
const DESCRIPTION = '菏泽市财政局2025年度政府采购意向公开目录';

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('依申请公开: the whole journey in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  const today = beijingDate(0);
  let code = '';
  let secret = '';
  let requestId = 0;

  before(async () => {
    server = await startTestServer();
    await server.t.c.db.updateTable('users').set({ password_changed_at: new Date().toISOString() }).execute();
    await ensureNextYearCalendar(server.t);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const citizen = (fn: (page: Page) => Promise<void>) => withPage(browser, server.baseUrl, fn);
  const office = (fn: (page: Page) => Promise<void>) => withPage(browser, server.baseUrl, async (page) => {
    await signIn(page, 'gkb', server.t.passwords.gkb!);
    await page.goto(`/admin/info-requests/${requestId}`);
    await page.getByTestId('request-heading').waitFor();
    await fn(page);
  });
  /** The citizen opens the status page with the tracking code and secret. */
  async function track(page: Page) {
    await page.goto(`/yisqgk/track?code=${encodeURIComponent(code)}`);
    await page.getByLabel('查询密码').fill(secret);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('table', { name: '申请信息' }).waitFor();
  }

  it('the citizen applies on the portal and notes the tracking code and secret', async () => {
    await citizen(async (page) => {
      await page.goto('/yisqgk/apply');
      await page.getByLabel('向哪个机关申请').selectOption({ label: '菏泽市财政局' });
      await page.getByRole('radio', { name: '自然人' }).check();
      await page.getByLabel('姓名').fill('周晓明');
      await page.getByLabel('身份证件号码').fill(ID);
      await page.locator('#personPhone').fill('13905300008');
      await page.getByLabel('所需信息的内容描述').fill(DESCRIPTION);
      await page.getByRole('button', { name: '提交申请' }).click();
      const dd = page.locator('.credentials dd');
      await dd.first().waitFor();
      code = await dd.nth(0).innerText();
      secret = await dd.nth(1).innerText();
      assert.match(code, /^\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    });
    const found = (await server.t.as(await server.t.login('gkb'), { method: 'GET', url: `/api/v1/info-requests?q=${code}` })).json();
    requestId = found.items[0].id;
    assert.equal(found.items[0].status, 'awaiting_confirmation');
  });

  it('the office confirms it (the receipt date starts the clock) and sends the one 补正告知', async () => {
    await office(async (page) => {
      await page.getByRole('button', { name: '确认受理' }).click();
      let dialog = page.getByRole('dialog', { name: '确认受理' });
      await dialog.waitFor();
      const confirmed = await clickFor<{ status: string; receivedOn: string; dueOn: string }>(page, 'POST', `/api/v1/info-requests/${requestId}/confirm`, () =>
        dialog.getByRole('button', { name: '确认受理' }).click());
      assert.equal(confirmed.status, 'in_progress');
      assert.equal(confirmed.receivedOn, today);
      assert.ok(confirmed.dueOn > today);

      await page.getByRole('button', { name: '补正告知' }).click();
      dialog = page.getByRole('dialog', { name: '补正告知' });
      await dialog.waitFor();
      await dialog.getByLabel('需要补正的事项', { exact: true }).fill('请写明所需目录的采购类别（货物、工程或服务）');
      const noticed = await clickFor<{ status: string }>(page, 'POST', `/api/v1/info-requests/${requestId}/correction-request`, () =>
        dialog.getByRole('button', { name: '发出补正告知' }).click());
      assert.equal(noticed.status, 'awaiting_correction');
    });
  });

  it('the citizen sees what to correct and sends the correction online', async () => {
    await citizen(async (page) => {
      await track(page);
      assert.match(await page.getByRole('region', { name: '需要补正' }).innerText(), /采购类别/);
      await page.getByLabel('补正内容').fill('所需为货物类和服务类的政府采购意向公开目录');
      await page.getByRole('button', { name: '提交补正' }).click();
      await page.getByRole('table', { name: '申请信息' }).waitFor();
      assert.equal(await page.getByRole('table', { name: '申请信息' }).getByRole('row', { name: /办理状态/ }).getByRole('cell').innerText(), '办理中');
    });
  });

  it('the office replies 予以公开 with a letter', async () => {
    await office(async (page) => {
      await page.getByRole('button', { name: '答复', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '答复申请' });
      await dialog.waitFor();
      await pick(page, '答复类型', '予以公开');
      await dialog.getByLabel('所申请信息的提供方式或获取途径', { exact: true }).fill('该目录已在菏泽市财政局门户网站“政府采购”专栏主动公开');
      const replied = await clickFor<{ number: string; request: { status: string } }>(page, 'POST', `/api/v1/info-requests/${requestId}/reply`, () =>
        dialog.getByRole('button', { name: '生成答复书并办结' }).click());
      assert.equal(replied.request.status, 'closed');
      await screenshot(page, 'info-requests-journey-replied');
    });
  });

  it('the citizen downloads the reply letter as DOCX and PDF', async () => {
    await citizen(async (page) => {
      await track(page);
      assert.equal(await page.getByRole('table', { name: '申请信息' }).getByRole('row', { name: /办理状态/ }).getByRole('cell').innerText(), '已办结');
      const docx = await downloadBytes(page, () => page.getByRole('button', { name: /下载 Word 文档/ }).click());
      assert.match(docx.name, /\.docx$/);
      assert.equal(docx.bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
      const pdf = await downloadBytes(page, () => page.getByRole('button', { name: /下载 PDF 文件/ }).click());
      assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      const { text } = await extractText(pdf.bytes, 'pdf');
      assert.match(text.replace(/\s/g, ''), /周晓明/);
      assert.match(text.replace(/\s/g, ''), /第三十六条/);
      await screenshot(page, 'info-requests-journey-download');
    });
  });
});

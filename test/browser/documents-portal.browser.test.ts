// The public 政府信息公开 pages in a real browser (Debian chromium): a visitor without JavaScript
// searches, narrows by a facet, reads a document and browses the catalogue; axe-core finds no serious
// or critical problems on the list, document and search pages. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../../src/platform/audit/index.js';
import { seedDemoDocuments } from '../../src/seed/demo-documents.js';
import { type TestServer, assertNoSeriousA11y, launchBrowser, runAxe, screenshot, startTestServer } from '../support/browser.js';

describe('政府信息公开 pages in a browser', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    assert.equal(await seedDemoDocuments(server.t.c), 6);
    // Enough documents of one organisation for two pages of the catalogue.
    async function* lines() {
      for (let i = 1; i <= 24; i++) {
        yield JSON.stringify({
          title: `菏泽市财政局关于下达2025年第${i}批衔接推进乡村振兴补助资金的通知`, docNumber: `菏财农〔2025〕${i}号`, org: 'hz-czj',
          writtenAt: '2025-04-01', publishedAt: `2025-05-${String(i).padStart(2, '0')}`, topic: '财政、金融、审计/财政', genre: '通知',
          body: `<p>各县区财政局：</p><p>现下达2025年第${i}批补助资金，请按规定及时拨付使用，并做好绩效管理和信息公开工作。</p>`,
        });
      }
    }
    const s = await server.t.c.publications.imports.importLines({ ...SYSTEM_ACTOR, name: '测试导入' }, lines(), { baseDir: process.cwd() });
    assert.equal(s.skipped, 0, JSON.stringify(s.errors));
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

  it('without JavaScript: search by 发文字号 from /xxgk/, narrow by a facet with the keyboard, read the document, go back to the list and page through it', async () => {
    const { ctx, page } = await open({ javaScriptEnabled: false });
    try {
      const home = await page.goto('/xxgk/');
      assert.equal(home?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      assert.equal(await h1(page), '政府信息公开');
      assert.match(await page.title(), /^政府信息公开 - 菏泽市人民政府$/);
      assert.equal(await page.getByRole('navigation', { name: '主栏目' }).getByRole('link', { name: '政府信息公开' }).getAttribute('aria-current'), 'page');
      for (const part of ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开工作年度报告', '依申请公开']) {
        assert.equal(await page.getByRole('heading', { level: 2, name: part }).count(), 1, part);
      }
      await screenshot(page, 'xxgk-home');

      // The search form, typed the way people type it: ASCII parentheses.
      const box = page.getByRole('search', { name: '检索政府信息' }).getByLabel('检索政府信息');
      await box.fill('菏政办字(2026)8号');
      await box.press('Enter');
      await page.waitForURL('**/search?q=*');
      assert.equal(await h1(page), '检索政府信息');
      const first = page.locator('.doc-list > li').first();
      assert.match(await first.innerText(), /^精确匹配/);
      assert.equal(await first.getByRole('link').first().innerText(), '菏泽市人民政府办公室关于印发菏泽市2026年政务公开工作要点的通知');
      assert.equal(await page.getByLabel('检索词').inputValue(), '菏政办字(2026)8号');

      // A facet link, reached and followed with the keyboard.
      await page.goto(`/search?q=${encodeURIComponent('公开')}`);
      const facet = page.getByRole('region', { name: '分类筛选' }).getByRole('link', { name: '综合政务' });
      const count = Number((await facet.locator('xpath=..').innerText()).match(/（(\d+)）/)?.[1]);
      await facet.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search?q=*topic=02*');
      assert.equal(await page.locator('.doc-list > li').count(), count);
      assert.equal(await page.getByRole('region', { name: '分类筛选' }).locator('[aria-current="true"]').first().innerText(), '综合政务');
      assert.ok((await page.locator('mark').count()) > 0, 'terms are highlighted');
      await screenshot(page, 'xxgk-search-facet');

      // The document page: metadata table with row headers, one h1, the body.
      await page.locator('.doc-list > li').first().getByRole('link').first().click();
      await page.waitForURL('**/xxgk/documents/*');
      const table = page.getByRole('table', { name: '文件信息' });
      for (const th of ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期', '有效性']) {
        assert.equal(await table.getByRole('rowheader', { name: th, exact: true }).count(), 1, th);
      }
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      await page.getByRole('link', { name: '返回列表' }).click();
      await page.waitForURL('**/xxgk/documents');
      assert.equal(await h1(page), '主动公开文件');

      // The plain GET filter form, then pages.
      await page.getByRole('combobox', { name: '发布机构' }).selectOption({ label: '菏泽市财政局' });
      await page.getByRole('button', { name: '筛选' }).click();
      await page.waitForURL('**/xxgk/documents?org=hz-czj*');
      assert.equal(await page.locator('.doc-list > li').count(), 20);
      const pager = page.getByRole('navigation', { name: '分页' });
      assert.equal(await pager.locator('[aria-current="page"]').innerText(), '1');
      await pager.getByRole('link', { name: '下一页' }).click();
      await page.waitForURL('**page=2');
      assert.equal(await page.getByRole('navigation', { name: '分页' }).locator('[aria-current="page"]').innerText(), '2');
      assert.equal(await page.locator('.doc-list > li').count(), 5);
    } finally {
      await ctx.close();
    }
  });

  it('no serious or critical axe-core violations on /xxgk/, the list, a document, search results and the no-results page', async () => {
    const { ctx, page } = await open();
    try {
      const id = (await server.t.c.publications.public.latest({ limit: 50 })).items.find((i) => i.docNumber === '菏政办字〔2026〕8号')!.id;
      const pages: [string, string][] = [
        ['/xxgk/', 'xxgk-home-axe'],
        ['/xxgk/documents?org=hz-czj', 'xxgk-list'],
        [`/xxgk/documents/${id}`, 'xxgk-document'],
        [`/search?q=${encodeURIComponent('政务公开')}`, 'xxgk-search'],
        [`/search?q=${encodeURIComponent('没有这种文件的乌有之词')}`, 'xxgk-search-none'],
        [`/search?q=${encodeURIComponent('城'.repeat(300))}&year=abc`, 'xxgk-search-notices'],
      ];
      for (const [url, shot] of pages) {
        const res = await page.goto(url);
        assert.equal(res?.status(), 200, url);
        assertNoSeriousA11y(await runAxe(page), url);
        await screenshot(page, shot);
      }
      // narrow screen and 大字版 on the document page
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/xxgk/documents/${id}`);
      await page.getByRole('link', { name: '大字版', exact: true }).click();
      await page.waitForSelector('html.large-text');
      assert.ok(page.url().endsWith(`/xxgk/documents/${id}`));
      assertNoSeriousA11y(await runAxe(page), 'document, large text, narrow');
      await screenshot(page, 'xxgk-document-large-narrow');
    } finally {
      await ctx.close();
    }
  });
});

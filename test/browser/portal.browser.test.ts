// The public portal in a real browser (Debian chromium): Chinese rendering, axe-core checks,
// use without JavaScript, large-text mode and keyboard access. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type TestServer, assertNoSeriousA11y, launchBrowser, runAxe, screenshot, startTestServer } from '../support/browser.js';

const COLUMN_TITLES = ['政府信息公开', '依申请公开', '政策解读', '互动交流', '数据开放'];

describe('portal in a browser', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh context (own cookies) and page; closed by the caller through the returned context. */
  async function open(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 800 }, ...opts });
    return { ctx, page: await ctx.newPage() };
  }

  const bodyFontSize = (page: Page) =>
    page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  it('renders the home page in Chinese with the site name, the five columns and the organisations', async () => {
    const { ctx, page } = await open();
    try {
      const res = await page.goto('/');
      assert.equal(res?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      assert.match(await page.title(), /菏泽市人民政府/);
      const h1 = page.getByRole('heading', { level: 1 });
      assert.equal(await h1.count(), 1);
      assert.match(await h1.innerText(), /菏泽市人民政府/);

      const nav = page.getByRole('navigation', { name: '主栏目' });
      for (const title of COLUMN_TITLES) {
        const link = nav.getByRole('link', { name: title, exact: true });
        assert.equal(await link.count(), 1, `主栏目 has a link ${title}`);
        assert.match((await link.getAttribute('href')) ?? '', /^\/[a-z]+\/?$/);
        // and a card on the home page linking to the same column
        assert.equal(await page.locator('main').getByRole('link', { name: title, exact: true }).count(), 1, `card ${title}`);
      }

      const main = page.locator('main');
      assert.equal(await main.getByRole('heading', { name: '公开主体' }).count(), 1);
      for (const org of ['菏泽市财政局', '菏泽市教育局', '牡丹区财政局', '曹县教育和体育局']) {
        assert.equal(await main.getByText(org, { exact: true }).count(), 1, `organisation ${org} listed`);
      }
      // One group per region, in tree order; a township with nothing under it is listed in its county's group.
      const groups = await main.locator('.org-group h3').allInnerTexts();
      assert.deepEqual(groups.map((g) => g.replace(/（.*）$/, '')), ['菏泽市人民政府', '菏泽市牡丹区人民政府', '曹县人民政府']);
      const mudan = main.getByRole('region', { name: /菏泽市牡丹区人民政府/ });
      assert.equal(await mudan.getByRole('listitem').filter({ hasText: '牡丹区东城街道办事处' }).count(), 1);

      // CJK glyphs actually render (a CJK font is installed and chosen): a 10-character run of
      // Chinese is much wider than 10 tofu-less Latin-width glyphs would be at the same size.
      const glyph = await h1.evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return { width: r.getBoundingClientRect().width, size: parseFloat(getComputedStyle(el).fontSize), chars: (el.textContent ?? '').length };
      });
      assert.ok(glyph.width >= glyph.chars * glyph.size * 0.9, `CJK text is laid out at full width: ${JSON.stringify(glyph)}`);

      await screenshot(page, 'portal-home');
    } finally {
      await ctx.close();
    }
  });

  it('has no serious or critical axe-core violations on the home, a column and the 404 page', async () => {
    const { ctx, page } = await open();
    try {
      await page.goto('/');
      assertNoSeriousA11y(await runAxe(page), '/');

      const col = await page.goto('/sjkf');
      assert.equal(col?.status(), 200);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '数据开放');
      assert.match(await page.locator('main').innerText(), /本栏目尚未开通/);
      assertNoSeriousA11y(await runAxe(page), '/sjkf');
      await screenshot(page, 'portal-column-sjkf');

      const missing = await page.goto('/no-such-page');
      assert.equal(missing?.status(), 404);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '页面不存在');
      assertNoSeriousA11y(await runAxe(page), '404');
      await screenshot(page, 'portal-404');
    } finally {
      await ctx.close();
    }
  });

  it('works without JavaScript: columns and the 大字版 switch are plain links', async () => {
    const { ctx, page } = await open({ javaScriptEnabled: false });
    try {
      await page.goto('/');
      await page.getByRole('navigation', { name: '主栏目' }).getByRole('link', { name: '政策解读', exact: true }).click();
      await page.waitForURL('**/zcjd');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '政策解读');
      assert.match(await page.locator('main').innerText(), /本栏目尚未开通/);

      assert.equal(await page.locator('html.large-text').count(), 0);
      const before = await bodyFontSize(page);
      await page.getByRole('link', { name: '大字版', exact: true }).click();
      await page.waitForSelector('html.large-text');
      assert.ok(page.url().endsWith('/zcjd'), `back on the same page after switching: ${page.url()}`);
      const large = await bodyFontSize(page);
      assert.ok(large > before * 1.2, `大字版 enlarges body text: ${before}px → ${large}px`);

      await page.goto('/');
      assert.equal(await page.locator('html.large-text').count(), 1, 'large text is remembered across pages');
      await screenshot(page, 'portal-home-large-text');

      await page.getByRole('link', { name: '标准字号', exact: true }).click();
      await page.waitForSelector('html:not(.large-text)');
      assert.equal(await page.getByRole('link', { name: '大字版', exact: true }).count(), 1);
      const normal = await bodyFontSize(page);
      assert.ok(normal < large, `标准字号 goes back: ${large}px → ${normal}px`);
    } finally {
      await ctx.close();
    }
  });

  it('the first Tab focuses the skip link 跳到主要内容, which moves focus to the main content', async () => {
    const { ctx, page } = await open();
    try {
      await page.goto('/');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const r = el?.getBoundingClientRect();
        return { text: el?.textContent?.trim(), href: el?.getAttribute('href'), visible: !!r && r.left >= 0 && r.top >= 0 && r.width > 0 };
      });
      assert.deepEqual(focused, { text: '跳到主要内容', href: '#main', visible: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
    } finally {
      await ctx.close();
    }
  });
});

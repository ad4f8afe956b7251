// Page helpers for the admin console browser tests (test/browser/*admin*.browser.test.ts, annual-reports.browser.test.ts).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { type TestServer, assertNoSeriousA11y, launchBrowser, runAxe, startTestServer } from './browser.js';
import type { TestApp } from './test-app.js';

/** Runs `fn` on a page in a fresh context (own cookies); fails on uncaught page errors. */
export async function withPage(browser: Browser, baseURL: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const ctx = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await fn(page);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } finally {
    await ctx.close();
  }
}

export const loginButton = (page: Page) => page.getByRole('button', { name: '登录', exact: true });

export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await loginButton(page).click();
}

/** Signs in through the login page and waits for the header to show the user. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await fillLogin(page, username, password);
  await page.getByTestId('current-user').waitFor();
}

/** What adminConsoleSuite() gives its tests. */
export interface AdminConsoleSuite {
  /** The running test server (available from the suite's before hook on). */
  readonly server: TestServer;
  /** Runs `fn` on a page in a fresh context of the suite's browser (see withPage). */
  withPage: (fn: (page: Page) => Promise<void>) => Promise<void>;
  /** Signs `username` in with the demo account's password. */
  signIn: (page: Page, username: string) => Promise<void>;
}

/**
 * The hooks of an admin console browser suite; call it inside the describe(). before() starts a test server whose
 * demo accounts' generated passwords count as changed (the forced dialog is tested in admin.browser.test.ts), runs
 * `setup` on its app, then launches the browser; after() closes both.
 */
export function adminConsoleSuite(setup?: (t: TestApp) => Promise<void>): AdminConsoleSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startTestServer();
    await server.t.c.db.updateTable('users').set({ password_changed_at: new Date().toISOString() }).execute();
    await setup?.(server.t);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const notYet = () => new Error('the admin console suite has not started: use it inside it()');
  const running = (): TestServer => {
    if (!server) throw notYet();
    return server;
  };
  return {
    get server() {
      return running();
    },
    withPage: (fn) => (browser ? withPage(browser, running().baseUrl, fn) : Promise.reject(notYet())),
    signIn: (page, username) => signIn(page, username, running().t.passwords[username]!),
  };
}

/** Runs `trigger` and resolves with the JSON of the first `method` response whose URL contains `urlPart`. */
export async function clickFor<T = unknown>(page: Page, method: string, urlPart: string, trigger: () => Promise<void>): Promise<T> {
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === method), trigger()]);
  assert.ok(res.ok(), `${res.request().method()} ${res.url()} → ${res.status()}`);
  return (await res.json()) as T;
}

export const menuItems = async (page: Page) =>
  (await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem').allInnerTexts()).map((s) => s.trim());

/** Fills the change-password dialog (当前密码 / 新密码 / 确认新密码) and presses 确定. */
export async function submitPasswordChange(dlg: Locator, current: string, next: string, confirm = next): Promise<void> {
  await dlg.getByLabel('当前密码', { exact: true }).fill(current);
  await dlg.getByLabel('新密码', { exact: true }).fill(next);
  await dlg.getByLabel('确认新密码', { exact: true }).fill(confirm);
  await dlg.getByRole('button', { name: '确定' }).click();
}

/**
 * Waits until the form field labelled `label` shows an error (antd links it to the input with
 * aria-describedby `…_help` and sets aria-invalid) and returns the error's text.
 */
export async function fieldError(scope: Locator, label: string): Promise<string> {
  const input = scope.getByLabel(label, { exact: true });
  await scope.page().waitForFunction((el) => el?.getAttribute('aria-invalid') === 'true', await input.elementHandle());
  const help = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).find((id) => id.endsWith('_help'));
  assert.ok(help, `${label}: the error is linked to the field`);
  const text = scope.page().locator(`[id="${help}"]`);
  await text.getByText(/\S/).first().waitFor();
  return (await text.innerText()).trim();
}

/** `YYYY-MM-DD` in Beijing, `days` before today. */
export function beijingDate(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** axe on a page at rest (no loading button, no fading message or dialog). */
export async function axeAtRest(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-form-show-help-item-leave, .ant-modal-wrap, .ant-spin-spinning'));
  await page.waitForTimeout(300);
  assertNoSeriousA11y(await runAxe(page), where);
}

/** Picks `option` of the antd Select (or TreeSelect) labelled `label`, typing `search` first when given. */
export async function pick(page: Page, label: string, option: string, search?: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  const dropdown = page.locator('.ant-select-dropdown:visible').first();
  await dropdown.waitFor();
  if (search) await input.fill(search);
  await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
  await dropdown.locator(`.ant-select-item-option[title="${option}"], .ant-select-tree-node-content-wrapper[title="${option}"]`).first().click();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].every((el) => getComputedStyle(el).display === 'none'));
}

/** Sets the antd DatePicker labelled `label` in the open dialog to `date`. */
export async function setDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await page.keyboard.press('Tab'); // leaving the field commits the typed date (Enter would submit the form)
  await page.waitForFunction(
    ([el, d]) => (el as HTMLInputElement).value === d && !document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)'),
    [await input.elementHandle(), date] as const,
  );
}

/**
 * Deadlines near the end of the year run into the next one: the calendar needs that year (its holidays do not
 * matter to these tests; 元旦 stands in for the year's arrangement). Browser tests run on the real date.
 */
export async function ensureNextYearCalendar(t: TestApp): Promise<void> {
  const sys = await t.login('sysadmin');
  const next = Number(beijingDate(0).slice(0, 4)) + 1;
  const years = (await t.as(sys, { method: 'GET', url: '/api/v1/calendar/years' })).json() as { items: { year: number }[] };
  if (years.items.some((y) => y.year === next)) return;
  const put = await t.as(sys, { method: 'PUT', url: `/api/v1/calendar/years/${next}`, payload: { days: [{ date: `${next}-01-01`, kind: 'holiday', name: '元旦' }] } });
  if (put.statusCode !== 200) throw new Error(`calendar ${next}: ${put.statusCode} ${put.body}`);
}

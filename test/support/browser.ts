// Helpers for browser tests (*.browser.test.ts): a real app listening on a local port,
// the Debian chromium driven by playwright-core, axe-core checks and screenshots.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type TestApp, buildTestApp } from './test-app.js';

export interface TestServer {
  /** The test app (real database, demo data seeded; demo passwords in `t.passwords`). */
  t: TestApp;
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** Stops listening and drops the test database. */
  close(): Promise<void>;
}

/** Builds a seeded test app and listens on 127.0.0.1 with a free port. */
export async function startTestServer(opts: Parameters<typeof buildTestApp>[0] = {}): Promise<TestServer> {
  const t = await buildTestApp(opts);
  // A browser drops cookies whose expiry lies in the real past, so browser tests run on the real time.
  t.clock.set(new Date());
  let address: string;
  try {
    address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  } catch (err) {
    await t.close();
    throw err;
  }
  return { t, baseUrl: address.replace(/\/$/, ''), close: () => t.close() };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches the system chromium (Debian package `chromium`; override with CHROMIUM_PATH). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `找不到 Chromium 浏览器：${CHROMIUM_PATH}。浏览器测试需要 Debian 软件包 chromium（sudo apt-get install chromium），` +
        '或用环境变量 CHROMIUM_PATH 指定浏览器路径。\n' +
        `Chromium not found at ${CHROMIUM_PATH}. Browser tests need the Debian package \`chromium\` ` +
        '(sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new Error(
      `无法启动 Chromium（${CHROMIUM_PATH}）。请确认已安装 Debian 软件包 chromium。\n` +
        `Could not launch Chromium at ${CHROMIUM_PATH}; is the Debian package \`chromium\` installed and working?\n` +
        String((err as Error)?.message ?? err),
      { cause: err },
    );
  }
}

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let axeSource: string | undefined;
function loadAxe(): string {
  axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the page and returns its violations (axe needs JavaScript enabled in the context).
 * axe's source is injected through the DevTools protocol (`page.evaluate`) rather than
 * `page.addScriptTag({ content })`: the site's CSP (`script-src 'self'`) rightly blocks inline
 * <script> elements, and this way the page is checked with its real CSP in force (no `bypassCSP`).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(`${loadAxe()}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations as AxeViolation[];
  });
}

/** Fails (listing id, impact, help and targets) when any violation is serious or critical. */
export function assertNoSeriousA11y(violations: AxeViolation[], where = ''): void {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const lines = bad.map(
    (v) => `- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`,
  );
  throw new Error(`无障碍检查发现 ${bad.length} 项严重问题 / axe-core serious or critical violations${where ? ` on ${where}` : ''}:\n${lines.join('\n')}`);
}

export const RESULTS_DIR = path.resolve('test-results');

/** Saves a full-page screenshot to test-results/NAME.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

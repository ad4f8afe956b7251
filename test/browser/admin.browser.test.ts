// The admin console SPA (web/admin, built by `npm run build:admin`) in a real browser (Debian chromium):
// sign-in, creating a user and signing in as them (made to change the generated password first), changing
// one's password, the org tree, the audit log, org scope and the deadline calculator. Subtests run in order
// and build on each other (user → audit log). Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { clickFor, fieldError, fillLogin, loginButton, menuItems, signIn as signInAs, submitPasswordChange, withPage as withPageAt } from '../support/admin-pages.js';
import { type TestServer, assertNoSeriousA11y, launchBrowser, runAxe, screenshot, startTestServer } from '../support/browser.js';

describe('admin console in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  /** zhang.san's one-time password, read from the dialog in the user-creation test. */
  let zhangPassword = '';
  /** The password zhang.san chooses instead. */
  const NEW_PASSWORD = 'Zs-2026-Heze!pw';

  before(async () => {
    server = await startTestServer();
    // The test app starts its fake clock at 2026-03-02; session cookies carry `Expires` from that clock,
    // and a real browser drops cookies that have already expired. Run the server on real time.
    server.t.clock.set(new Date());
    // The seed generated the demo accounts' passwords, so each would first be made to change it (that forced
    // dialog is tested with zhang.san); here they count as changed already.
    await server.t.c.db.updateTable('users').set({ password_changed_at: new Date().toISOString() }).execute();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const withPage = (fn: (page: Page) => Promise<void>) => withPageAt(browser, server.baseUrl, fn);
  const signIn = (page: Page, username: string, password = server.t.passwords[username]!) => signInAs(page, username, password);

  it('signs in: a wrong password shows a Chinese error, the right one the user and the menu; axe is clean', async () => {
    await withPage(async (page) => {
      await page.goto('/admin/users');
      await page.waitForURL('**/admin/login');
      await loginButton(page).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

      await fillLogin(page, 'gkb', 'not-the-password');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      assert.match(await error.innerText(), /登录失败[\s\S]*用户名或密码错误/);
      assert.equal(await page.getByLabel('密码').inputValue(), '', 'the password field is cleared');
      assertNoSeriousA11y(await runAxe(page), 'login page (with error)');
      await screenshot(page, 'admin-login-error');

      await fillLogin(page, 'gkb', server.t.passwords.gkb!);
      await page.waitForURL('**/admin/users'); // back to where the visitor was going
      const user = page.getByTestId('current-user');
      await user.waitFor();
      assert.equal(await page.getByTestId('current-user-name').innerText(), '王公开（市政务公开办）');
      assert.match(await user.innerText(), /菏泽市人民政府[\s\S]*政务公开办管理员/);
      const gkbMenu = await menuItems(page);
      for (const name of ['组织机构', '用户管理', '审计日志', '文件发布', '敏感词库', '工作日历']) assert.ok(gkbMenu.includes(name), `gkb menu has ${name}: ${gkbMenu.join('、')}`);
      for (const name of ['组织机构', '用户管理', '审计日志', '工作日历']) {
        // exact: the accessible name is the label alone (decorative icons are aria-hidden)
        assert.equal(await page.getByRole('menuitem', { name, exact: true }).count(), 1, `menu item ${name}`);
      }
      assert.equal(await page.getByRole('button', { name: '退出登录' }).count(), 1);

      await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'caoxian-gkb' }).waitFor(); // the list has loaded
      assertNoSeriousA11y(await runAxe(page), 'users page');
    });
  });

  it('creates user zhang.san through the UI, shows the password once; zhang.san signs in with it and must change it first', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '用户管理' }).click();
      await page.getByRole('button', { name: '新增用户' }).click();
      const dlg = page.getByRole('dialog', { name: '新增用户' });
      await dlg.getByLabel('用户名').fill('zhang.san');
      await dlg.getByLabel('姓名').fill('张三');
      await dlg.getByLabel('所属机构').fill('菏泽市教育局');
      await page.keyboard.press('Enter');
      await dlg.getByLabel('角色').fill('信息编辑');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await dlg.getByLabel('邮箱').fill('zhang.san@example.gov.cn');
      await dlg.getByLabel('手机').fill('0530-1234567');
      const formText = await dlg.innerText();
      assert.match(formText, /菏泽市教育局/, 'org chosen');
      assert.match(formText, /信息编辑/, 'role chosen');

      const created = await clickFor<{ user: { id: number } }>(page, 'POST', '/api/v1/users', () => dlg.getByRole('button', { name: '确定' }).click());
      const otp = page.getByRole('dialog', { name: '用户已创建' });
      await otp.waitFor();
      assert.match(await otp.getByRole('alert').innerText(), /初始密码仅显示一次/);
      assert.match(await otp.innerText(), /zhang\.san[\s\S]*张三/);
      zhangPassword = (await page.getByTestId('one-time-password').innerText()).trim();
      assert.ok(zhangPassword.length >= 12, `a strong initial password: ${zhangPassword}`);
      assertNoSeriousA11y(await runAxe(page), 'one-time-password dialog');
      await screenshot(page, 'admin-users-one-time-password');
      await otp.getByRole('button', { name: '我已记下' }).click();
      await otp.waitFor({ state: 'detached' });
      const row = page.getByRole('row').filter({ hasText: 'zhang.san' });
      await row.waitFor();
      assert.match(await row.innerText(), /张三[\s\S]*菏泽市教育局[\s\S]*信息编辑[\s\S]*正常[\s\S]*从未登录/);

      // The server agrees: the account exists in 菏泽市教育局 with the editor role only.
      const { t } = server;
      const res = await t.as(await t.login('gkb'), { method: 'GET', url: '/api/v1/users?q=zhang.san' });
      assert.equal(res.statusCode, 200);
      const users = res.json().items as { id: number; username: string; displayName: string; orgId: number; orgName: string; roles: string[]; status: string }[];
      assert.equal(users.length, 1);
      assert.deepEqual(
        { id: users[0]!.id, username: users[0]!.username, displayName: users[0]!.displayName, orgId: users[0]!.orgId, orgName: users[0]!.orgName, roles: users[0]!.roles, status: users[0]!.status },
        { id: created.user.id, username: 'zhang.san', displayName: '张三', orgId: await t.orgId('hz-jyj'), orgName: '菏泽市教育局', roles: ['editor'], status: 'active' },
      );

      // Sign out, and in as zhang.san with the password from the dialog.
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL('**/admin/login');
      await fillLogin(page, 'zhang.san', zhangPassword);
      await page.getByTestId('current-user').waitFor();

      // The password was generated and seen by gkb: a dialog that cannot be dismissed asks for a new one.
      const forced = page.getByRole('dialog', { name: '首次登录请修改密码' });
      await forced.waitFor();
      assert.match(await forced.innerText(), /初始密码由管理员生成/);
      assert.equal(await forced.getByRole('button', { name: /关闭|Close/ }).count(), 0, 'no close button');
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 790); // on the mask
      await page.waitForTimeout(500); // longer than the closing animation would take
      assert.ok(await forced.isVisible(), 'Escape and the mask do not close it');
      await submitPasswordChange(forced, zhangPassword, 'abcdefghijkl');
      assert.equal(await fieldError(forced, '新密码'), '密码须包含大写字母、小写字母、数字、符号中的至少三类');
      assertNoSeriousA11y(await runAxe(page), 'forced password change dialog (with error)');
      await screenshot(page, 'admin-forced-password-change');
      await submitPasswordChange(forced, zhangPassword, NEW_PASSWORD, 'Zs-2026-Heze!px');
      assert.equal(await fieldError(forced, '确认新密码'), '两次输入的新密码不一致');
      await clickFor(page, 'GET', '/api/v1/session', () => submitPasswordChange(forced, zhangPassword, NEW_PASSWORD));
      await page.getByText('密码已修改').waitFor();
      await forced.waitFor({ state: 'detached' });

      // Signed out and in again with the new password: no forced dialog any more.
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL('**/admin/login');
      await fillLogin(page, 'zhang.san', NEW_PASSWORD);
      await page.getByTestId('current-user').waitFor();
      assert.equal(await page.getByTestId('current-user-name').innerText(), '张三');
      assert.equal(await page.getByTestId('current-user-org').innerText(), '菏泽市教育局');
      await page.getByRole('heading', { level: 1, name: '文件发布' }).waitFor(); // an editor's home
      assert.equal(await page.getByRole('dialog').count(), 0, 'no forced dialog after the change');
      const editorMenu = await menuItems(page);
      assert.ok(editorMenu.includes('文件发布') && editorMenu.includes('工作日历'), editorMenu.join('、'));
      for (const adminOnly of ['组织机构', '用户管理', '审计日志', '敏感词库']) assert.ok(!editorMenu.includes(adminOnly), `an editor has no ${adminOnly}`);
      assert.equal(await page.getByRole('menuitem', { name: '用户管理' }).count(), 0);
      // Typing the address does not get an editor in either.
      await page.goto('/admin/users');
      await page.getByText('无权访问').waitFor();
      assert.equal(await page.getByRole('button', { name: '新增用户' }).count(), 0);

      // 修改密码 in the header: a wrong current password is reported on its field; 取消 closes the dialog.
      await page.getByRole('button', { name: '修改密码' }).click();
      const change = page.getByRole('dialog', { name: '修改密码' });
      await submitPasswordChange(change, 'not-my-password', 'Zs-2027-Heze!pw');
      assert.equal(await fieldError(change, '当前密码'), '当前密码不正确');
      await change.getByRole('button', { name: '取消' }).click();
      await change.waitFor({ state: 'detached' });
    });
  });

  it('adds 菏泽市统计局 under 菏泽市人民政府 through 新增下级机构; it shows in the tree and the public org list', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '组织机构' }).click();
      const tree = page.getByRole('tree');
      await tree.getByText('菏泽市人民政府', { exact: true }).click();
      const detail = page.getByTestId('org-detail');
      await detail.getByText('heze', { exact: true }).waitFor();
      assert.ok(await detail.getByRole('button', { name: '停用' }).isDisabled(), 'the top organisation cannot be disabled');

      await detail.getByRole('button', { name: '新增下级机构' }).click();
      const dlg = page.getByRole('dialog', { name: '新增下级机构' });
      assert.equal(await dlg.getByTestId('org-form-parent').innerText(), '菏泽市人民政府');
      await dlg.getByLabel('名称').fill('菏泽市统计局');
      await dlg.getByLabel('简称').fill('市统计局');
      await dlg.getByLabel('机构编码').fill('hz-tjj');
      for (const [field, option] of [['类型', '部门'], ['层级', '市级']] as const) {
        await dlg.getByLabel(field).click();
        await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
        await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
        // The closing dropdown covers the next field until its animation ends (flaky on a loaded machine).
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].every((el) => getComputedStyle(el).display === 'none'));
      }
      await dlg.getByLabel('排序').fill('11');
      await clickFor(page, 'POST', '/api/v1/orgs', () => dlg.getByRole('button', { name: '确定' }).click());
      await dlg.waitFor({ state: 'detached' });

      await tree.getByRole('treeitem', { name: '菏泽市统计局', exact: true }).waitFor();
      await detail.getByText('hz-tjj', { exact: true }).waitFor(); // the new org is selected
      assert.match(await detail.innerText(), /菏泽市统计局[\s\S]*市统计局[\s\S]*hz-tjj[\s\S]*部门[\s\S]*市级[\s\S]*菏泽市人民政府/);
      assert.ok(await detail.getByRole('button', { name: '停用' }).isEnabled());
      await screenshot(page, 'admin-org-tree');

      const pub = await page.request.get('/api/v1/public/orgs');
      assert.equal(pub.status(), 200);
      const items = (await pub.json()).items as { code: string; name: string; parentCode: string | null; kind: string; level: string }[];
      assert.deepEqual(items.find((o) => o.code === 'hz-tjj'), { code: 'hz-tjj', name: '菏泽市统计局', shortName: '市统计局', kind: 'department', level: 'city', parentCode: 'heze' });
    });
  });

  it('the audit log lists the creation of zhang.san in Chinese, and the chain verifies intact', async () => {
    assert.ok(zhangPassword, 'runs after the user-creation test');
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '审计日志' }).click();
      await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
      await page.getByLabel('操作类型').fill('user.create');
      await page.getByLabel('操作人').fill('王公开');
      const found = await clickFor<{ items: unknown[]; total: number }>(page, 'GET', 'action=user.create', () => page.getByRole('button', { name: '查询' }).click());
      assert.equal(found.total, 1, 'gkb created one user');
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await page.waitForFunction(() => {
        const trs = [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')];
        return trs.length === 1 && trs[0]!.textContent!.includes('zhang.san');
      });
      const text = await rows.first().innerText();
      // Shown in Beijing time whatever the browser's time zone (these tests run under TZ=America/New_York).
      // The server's fake clock stands still, so the entry was written at exactly clock.now().
      const beijing = new Date(server.t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
      assert.ok(text.includes(beijing), `time ${beijing} in: ${text}`);
      assert.match(text, /王公开（市政务公开办）/);
      assert.match(text, /user\.create/);
      assert.match(text, /新增用户“zhang\.san”（张三，菏泽市教育局）/);

      const verify = page.getByTestId('audit-verify-result');
      await clickFor(page, 'POST', '/api/v1/audit/verify', () => page.getByRole('button', { name: '校验审计链' }).click());
      await verify.waitFor();
      assert.match(await verify.innerText(), /审计链完整，共\d+条/);
      assertNoSeriousA11y(await runAxe(page), 'audit log');
      await screenshot(page, 'admin-audit-log');
    });
  });

  it('caoxian-gkb sees only 曹县 organisations', async () => {
    await withPage(async (page) => {
      await signIn(page, 'caoxian-gkb');
      assert.equal(await page.getByTestId('current-user-org').innerText(), '曹县人民政府');
      await page.getByRole('menuitem', { name: '组织机构' }).click();
      const tree = page.getByRole('tree');
      await tree.getByRole('treeitem', { name: '曹县人民政府', exact: true }).waitFor(); // expanded, with children
      const names = (await tree.getByRole('treeitem').allInnerTexts()).map((s) => s.trim());
      assert.deepEqual(names.toSorted(), ['曹县人民政府', '曹县人民政府办公室', '曹县住房和城乡建设局', '曹县教育和体育局', '曹县财政局', '曹县青岗集镇人民政府'].toSorted());
      assert.equal(await tree.getByText('菏泽市财政局').count(), 0);
      assert.equal(await page.getByText('菏泽市财政局').count(), 0);
      const detail = page.getByTestId('org-detail');
      await detail.getByText('caoxian', { exact: true }).waitFor();
      assert.ok(await detail.getByRole('button', { name: '停用' }).isDisabled(), 'an office admin cannot disable their own organisation');
      await screenshot(page, 'admin-org-tree-caoxian');
    });
  });

  it('the deadline calculator: 2026-09-30 + 3 working days is 2026-10-10 (across 国庆节, to the 调休 Saturday)', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '工作日历' }).click();
      await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
      const yearRow = page.getByRole('row').filter({ hasText: '2026年' });
      await yearRow.getByRole('button', { name: '查看' }).click();
      await page.getByTestId('calendar-year-detail').getByText(/2026/).first().waitFor();

      // Under load the picker can take Enter before it has parsed the typed text: type again until it holds the date.
      const start = page.getByLabel('起算日期');
      for (let i = 0; i < 3 && (await start.inputValue()) !== '2026-09-30'; i++) {
        await start.click();
        await start.fill('2026-09-30');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(200);
      }
      assert.equal(await start.inputValue(), '2026-09-30');
      await page.getByLabel('工作日数').fill('3');
      const result = await clickFor<{ due: string }>(page, 'GET', '/api/v1/calendar/deadline', () => page.getByRole('button', { name: '计算' }).click());
      assert.equal(result.due, '2026-10-10');
      const due = page.getByTestId('deadline-due');
      await due.waitFor();
      assert.equal(await due.innerText(), '2026-10-10（周六）');
      assert.match(await page.getByTestId('deadline-summary').innerText(), /[\u4e00-\u9fff]/);
      await screenshot(page, 'admin-calendar-deadline');
    });
  });
});

// 文件发布 in the admin console, in a real browser (Debian chromium): the journey of issue #3 — an editor
// drafts a document with its catalogue metadata and a rich-text body, uploads a DOCX with an ID number,
// is stopped by the publication gate (the attachment named as the place), masks it with one click and
// submits; the reviewer approves with an opinion (一事一审); the leader signs it off for immediate
// publication; the public can then find it, with the ID number masked. Subtests run in order and build
// on each other. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { extractText } from '../../src/platform/files/index.js';
import { adminConsoleSuite, clickFor, fieldError, menuItems } from '../support/admin-pages.js';
import { assertNoSeriousA11y, runAxe, screenshot } from '../support/browser.js';
import { docxOf, documentActions, idNumber } from '../support/documents.js';

const TITLE = '菏泽市财政局关于2026年度惠民补贴资金发放情况的公示';
const ATTACHMENT = '惠民补贴发放名单.docx';
const ID = idNumber('11010519491231002');
const MASKED = `${ID.slice(0, 4)}**********${ID.slice(-4)}`;

/** `YYYY-MM-DD` in Beijing, `days` before today. */
function beijingDate(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** Opens an antd Select/TreeSelect by its label and picks the option titled `option`. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').first().waitFor();
  await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
  await page.locator(`.ant-select-dropdown:visible [title="${option}"]`).first().click();
  // Closed, not closing (axe would measure the fading options' contrast).
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].every((el) => getComputedStyle(el).display === 'none'));
}

/**
 * axe on a page at rest: no button still loading, no field message fading out (antd animates colours for
 * ~0.2 s, and axe would measure a half-faded contrast).
 */
async function axeAtRest(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-form-show-help-item-leave'));
  await page.waitForTimeout(300);
  assertNoSeriousA11y(await runAxe(page), where);
}

describe('文件发布 in the admin console', () => {
  let docId = 0;
  const suite = adminConsoleSuite();
  const { withPage, signIn } = suite;
  const statusTag = (page: Page) => page.getByTestId('document-meta').locator('.ant-tag').first();

  it('the editor drafts a document, is stopped by the gate at the attachment, masks it and submits', async () => {
    await withPage(async (page) => {
      await signIn(page, 'editor');
      await page.waitForURL('**/admin/documents'); // an editor's home
      const menu = await menuItems(page);
      assert.equal(menu[0], '文件发布', menu.join());
      assert.ok(!menu.includes('敏感词库') && !menu.includes('用户管理'), `an editor's menu: ${menu.join()}`);
      await page.getByRole('heading', { level: 1, name: '文件发布' }).waitFor();
      await page.locator('.ant-table-tbody').waitFor();
      await axeAtRest(page, 'documents list');

      await page.getByRole('button', { name: '起草文件' }).click();
      await page.waitForURL('**/admin/documents/new');
      await page.getByRole('heading', { level: 1, name: '起草文件' }).waitFor();
      const form = page.locator('form#documentForm');
      await form.getByText('菏泽市财政局').first().waitFor(); // 发文机关 defaults to the editor's organisation
      // (the body toolbar has a 标题 button too)
      await page.getByLabel('标题', { exact: true }).and(page.locator('input')).fill(TITLE);
      await page.getByLabel('发文字号', { exact: true }).fill('菏财字[2026]12号');
      await page.getByLabel('成文日期', { exact: true }).fill(beijingDate(3));
      await page.keyboard.press('Enter');
      await page.getByLabel('主题分类', { exact: true }).click();
      const topics = page.locator('.ant-cascader-dropdown:visible');
      await topics.waitFor();
      await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost
      await topics.locator('[title="财政、金融、审计"]').click();
      await topics.locator('[title="财政"]').click();
      await pick(page, '体裁（公文种类）', '通知');
      await page.getByLabel('主题词', { exact: true }).fill('惠民补贴 公示');
      await page.getByLabel('内容概述', { exact: true }).fill('公示2026年度惠民补贴资金发放情况。');
      assert.ok(await page.getByRole('radio', { name: '主动公开' }).isChecked(), '公开属性 defaults to 主动公开');
      assert.equal(await page.getByLabel('不主动公开的法定理由').count(), 0, 'no ground for 主动公开');
      await page.getByRole('radio', { name: '依申请公开' }).check();
      await page.getByLabel('不主动公开的法定理由', { exact: true }).click();
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await options.filter({ hasText: '不属于应当主动公开的范围' }).waitFor(); // 条例第十九条、第二十条
      assert.equal(await options.filter({ hasText: '国家秘密' }).count(), 0, 'a ground only for 不予公开 is not offered for 依申请公开');
      await page.keyboard.press('Escape');
      await page.getByRole('radio', { name: '主动公开' }).check();

      // The body: a heading, bold text and a paragraph, through the toolbar.
      const body = page.getByRole('textbox', { name: '正文' });
      await body.click();
      await page.getByRole('button', { name: '标题', exact: true }).click();
      await page.keyboard.type('一、发放情况');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: '加粗' }).click();
      await page.keyboard.type('各县区财政局：');
      await page.getByRole('button', { name: '加粗' }).click();
      await page.keyboard.type('现将2026年度惠民补贴资金发放情况公示如下，名单见附件。');
      for (const name of ['斜体', '列表', '表格', '链接', '居中', '撤销', '重做']) {
        assert.equal(await page.getByRole('toolbar', { name: '正文格式' }).getByRole('button', { name, exact: true }).count(), 1, `toolbar button ${name}`);
      }
      await axeAtRest(page, 'new document form');

      // The server's reason for a bad 发文字号 shows under the field.
      await page.getByLabel('发文字号', { exact: true }).fill('菏财字12号');
      await page.getByRole('button', { name: '保存草稿' }).first().click();
      assert.match(await fieldError(page.locator('form#documentForm'), '发文字号'), /发文字号应形如“菏政办字〔2021〕35号”/);
      await page.getByLabel('发文字号', { exact: true }).fill('菏财字[2026]12号');

      const created = await clickFor<{ id: number; docNumber: string; bodyHtml: string }>(page, 'POST', '/api/v1/documents', () =>
        page.getByRole('button', { name: '保存草稿' }).first().click(),
      );
      docId = created.id;
      assert.equal(created.docNumber, '菏财字〔2026〕12号', 'the server normalised the 发文字号');
      assert.match(created.bodyHtml, /<h2>一、发放情况<\/h2><p><strong>各县区财政局：<\/strong>现将2026年度/);
      await page.waitForURL(`**/admin/documents/${docId}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.waitForFunction(() => (document.querySelector('#documentForm_docNumber') as HTMLInputElement | null)?.value === '菏财字〔2026〕12号');
      assert.equal(await statusTag(page).innerText(), '草稿');

      // Somebody else saves meanwhile: 保存 reports the conflict and offers to reload.
      const { t } = suite.server;
      const other = await t.as(await t.login('editor'), { method: 'PATCH', url: `/api/v1/documents/${docId}`, payload: { version: 1, summary: '由他人修改的内容概述。' } });
      assert.equal(other.statusCode, 200, other.body);
      await page.getByLabel('内容概述', { exact: true }).fill('我的修改');
      const [stale] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${docId}`) && r.request().method() === 'PATCH'),
        page.getByRole('button', { name: '保存', exact: true }).first().click(),
      ]);
      assert.equal(stale.status(), 409);
      const conflict = page.getByRole('alert').filter({ hasText: '文件已被他人修改' });
      await conflict.waitFor();
      await conflict.getByRole('button', { name: '重新加载' }).click();
      await conflict.waitFor({ state: 'detached' });
      assert.equal(await page.getByLabel('内容概述', { exact: true }).inputValue(), '由他人修改的内容概述。');

      // The DOCX attachment with an 18-digit ID number.
      const docx = await docxOf(['2026年度惠民补贴发放名单', `申领人身份证号码：${ID}`, '补贴金额：1200元']);
      await clickFor(page, 'POST', `/api/v1/documents/${docId}/attachments`, () =>
        page.getByTestId('attachment-input').setInputFiles({ name: ATTACHMENT, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }),
      );
      const attachments = page.getByTestId('attachments-panel');
      await attachments.getByRole('row').filter({ hasText: ATTACHMENT }).waitFor();

      // 提交审核: the gate refuses and names the attachment, the line and the value.
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${docId}/submit`)),
        page.getByRole('button', { name: '提交审核' }).click(),
      ]);
      assert.equal(refused.status(), 422);
      const checks = page.getByTestId('checks-panel');
      const group = checks.getByRole('region', { name: `附件“${ATTACHMENT}”` });
      await group.waitFor();
      const groupText = await group.innerText();
      assert.match(groupText, /须处理[\s\S]*个人信息[\s\S]*第\d+行第\d+列/);
      assert.match(groupText, /身份证号码/);
      assert.equal(await group.locator('mark').first().innerText(), ID, 'the found value is highlighted in its context');
      assert.match(await checks.getByTestId('checks-summary').innerText(), /检查未通过/);
      assert.equal(await statusTag(page).innerText(), '草稿');
      await axeAtRest(page, 'document editor with findings');
      await screenshot(page, 'documents-gate-findings');

      // 一键去标识化: the attachment is replaced by a masked copy; the checks pass.
      const masked = await clickFor<{ masked: { place: string; count: number }[]; notMaskable: string[]; report: { blocking: boolean } }>(page, 'POST', `/api/v1/documents/${docId}/mask`, () =>
        checks.getByRole('button', { name: '一键去标识化' }).click(),
      );
      assert.deepEqual(masked.notMaskable, []);
      assert.ok(masked.masked.some((m) => m.place.includes(ATTACHMENT)), JSON.stringify(masked.masked));
      assert.equal(masked.report.blocking, false);
      assert.match(await checks.getByTestId('mask-result').innerText(), new RegExp(`已去标识化：.*${ATTACHMENT}`));
      await attachments.getByRole('row').filter({ hasText: ATTACHMENT }).getByText('已去标识化').waitFor();
      assert.match(await checks.getByTestId('checks-summary').innerText(), /检查通过/);

      await clickFor(page, 'POST', `/api/v1/documents/${docId}/submit`, () => page.getByRole('button', { name: '提交审核' }).click());
      await page.waitForFunction(() => document.querySelector('[data-testid="document-meta"] .ant-tag')?.textContent === '待保密审查');
      assert.equal(await page.getByRole('button', { name: '提交审核' }).count(), 0);
      // Read-only once submitted: the metadata as text, the body without a toolbar.
      const details = page.getByTestId('document-details');
      await details.waitFor();
      assert.match(await details.innerText(), /菏财字〔2026〕12号[\s\S]*财政、金融、审计\/财政[\s\S]*通知[\s\S]*主动公开/);
      assert.equal(await page.getByRole('toolbar', { name: '正文格式' }).count(), 0);
      assert.equal(await page.getByRole('textbox', { name: '正文' }).getAttribute('contenteditable'), 'false');
      await page.getByRole('button', { name: '撤回审核申请' }).waitFor();
      await screenshot(page, 'documents-submitted');
    });
  });

  it('the reviewer lands on 待保密审查 and approves with an opinion (一事一审)', async () => {
    assert.ok(docId, 'runs after the drafting test');
    await withPage(async (page) => {
      await signIn(page, 'reviewer');
      await page.waitForURL('**/admin/documents');
      assert.equal(await page.getByRole('tab', { selected: true }).innerText(), '待保密审查');
      assert.match(await page.getByTestId('documents-todo').innerText(), /1 件文件待保密审查/);
      const row = page.getByRole('row').filter({ hasText: TITLE });
      assert.match(await row.innerText(), /菏财字〔2026〕12号[\s\S]*菏泽市财政局[\s\S]*待保密审查/);
      await screenshot(page, 'documents-reviewer-list');
      await row.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/admin/documents/${docId}`);
      const review = page.getByTestId('review-panel');
      assert.match(await review.innerText(), /一事一审[\s\S]*起草人不能审查本人起草的文件/);
      // 退回 needs a reason.
      await review.getByRole('button', { name: '退回修改' }).click();
      await review.getByText('退回修改时请写明退回原因').waitFor();
      await review.getByLabel('审查意见').fill('经审查，附件已去标识化，不涉及国家秘密和工作秘密，同意公开。');
      await review.locator('.ant-form-item-explain').waitFor({ state: 'detached' }); // the error is gone, not fading
      await axeAtRest(page, 'review panel');
      await clickFor(page, 'POST', `/api/v1/documents/${docId}/review`, () => review.getByRole('button', { name: '审查通过' }).click());
      await page.waitForFunction(() => document.querySelector('[data-testid="document-meta"] .ant-tag')?.textContent === '审查通过待签发');
      assert.equal(await page.getByTestId('review-panel').count(), 0);
      const history = page.getByTestId('history-panel');
      await history.getByText('保密审查通过').waitFor();
      assert.match(await history.innerText(), /保密审查通过[\s\S]*赵审查[\s\S]*待保密审查[\s\S]*审查通过待签发[\s\S]*附件已去标识化/);
    });
  });

  it('the leader lands on 待签发 and signs it off for immediate publication', async () => {
    assert.ok(docId, 'runs after the review test');
    await withPage(async (page) => {
      await signIn(page, 'leader');
      await page.waitForURL('**/admin/documents');
      assert.equal(await page.getByRole('tab', { selected: true }).innerText(), '审查通过待签发');
      await page.getByRole('row').filter({ hasText: TITLE }).getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/admin/documents/${docId}`);
      await page.getByRole('button', { name: '签发' }).click();
      const dlg = page.getByRole('dialog', { name: '签发' });
      assert.ok(await dlg.getByRole('radio', { name: '立即发布' }).isChecked());
      await dlg.getByRole('radio', { name: '定时发布' }).check();
      await dlg.getByLabel('发布时间（北京时间）').waitFor();
      await dlg.getByRole('radio', { name: '立即发布' }).check();
      const published = await clickFor<{ status: string; indexNumber: string }>(page, 'POST', `/api/v1/documents/${docId}/publish`, () => dlg.getByRole('button', { name: '确定签发' }).click());
      assert.equal(published.status, 'published');
      await page.waitForFunction(() => document.querySelector('[data-testid="document-meta"] .ant-tag')?.textContent === '已发布');
      assert.equal(await page.getByTestId('document-index-number').innerText(), published.indexNumber);
      const portal = page.getByRole('link', { name: '在门户查看' });
      assert.equal(await portal.getAttribute('href'), `/xxgk/documents/${docId}`);
      await page.getByTestId('history-panel').getByText('签发发布').waitFor();
      await axeAtRest(page, 'published document');
      await screenshot(page, 'documents-published');
    });
  });

  it('the public finds the document, with the ID number masked in the attachment', async () => {
    assert.ok(docId, 'runs after the publication test');
    await withPage(async (page) => {
      const portal = await page.request.get(`/xxgk/documents/${docId}`);
      if (portal.status() === 200) {
        await page.goto(`/xxgk/documents/${docId}`);
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await screenshot(page, 'documents-portal-page');
      }
      const search = async (q: string) => {
        const res = await page.request.get(`/api/v1/public/documents?q=${encodeURIComponent(q)}`);
        assert.equal(res.status(), 200, await res.text());
        return res.json();
      };
      const found = await search('惠民补贴');
      assert.ok(found.hits.some((h: { id: number }) => h.id === docId), 'found by a title word');
      const byRaw = await search(ID);
      assert.ok(!byRaw.hits.some((h: { id: number }) => h.id === docId), 'not found by the raw ID number');

      const doc = await (await page.request.get(`/api/v1/public/documents/${docId}`)).json();
      assert.equal(doc.attachments.length, 1);
      // The attachment as published (the portal's download when it exists, else the stored file via the staff API).
      const publicFile = await page.request.get(doc.attachments[0].url);
      let data: Buffer;
      if (publicFile.status() === 200) data = await publicFile.body();
      else {
        const { t } = suite.server;
        const staffDoc = (await t.as(await t.login('editor'), { method: 'GET', url: `/api/v1/documents/${docId}` })).json();
        const res = await t.as(await t.login('editor'), { method: 'GET', url: `/api/v1/documents/${docId}/attachments/${staffDoc.attachments[0].id}` });
        assert.equal(res.statusCode, 200);
        data = res.rawPayload;
      }
      const { text } = await extractText(data, 'docx');
      assert.ok(text.includes(MASKED), `masked form ${MASKED} in: ${text}`);
      assert.ok(!text.includes(ID), 'the raw ID number is gone');
    });
  });

  it('the leader withdraws it; the reason is required and shown', async () => {
    assert.ok(docId, 'runs after the publication test');
    await withPage(async (page) => {
      await signIn(page, 'leader');
      await page.goto(`/admin/documents/${docId}`);
      await page.getByRole('button', { name: '撤回发布' }).click();
      const dlg = page.getByRole('dialog', { name: '撤回发布' });
      await dlg.getByRole('button', { name: '确定撤回' }).click();
      assert.equal(await fieldError(dlg, '撤回原因（向公众显示）'), '请填写撤回原因');
      await dlg.getByLabel('撤回原因（向公众显示）').fill('发放名单有误，更正后重新发布。');
      await clickFor(page, 'POST', `/api/v1/documents/${docId}/withdraw`, () => dlg.getByRole('button', { name: '确定撤回' }).click());
      await page.waitForFunction(() => document.querySelector('[data-testid="document-meta"] .ant-tag')?.textContent === '已撤回');
      assert.match(await page.getByTestId('document-meta').innerText(), /撤回原因（向公众显示）[\s\S]*发放名单有误/);
      assert.equal(await page.getByRole('link', { name: '在门户查看' }).getAttribute('href'), `/xxgk/documents/${docId}`);
    });
  });

  it('personal information in the body: a lawful exception is recorded and removed, then the body is masked', async () => {
    const mobile = '13912345678';
    const draft = await documentActions(suite.server.t).create({ title: '菏泽市财政局关于失信被执行人惩戒公示的通知', bodyHtml: `<p>联系人手机：${mobile}，请及时联系。</p>` });
    await withPage(async (page) => {
      await signIn(page, 'editor');
      await page.goto(`/admin/documents/${draft.id}`);
      const checks = page.getByTestId('checks-panel');
      await clickFor(page, 'GET', `/api/v1/documents/${draft.id}/checks`, () => checks.getByRole('button', { name: '发布前检查' }).click());
      const inBody = checks.getByRole('region', { name: '正文' });
      await inBody.getByText('须处理').waitFor();
      assert.equal(await inBody.locator('mark').first().innerText(), mobile);

      await checks.getByRole('button', { name: '记录合法例外' }).click();
      const dlg = page.getByRole('dialog', { name: '记录合法例外' });
      await pick(page, '法定依据', '惩戒公示（依法公示失信、处罚等信息）');
      await dlg.getByLabel('依据说明').fill('依据《最高人民法院关于公布失信被执行人名单信息的若干规定》第六条');
      await axeAtRest(page, 'exception dialog');
      await clickFor(page, 'PUT', `/api/v1/documents/${draft.id}/pii-exception`, () => dlg.getByRole('button', { name: '确定' }).click());
      const recorded = checks.getByTestId('pii-exception');
      await recorded.waitFor();
      assert.match(await recorded.innerText(), /惩戒公示[\s\S]*第六条[\s\S]*李编辑/);
      await inBody.getByText('已记录例外').waitFor();
      assert.match(await checks.getByTestId('checks-summary').innerText(), /检查通过/);
      await screenshot(page, 'documents-pii-exception');

      await recorded.getByRole('button', { name: '取消例外' }).click();
      await page.locator('.ant-popconfirm:visible').waitFor();
      await page.waitForTimeout(300); // the opening animation: a click while it runs can be lost (flaky on a loaded machine)
      await clickFor(page, 'DELETE', `/api/v1/documents/${draft.id}/pii-exception`, () => page.locator('.ant-popconfirm:visible').getByRole('button', { name: '取消例外' }).click());
      await recorded.waitFor({ state: 'detached' });
      await inBody.getByText('须处理').waitFor();

      await clickFor(page, 'POST', `/api/v1/documents/${draft.id}/mask`, () => checks.getByRole('button', { name: '一键去标识化' }).click());
      const body = page.getByRole('textbox', { name: '正文' });
      await page.waitForFunction(() => !document.querySelector('[aria-label="正文"]')?.textContent?.includes('13912345678'));
      assert.match(await body.innerText(), /联系人手机：139\*{4}5678/);
      assert.match(await checks.getByTestId('checks-summary').innerText(), /检查通过/);
    });
  });

  it('the office admin maintains the sensitive-word list', async () => {
    await withPage(async (page) => {
      await signIn(page, 'gkb');
      await page.getByRole('menuitem', { name: '敏感词库' }).click();
      await page.getByRole('heading', { level: 1, name: '敏感词库' }).waitFor();
      await page.getByLabel('敏感词', { exact: true }).fill('内部资料');
      await pick(page, '级别', '仅提示');
      await page.getByLabel('备注', { exact: true }).fill('提示编辑核对');
      await clickFor(page, 'POST', '/api/v1/sensitive-words', () => page.getByRole('button', { name: '添加' }).click());
      const row = page.getByRole('row').filter({ hasText: '内部资料' });
      await row.waitFor();
      assert.match(await row.innerText(), /内部资料[\s\S]*仅提示[\s\S]*提示编辑核对/);
      await axeAtRest(page, 'sensitive words');
      await screenshot(page, 'documents-sensitive-words');
      await row.getByRole('button', { name: '删除敏感词“内部资料”' }).click();
      await page.locator('.ant-popconfirm:visible').waitFor();
      await page.waitForTimeout(300); // as above: let the popconfirm finish opening
      const [removed] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/sensitive-words/') && r.request().method() === 'DELETE'),
        page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click(),
      ]);
      assert.equal(removed.status(), 204);
      await row.waitFor({ state: 'detached' });
    });
  });
});

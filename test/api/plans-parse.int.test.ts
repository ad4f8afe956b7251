// 导入预览: the 2021 菏泽 plan (shared fixture) pasted as JSON or uploaded as .txt/.docx, parsed, and its unit
// names resolved against the demo organisation tree (市政府办公室 → 菏泽市人民政府办公室, collectives listing the
// organisations they expand to, unknown names kept as text); then a draft from the preview, adopted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { docxOf, multipart } from '../support/documents.js';
import { hezeExpected, hezeText, planActions } from '../support/plans.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

/** What the demo tree gives each single name of the fixture (null: kept as text). */
const SINGLE: Record<string, string | null> = {
  市政府办公室: 'hz-bgs', 市发展改革委: 'hz-fgw', 市教育局: 'hz-jyj', 市卫生健康委: 'hz-wjw', 市生态环境局: 'hz-sthjj', 市行政审批服务局: 'hz-xzspj',
  市工业和信息化局: null, 市水务局: null, 市城管局: null, 市交通运输局: null, 市国资委: null,
};
const CITY_DEPARTMENTS = ['hz-bgs', 'hz-czj', 'hz-fgw', 'hz-jyj', 'hz-rsj', 'hz-sjj', 'hz-sthjj', 'hz-wjw', 'hz-xzspj', 'hz-zjj'];
const COLLECTIVE: Record<string, string[]> = {
  '各县区政府、管委会': ['caoxian', 'mudan'], '市政府各部门、单位': CITY_DEPARTMENTS, 市政府各部门: CITY_DEPARTMENTS, '市政府有关部门、单位': CITY_DEPARTMENTS,
};

type Unit = { name: string; match: { orgId: number; code: string; name: string } | null; expandsTo: { code: string }[]; tasks: number; roles: string[] };

describe('导入预览: parse, resolve units, draft from the preview', () => {
  let t: TestApp;
  let a: ReturnType<typeof planActions>;
  let preview: any;
  const text = hezeText();
  const expected = hezeExpected();

  before(async () => {
    t = await buildTestApp();
    a = planActions(t);
  });
  after(() => t.close());

  it('parses pasted text: title, 文号, the tasks, and each unit name resolved against the tree', async () => {
    const r = await a.as('gkb', 'POST', '/api/v1/plans/parse', { text });
    assert.equal(r.statusCode, 200, r.body);
    preview = r.json();
    assert.equal(preview.plan.title, expected.title);
    assert.equal(preview.plan.docNumber, expected.docNumber);
    const paths = new Set(preview.plan.tasks.map((x: { path: string[] }) => x.path.join('/')));
    const found = expected.tasks.filter((x) => paths.has(x.path.join('/'))).length;
    assert.ok(found / expected.tasks.length >= 0.9, `task recall ${found}/${expected.tasks.length}`);
    assert.deepEqual(preview.org, { code: 'heze', name: '菏泽市人民政府' });
    assert.deepEqual(preview.government, { code: 'heze', name: '菏泽市人民政府' });
    assert.equal(preview.year, 2021, 'from 菏政办字〔2021〕35号');
    assert.equal(preview.text, text);
    const units = new Map<string, Unit>(preview.units.map((u: Unit) => [u.name, u]));
    for (const must of ['市政府办公室', '各县区政府、管委会', '市政府各部门、单位']) assert.ok(units.has(must), must);
    for (const [name, u] of units) {
      if (name in SINGLE) {
        assert.equal(u.match?.code ?? null, SINGLE[name], name);
        assert.deepEqual(u.expandsTo, [], name);
      } else if (name in COLLECTIVE) {
        assert.equal(u.match, null, name);
        assert.deepEqual(u.expandsTo.map((o) => o.code).sort(), COLLECTIVE[name], name);
      }
      assert.ok(u.tasks >= 1 && u.roles.length >= 1, name);
    }
    assert.deepEqual(units.get('市政府办公室')!.match, { orgId: await t.orgId('hz-bgs'), code: 'hz-bgs', name: '菏泽市人民政府办公室' });
    assert.ok(units.get('各县区政府、管委会')!.tasks >= 15);
  });

  it('reads the same plan from an uploaded .txt and a .docx', async () => {
    const txt = await a.as('gkb', 'POST', '/api/v1/plans/parse', undefined, multipart('实施方案.txt', Buffer.from(text)));
    assert.equal(txt.statusCode, 200, txt.body);
    assert.deepEqual(txt.json().plan, preview.plan);
    const docx = await a.as('gkb', 'POST', '/api/v1/plans/parse?orgCode=heze', undefined, multipart('实施方案.docx', await docxOf(text.split('\n'))));
    assert.equal(docx.statusCode, 200, docx.body);
    assert.equal(docx.json().plan.title, expected.title);
    assert.equal(docx.json().plan.tasks.length, preview.plan.tasks.length);
  });

  it('refuses other files, empty and over-long text, writers outside the office, organisations out of scope', async () => {
    const pdf = await a.as('gkb', 'POST', '/api/v1/plans/parse', undefined, multipart('方案.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n')));
    assert.equal(pdf.statusCode, 415);
    assert.equal(pdf.json().code, 'PLAN_SOURCE_TYPE_NOT_ALLOWED');
    assert.match(pdf.json().detail, /\.txt.*\.docx/);
    const empty = await a.as('gkb', 'POST', '/api/v1/plans/parse', { text: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().detail, /请粘贴方案全文/);
    const long = await a.as('gkb', 'POST', '/api/v1/plans/parse', { text: '任'.repeat(500_001) });
    assert.equal(long.statusCode, 400);
    assert.match(long.json().detail, /方案文本不超过500000字/);
    assert.equal((await a.as('editor', 'POST', '/api/v1/plans/parse', { text })).statusCode, 403);
    const county = await a.as('caoxian-gkb', 'POST', '/api/v1/plans/parse', { text, orgCode: 'heze' });
    assert.equal(county.statusCode, 404);
    const own = await a.as('caoxian-gkb', 'POST', '/api/v1/plans/parse', { text });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().government.code, 'caoxian', 'units resolve against the county when the county imports');
  });

  it('saves the (edited) preview as a draft and adopts it: 各县区政府、管委会 becomes 牡丹区 and 曹县', async () => {
    const tasks = preview.plan.tasks.map((x: any, i: number) => (i === 0 ? { ...x, heading: `${x.heading}（已核对）` } : x));
    const d = await a.draft({ title: preview.plan.title, issuer: preview.plan.issuer, docNumber: preview.plan.docNumber, year: preview.year, sourceText: preview.text, tasks });
    assert.equal(d.tasks.length, preview.plan.tasks.length);
    assert.match(d.tasks[0].heading, /（已核对）$/);
    assert.equal(d.sourceText, text);
    const r = await a.as('gkb', 'POST', `/api/v1/plans/${d.id}/adopt`, { version: d.version });
    assert.equal(r.statusCode, 200, r.body);
    const withCounties = r.json().tasks.filter((x: any) => x.units.responsible.some((u: any) => u.collective === '各县区政府、管委会'));
    assert.ok(withCounties.length >= 15);
    for (const x of withCounties) assert.deepEqual(x.units.responsible.filter((u: any) => u.collective === '各县区政府、管委会').map((u: any) => u.code).sort(), ['caoxian', 'mudan']);
  });
});

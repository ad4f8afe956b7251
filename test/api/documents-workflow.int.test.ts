import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, buildTestApp } from '../support/test-app.js';
import { BASE_DOC, docxOf, documentActions, idNumber, multipart } from '../support/documents.js';

describe('documents: drafting, the publication gate, review, 签发, withdrawal', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  before(async () => {
    t = await buildTestApp();
    d = documentActions(t);
  });
  after(() => t.close());

  const events = async (id: number) => (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${id}/events` })).json().items as { action: string; note: string | null; actorName: string }[];
  const publicSearch = async (q: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent(q)}` })).json();

  it('an editor drafts a document: 发文字号 normalised to 〔〕, topic and metadata stored, history and version 1', async () => {
    const doc = await d.create();
    assert.equal(doc.docNumber, '菏财字〔2026〕3号');
    assert.equal(doc.status, 'draft');
    assert.equal(doc.statusLabel, '草稿');
    assert.deepEqual(doc.topic, { code: '04-01', label: '财政、金融、审计/财政' });
    assert.equal(doc.indexNumber, null);
    assert.equal(doc.version, 1);
    assert.deepEqual((await events(doc.id)).map((e) => e.action), ['create']);
  });

  it('refuses a bad 发文字号, an unknown topic and a 依申请公开 without its statutory ground, in Chinese', async () => {
    const orgId = await t.orgId('hz-czj');
    const bad = await d.as('editor', { method: 'POST', url: '/api/v1/documents', payload: { ...BASE_DOC, orgId, docNumber: '菏财字2026年第3' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /发文字号|年份|格式/);
    assert.equal(bad.json().errors[0].path, 'body.docNumber');
    const topic = await d.as('editor', { method: 'POST', url: '/api/v1/documents', payload: { ...BASE_DOC, orgId, topic: '99-99' } });
    assert.equal(topic.statusCode, 400);
    assert.match(topic.json().detail, /主题分类/);
    const doc = await d.create({ disclosure: 'on_request' });
    const r = await d.submit(doc.id);
    assert.equal(r.statusCode, 422);
    assert.ok(r.json().findings.some((f: { place: { field?: string } }) => f.place.field === 'disclosureGround'));
  });

  it('optimistic locking: a stale version gets 409 DOCUMENT_VERSION_CONFLICT and nothing is lost', async () => {
    const doc = await d.create();
    const ok = await d.as('editor', { method: 'PATCH', url: `/api/v1/documents/${doc.id}`, payload: { version: 1, title: '修改后的标题（第一次）' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().version, 2);
    const stale = await d.as('editor', { method: 'PATCH', url: `/api/v1/documents/${doc.id}`, payload: { version: 1, title: '过时的修改' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'DOCUMENT_VERSION_CONFLICT');
    const now = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}` })).json();
    assert.equal(now.title, '修改后的标题（第一次）');
    const versions = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}/versions` })).json().items;
    assert.deepEqual(versions.map((v: { version: number }) => v.version), [2, 1]);
  });

  it('the gate refuses an ID number in the body with its exact place, and one-click 去标识化 keeps 1101**********XXXX', async () => {
    const id = idNumber();
    const doc = await d.create({ bodyHtml: `<p>联系人：张三</p><p>身份证号：${id}，已核实。</p><p>统一社会信用代码：91370000163044711M，菏财字〔2026〕3号。</p>` });
    const r = await d.submit(doc.id);
    assert.equal(r.statusCode, 422);
    const problem = r.json();
    assert.equal(problem.code, 'PUBLICATION_CHECK_FAILED');
    const pii = problem.findings.filter((f: { check: string }) => f.check === 'pii');
    const idFinding = pii.find((f: { piiKind: string }) => f.piiKind === 'id-card');
    assert.equal(idFinding.value, id);
    assert.equal(idFinding.place.kind, 'body');
    assert.equal(idFinding.place.line, 2);
    assert.equal(idFinding.place.column, 6);
    assert.ok(!pii.some((f: { value: string }) => f.value.includes('91370000163044711M')), 'no false alarm on the credit code');
    const masked = await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/mask`, payload: {} });
    assert.equal(masked.statusCode, 200);
    const body = masked.json();
    assert.ok(body.document.bodyHtml.includes(`${id.slice(0, 4)}**********${id.slice(-4)}`));
    assert.ok(!body.document.bodyHtml.includes(id));
    assert.ok(body.document.bodyHtml.includes('91370000163044711M'));
    assert.equal(body.report.blocking, false);
    assert.equal((await d.submit(doc.id)).statusCode, 200);
    assert.ok((await events(doc.id)).some((e) => e.action === 'mask'));
  });

  it('a recorded lawful exception (惩戒公示) lets personal information through, shown as excepted and audited', async () => {
    const doc = await d.create({ bodyHtml: `<p>失信被执行人：李四，身份证号 ${idNumber('37010219800101001')}。</p>` });
    assert.equal((await d.submit(doc.id)).statusCode, 422);
    const ex = await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${doc.id}/pii-exception`, payload: { basis: 'disciplinary-publicity', note: '依据《最高人民法院关于公布失信被执行人名单信息的若干规定》' } });
    assert.equal(ex.statusCode, 200);
    assert.equal(ex.json().piiException.basisLabel.startsWith('惩戒公示'), true);
    const checks = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}/checks` })).json();
    assert.equal(checks.blocking, false);
    assert.ok(checks.findings.some((f: { severity: string }) => f.severity === 'excepted'));
    assert.equal((await d.submit(doc.id)).statusCode, 200);
    const audit = await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'document').where('entity_id', '=', String(doc.id)).execute();
    assert.ok(audit.some((a) => a.action === 'document.pii-exception'));
  });

  it('an ID number in a DOCX attachment stops submission at the attachment; masking rewrites the file', async () => {
    const id = idNumber('41010219900307123');
    const doc = await d.create();
    const file = await docxOf(['附件：人员名单', `王五，身份证号码：${id}`]);
    const up = await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/attachments`, ...multipart('名单.docx', file) });
    assert.equal(up.statusCode, 201, up.body);
    assert.equal(up.json().fileType, 'docx');
    const r = await d.submit(doc.id);
    assert.equal(r.statusCode, 422);
    const f = r.json().findings.find((x: { piiKind?: string }) => x.piiKind === 'id-card');
    assert.equal(f.place.kind, 'attachment');
    assert.equal(f.place.name, '名单.docx');
    assert.equal(f.maskable, true);
    const m = await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/mask`, payload: {} });
    assert.equal(m.json().report.blocking, false, JSON.stringify(m.json().report));
    const att = m.json().document.attachments[0];
    assert.equal(att.masked, true);
    const dl = await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}/attachments/${att.id}` });
    assert.equal(dl.statusCode, 200);
    assert.match(dl.headers['content-disposition'] as string, /filename\*=UTF-8''%E5%90%8D%E5%8D%95\.docx/);
    const mammoth = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: dl.rawPayload })).value;
    assert.ok(text.includes(`${id.slice(0, 4)}**********${id.slice(-4)}`));
    assert.ok(!text.includes(id));
  });

  it('blocks sensitive words, broken links and empty attachments, each with its place', async () => {
    const admin = await d.as('gkb', { method: 'POST', url: '/api/v1/sensitive-words', payload: { word: '绝密', level: 'block' } });
    assert.equal(admin.statusCode, 201);
    const editorTries = await d.as('editor', { method: 'POST', url: '/api/v1/sensitive-words', payload: { word: '机密', level: 'block' } });
    assert.equal(editorTries.statusCode, 403);
    const doc = await d.create({ bodyHtml: '<p>本件为绝密文件。</p><p><a href="http://intranet/a.doc">附件</a> <a href="/xxgk/documents/999999">旧文</a></p>' });
    await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/attachments`, ...multipart('空白.txt', Buffer.from('   \n')) });
    const r = await d.submit(doc.id);
    assert.equal(r.statusCode, 422);
    const checks = r.json().findings.map((f: { check: string }) => f.check);
    assert.ok(checks.includes('sensitive-word'));
    assert.equal(checks.filter((c: string) => c === 'broken-link').length, 2);
    assert.ok(checks.includes('empty-attachment'));
    assert.match(r.json().detail, /敏感词|无效链接|空附件/);
  });

  it('一事一审: the editor cannot review or publish; return needs a reason; reviewer approves; leader 签发 assigns the 索引号', async () => {
    const doc = await d.create({ title: '菏泽市财政局2026年部门预算公开说明', docNumber: '菏财字（2026）5号' });
    assert.equal((await d.submit(doc.id)).statusCode, 200);
    const self = await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/review`, payload: { decision: 'approve', opinion: '' } });
    assert.equal(self.statusCode, 403);
    const noReason = await d.as('reviewer', { method: 'POST', url: `/api/v1/documents/${doc.id}/review`, payload: { decision: 'return', opinion: '' } });
    assert.equal(noReason.statusCode, 400);
    const ret = await d.as('reviewer', { method: 'POST', url: `/api/v1/documents/${doc.id}/review`, payload: { decision: 'return', opinion: '请删除第二段的内部意见' } });
    assert.equal(ret.json().status, 'returned');
    assert.equal((await d.submit(doc.id)).statusCode, 200);
    assert.equal((await d.approve(doc.id)).json().status, 'approved');
    assert.equal((await d.as('editor', { method: 'POST', url: `/api/v1/documents/${doc.id}/publish`, payload: {} })).statusCode, 403);
    const pub = await d.publish(doc.id);
    assert.equal(pub.statusCode, 200);
    const p = pub.json();
    assert.equal(p.status, 'published');
    assert.match(p.indexNumber, /^hz-czj\/2026-\d{5}$/);
    assert.equal(p.dueDate, '2026-03-26'); // 2026-02-27 + 20 working days; Saturday 2026-02-28 is a 春节 调休 working day
    assert.equal(p.lateDays, 0);
    const ev = await events(doc.id);
    assert.deepEqual(ev.map((e) => e.action), ['create', 'submit', 'return', 'submit', 'approve', 'publish']);
    assert.equal(ev[2].note, '请删除第二段的内部意见');
    const found = await publicSearch('部门预算公开说明');
    assert.equal(found.hits[0].id, doc.id);
    assert.equal(found.hits[0].url, `/xxgk/documents/${doc.id}`);
    const exact = await publicSearch('菏财字[2026]5号');
    assert.equal(exact.hits[0].id, doc.id);
    assert.equal(exact.hits[0].exact, true);
    const byIndex = await publicSearch(p.indexNumber);
    assert.equal(byIndex.hits[0].id, doc.id);
    const verify = await t.c.audit.verify(t.c.db);
    assert.equal(verify.ok, true);
  });

  it('a draft knows its due date from 成文日期; unpublished documents past it are listed as overdue', async () => {
    const draft = await d.create({ title: '尚未发布的逾期信息', writtenAt: '2026-01-05', docNumber: null });
    assert.equal(draft.dueDate, '2026-02-02');
    assert.equal(draft.lateDays, null);
    const onTime = await d.create({ title: '按期信息', docNumber: null });
    const overdue = (await d.as('gkb', { method: 'GET', url: '/api/v1/documents?overdue=true' })).json();
    assert.ok(overdue.items.some((i: { id: number }) => i.id === draft.id));
    assert.ok(!overdue.items.some((i: { id: number }) => i.id === onTime.id));
    const moved = await d.as('editor', { method: 'PATCH', url: `/api/v1/documents/${draft.id}`, payload: { version: draft.version, writtenAt: '2026-02-27' } });
    assert.equal(moved.json().dueDate, '2026-03-26');
  });

  it('条例第二十六条: a document published after 20 working days is late and listed', async () => {
    const doc = await d.publishAll({ title: '关于某项迟发信息的公告', writtenAt: '2026-01-05', docNumber: null });
    assert.ok(doc.lateDays > 0, `late ${doc.lateDays}`);
    const list = (await d.as('gkb', { method: 'GET', url: '/api/v1/documents?late=true' })).json();
    assert.ok(list.items.some((i: { id: number }) => i.id === doc.id));
    assert.ok(list.items.every((i: { lateDays: number }) => i.lateDays > 0));
  });

  it('定时发布: invisible until its time, then public; the job marks it published', async () => {
    const doc = await d.create({ title: '定时发布测试通知', docNumber: null });
    await d.submit(doc.id);
    await d.approve(doc.id);
    const at = new Date(t.clock.now().getTime() + 2 * 3600_000).toISOString();
    const r = await d.publish(doc.id, at);
    assert.equal(r.json().status, 'scheduled');
    assert.equal((await publicSearch('定时发布测试通知')).hits.length, 0);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/documents/${doc.id}` })).statusCode, 404);
    t.clock.advance(3 * 3600_000);
    assert.equal((await publicSearch('定时发布测试通知')).hits[0]?.id, doc.id);
    assert.equal(await t.c.publications.workflow.publishDue(), 1);
    assert.equal((await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}` })).json().status, 'published');
  });

  it('撤回: gone from search, the public record says why; editing a published document is refused', async () => {
    const doc = await d.publishAll({ title: '需要撤回的公示', docNumber: null });
    assert.equal((await d.as('editor', { method: 'PATCH', url: `/api/v1/documents/${doc.id}`, payload: { version: doc.version, title: 'x改' } })).statusCode, 409);
    const w = await d.as('leader', { method: 'POST', url: `/api/v1/documents/${doc.id}/withdraw`, payload: { reason: '公示内容有误，更正后重新发布' } });
    assert.equal(w.statusCode, 200);
    assert.equal(w.json().status, 'withdrawn');
    assert.equal((await publicSearch('需要撤回的公示')).hits.length, 0);
    const pub = (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents/${doc.id}` })).json();
    assert.equal(pub.withdrawn, true);
    assert.equal(pub.withdrawReason, '公示内容有误，更正后重新发布');
    assert.equal(pub.bodyHtml, '');
  });

  it('联合发文: a joint issuer may be any active organisation, listed by the org directory', async () => {
    const dir = (await d.as('editor', { method: 'GET', url: '/api/v1/orgs/directory' })).json().items as { id: number; code: string }[];
    const caoxian = dir.find((o) => o.code === 'caoxian')!;
    assert.ok(caoxian, 'the directory lists organisations outside the editor scope');
    const doc = await d.create({ jointOrgIds: [caoxian.id] });
    assert.deepEqual((doc.orgs as { code: string }[]).map((o) => o.code), ['hz-czj', 'caoxian']);
  });

  it('hostile HTML in a body is neutralised on save', async () => {
    const doc = await d.create({ bodyHtml: '<p>正文<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">点我</a></p>' });
    assert.doesNotMatch(doc.bodyHtml as string, /onerror|<script|javascript:/i);
    assert.match(doc.bodyHtml as string, /正文/);
  });

  it('scope: another county cannot see or act on the document; anonymous gets 401', async () => {
    const doc = await d.create();
    const other = await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/documents/${doc.id}` });
    assert.equal(other.statusCode, 404);
    const list = (await d.as('caoxian-gkb', { method: 'GET', url: '/api/v1/documents' })).json();
    assert.ok(!list.items.some((i: { id: number }) => i.id === doc.id));
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}` })).statusCode, 401);
    const city = await d.as('gkb', { method: 'GET', url: `/api/v1/documents/${doc.id}` });
    assert.equal(city.statusCode, 200, 'the city office supervises its departments');
  });
});

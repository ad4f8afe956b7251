// 依申请公开 pages as a browser without JavaScript uses them: /yisqgk/, the application form (posted
// urlencoded, validated by the API's schema), the acknowledgement with the secret shown once, tracking,
// the online 补正 and the letter download — all through plain HTML forms.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { idNumber } from '../support/documents.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const FORM = { ...HTML, 'content-type': 'application/x-www-form-urlencoded' };
const ID = idNumber('37170219800101001');

/** A natural person's application as the form posts it. */
const form = (over: Record<string, string> = {}) => ({
  to: 'hz-czj', applicantType: 'natural', personName: '李秀英', idType: 'resident_id', idNumber: ID, personPhone: '139 0530 0002',
  personEmail: 'li@example.com', personAddress: '菏泽市牡丹区人民路8号', description: '菏泽市财政局2025年度部门决算公开说明', purpose: '了解财政资金使用情况',
  delivery: 'electronic', ...over,
});
/** Text of a fragment (tags dropped, React's entities decoded). */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const valueOf = (html: string, name: string) => [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]).find((i) => i.includes(` name="${name}"`))?.match(/ value="([^"]*)"/)?.[1];
const hiddenForms = (html: string, action: string) => [...html.matchAll(new RegExp(`<form[^>]*action="${action}"[^>]*>([\\s\\S]*?)</form>`, 'g'))].map((m) => m[1]);

describe('依申请公开 portal pages', () => {
  let t: TestApp;
  let gkb: Session;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: HTML });
  const post = (url: string, fields: Record<string, string>, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url, headers: FORM, payload: new URLSearchParams(fields).toString(), ...(remoteAddress ? { remoteAddress } : {}) });
  const staff = (method: 'GET' | 'POST', url: string, payload?: object) => t.as(gkb, { method, url, ...(payload ? { payload } : {}) });
  /** Applies through the form; returns the code and secret read off the acknowledgement page. */
  async function apply(over: Record<string, string> = {}) {
    const r = await post('/yisqgk/apply', form(over));
    assert.equal(r.statusCode, 201, r.body.slice(0, 2000));
    const [, code, secret] = /<dt>查询码<\/dt><dd>([^<]+)<\/dd><dt>查询密码<\/dt><dd>([^<]+)<\/dd>/.exec(r.body) ?? [];
    const id = (await staff('GET', `/api/v1/info-requests?q=${code}`)).json().items[0].id as number;
    return { code, secret, id, res: r };
  }

  before(async () => {
    t = await buildTestApp();
    gkb = await t.login('gkb');
  });
  after(() => t.close());

  it('/yisqgk/ explains how to apply, links the form, tracking and every guide; the column is open', async () => {
    const r = await get('/yisqgk/');
    assert.equal(r.statusCode, 200);
    assert.equal(r.body.match(/<h1[ >]/g)?.length, 1);
    for (const s of ['第二十九条', '第三十条', '第三十一条', '第三十三条', '20个工作日', '以双方确认之日为收到申请之日', '信息处理费']) assert.ok(r.body.includes(s), s);
    for (const href of ['/yisqgk/apply', '/yisqgk/track', '/xxgk/guide/hz-czj', '/xxgk/guide/heze', '/yisqgk/apply?to=caoxian-jyj']) assert.ok(r.body.includes(`href="${href}"`), href);
    assert.match(r.body, /<a href="\/yisqgk\/" aria-current="page">依申请公开<\/a>/);
    assert.doesNotMatch(r.body, /<script/i);
    assert.equal((await get('/ysqgk')).headers.location, '/yisqgk/');
    assert.equal((await get('/yisqgk')).headers.location, '/yisqgk/');
    assert.match((await get('/xxgk/')).body, /href="\/yisqgk\/"/);
    assert.doesNotMatch((await get('/')).body, /<a href="\/yisqgk\/">依申请公开<\/a><\/h3><p>[^<]*<\/p><p class="status">尚未开通/);
  });

  it('the form has every field labelled, fieldsets with legends, the hint, and no script', async () => {
    const r = await get('/yisqgk/apply?to=hz-czj');
    assert.equal(r.statusCode, 200);
    const html = r.body;
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<form class="apply-form" noValidate="" action="\/yisqgk\/apply" method="post">/);
    const labels = [...html.matchAll(/<label for="([^"]+)">(.*?)<\/label>/g)].map((m) => [m[1], text(m[2])] as const);
    for (const [id] of labels) assert.ok(new RegExp(`id="${id}"`).test(html), `label for=${id} has its control`);
    const names = labels.map(([, l]) => l.replace(/（必填）|（选填）/, ''));
    for (const l of ['向哪个机关申请', '自然人', '法人或其他组织', '姓名', '身份证件类型', '身份证件号码', '联系电话', '电子邮箱', '通信地址', '组织类型', '名称',
      '统一社会信用代码', '法定代表人或负责人', '联系人', '所需信息的内容描述', '用途', '电子数据（网上查看、电子邮件）', '纸质文本', '邮寄', '自行领取']) {
      assert.ok(names.includes(l), `label ${l}`);
    }
    for (const legend of ['受理机关', '申请人类型（必填）', '获取信息的方式（必填）', '所需政府信息']) assert.ok(html.includes(`<legend>${legend.replace('（必填）', '<span class="required">（必填）</span>')}</legend>`), legend);
    assert.match(html, /<legend>申请人信息：自然人/);
    assert.match(html, /<legend>申请人信息：法人或其他组织/);
    assert.match(html, /名称、文号或者便于查询的其他特征性描述/);
    assert.match(html, /aria-describedby="description-hint"/);
    assert.match(html, /<option value="hz-czj" selected="">菏泽市财政局<\/option>/);
    for (const t of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) assert.match(html, new RegExp(`<option value="\\w+">${t}</option>`));
    assert.match(html, /<option value="resident_id" selected="">居民身份证<\/option>/);
    assert.match(html, /个人信息保护/);
  });

  it('a bad ID number comes back next to its field, in the error summary, with the other values kept', async () => {
    const bad = ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1');
    const r = await post('/yisqgk/apply', form({ idNumber: bad, personName: '<script>alert(1)</script>王' }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.headers['cache-control'], 'no-store');
    const html = r.body;
    assert.match(html, /<title>错误：在线申请政府信息公开 - /);
    assert.match(html, /<div class="error-summary" role="alert"[^>]*>.*<a href="#idNumber">身份证号码校验位错误，请核对后重新填写<\/a>/s);
    assert.match(html, /<p class="field-error" id="idNumber-error"><span class="visually-hidden">错误：<\/span>身份证号码校验位错误/);
    assert.match(html, /<input id="idNumber"[^>]*aria-invalid="true" aria-describedby="idNumber-hint idNumber-error"/);
    assert.equal(valueOf(html, 'idNumber'), bad);
    assert.equal(valueOf(html, 'personPhone'), '139 0530 0002');
    assert.equal(valueOf(html, 'personEmail'), 'li@example.com');
    assert.equal(valueOf(html, 'personName'), '&lt;script&gt;alert(1)&lt;/script&gt;王');
    assert.ok(!html.includes('<script>alert'), 'hostile input is escaped');
    assert.match(html, /<textarea[^>]*name="description"[^>]*>菏泽市财政局2025年度部门决算公开说明<\/textarea>/);
    assert.match(html, /<input type="radio" id="applicantType-natural" name="applicantType" checked="" value="natural"\/>/);
    assert.match(html, /<option value="hz-czj" selected="">/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('reads only the chosen fieldset, and asks to choose what was not chosen', async () => {
    const none = await post('/yisqgk/apply', { to: '', description: '短' });
    assert.equal(none.statusCode, 400);
    const summary = text(/<div class="error-summary"[\s\S]*?<\/div>/.exec(none.body)![0]);
    for (const m of ['请选择受理机关', '请选择申请人类型', '请描述所需的政府信息', '请选择获取信息的方式']) assert.ok(summary.includes(m), m);
    assert.ok(summary.indexOf('请选择受理机关') < summary.indexOf('请选择申请人类型'), 'in page order');
    assert.match(none.body, /<a href="#applicantType-natural">/);
    const org = await post('/yisqgk/apply', form({ applicantType: 'organization', orgType: 'commercial', orgName: '菏泽某某科技有限公司', creditCode: '91371700MA3C0000X0', legalRepresentative: '', contactName: '王五', orgPhone: '05305310000' }));
    assert.equal(org.statusCode, 400);
    assert.match(org.body, /id="creditCode-error"><span class="visually-hidden">错误：<\/span>统一社会信用代码校验位错误/);
    assert.match(org.body, /id="legalRepresentative-error"><span class="visually-hidden">错误：<\/span>请填写法定代表人或负责人/);
    assert.doesNotMatch(org.body, /id="idNumber-error"/, 'the natural person fieldset is not read');
  });

  it('a good application shows the code and the secret once, stores the request, and is not cached', async () => {
    const { code, secret, res } = await apply({ personName: '<b>李秀英</b>' });
    assert.match(code, /^2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(secret, /^[0-9A-Z]{10}$/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers.location, undefined, 'no redirect carrying the secret');
    assert.equal(res.headers['x-ratelimit-limit'], '20');
    assert.match(res.body, /查询密码只显示这一次/);
    assert.match(res.body, /第三十一条/);
    assert.match(res.body, new RegExp(`href="/yisqgk/track\\?code=${code}"`));
    assert.ok(!res.body.includes(`secret=${secret}`));
    const api = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${code}?secret=${secret}` });
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().to, '菏泽市财政局');
    assert.equal(api.json().description, '菏泽市财政局2025年度部门决算公开说明');

    const dup = await post('/yisqgk/apply', form({ description: '菏泽市财政局2025年度部门决算公开说明。' }));
    assert.equal(dup.statusCode, 409);
    assert.match(text(dup.body), new RegExp(`提交过内容相同的申请（查询码 ${code}）`));
    assert.match(dup.body, new RegExp(`href="/yisqgk/track\\?code=${code}"`));
    assert.equal(valueOf(dup.body, 'personPhone'), '139 0530 0002');
  });

  it('too many applications by one person are refused on the form page, in Chinese', async () => {
    const many = form({ idNumber: idNumber('37170219700707002'), personName: '孙频繁' });
    for (let i = 1; i <= 10; i++) assert.equal((await post('/yisqgk/apply', { ...many, description: `菏泽市财政局第${i}号政府采购合同文本` }, '10.0.0.9')).statusCode, 201);
    const r = await post('/yisqgk/apply', { ...many, description: '菏泽市财政局第11号政府采购合同文本' }, '10.0.0.9');
    assert.equal(r.statusCode, 429);
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(text(r.body), /小时内最多在线提交10件申请/);
    assert.match(r.body, /<form class="apply-form"/);
  });

  it('tracks with the secret or the ID’s last six; a wrong secret and an unknown code get the same 404 form', async () => {
    const { code, secret } = await apply({ idNumber: idNumber('37170219810202002'), description: '牡丹区2025年老旧小区改造项目清单' });
    const form0 = await get(`/yisqgk/track?code=${code}`);
    assert.equal(form0.statusCode, 200);
    assert.equal(form0.headers['cache-control'], 'no-store');
    assert.equal(valueOf(form0.body, 'code'), code);
    assert.doesNotMatch(form0.body, /<script/i);
    for (const proof of [{ secret }, { idLast6: idNumber('37170219810202002').slice(-6) }] as Record<string, string>[]) {
      const r = await post('/yisqgk/track', { code, ...proof });
      assert.equal(r.statusCode, 200, r.body.slice(0, 500));
      assert.equal(r.headers['cache-control'], 'no-store');
      const page = text(r.body);
      for (const s of ['待确认受理', '菏泽市财政局', '提交时间2026-03-02 09:00', '尚未确认', '牡丹区2025年老旧小区改造项目清单', '在线提交申请']) assert.ok(page.includes(s), s);
    }
    const wrong = await post('/yisqgk/track', { code, secret: 'WRONGWRONG' });
    const unknown = await post('/yisqgk/track', { code: '2026-ZZZZ-ZZZZ', secret: 'WRONGWRONG' });
    assert.equal(wrong.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    const summary = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)![0];
    assert.equal(summary(wrong.body), summary(unknown.body));
    assert.match(summary(wrong.body), /查询码或查询密码（证件号后六位）不正确/);
    assert.ok(!wrong.body.includes('WRONGWRONG'), 'the secret typed is not echoed');
    const empty = await post('/yisqgk/track', { code, secret: '', idLast6: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<a href="#secret">请填写查询密码，或者填写证件号码后六位<\/a>/);
  });

  it('shows the 补正 asked for with a form, and an online 补正 moves the request to in_progress', async () => {
    const { code, secret, id } = await apply({ idNumber: idNumber('37170219820303003'), description: '菏泽市财政局有关采购项目的中标结果' });
    assert.equal((await staff('POST', `/api/v1/info-requests/${id}/confirm`, { receivedOn: '2026-03-02' })).statusCode, 200);
    const asked = await staff('POST', `/api/v1/info-requests/${id}/correction-request`, { on: '2026-03-02', items: ['请说明所需采购项目的名称或编号', '请说明项目年度'] });
    assert.equal(asked.statusCode, 200, asked.body);
    const r = await post('/yisqgk/track', { code, secret });
    assert.equal(r.statusCode, 200);
    const page = text(r.body);
    for (const s of ['待补正', '需要补正', '请说明所需采购项目的名称或编号', '请说明项目年度', '2026-03-02', '等待补正，暂不计算']) assert.ok(page.includes(s), s);
    const [fields] = hiddenForms(r.body, '/yisqgk/track/correction');
    assert.ok(fields, 'a correction form');
    assert.match(fields, new RegExp(`<input type="hidden" name="code" value="${code}"/>`));
    assert.match(fields, new RegExp(`<input type="hidden" name="secret" value="${secret}"/>`));
    assert.match(fields, /<textarea id="text" name="text"/);

    const short = await post('/yisqgk/track/correction', { code, secret, text: '短' });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /id="text-error"><span class="visually-hidden">错误：<\/span>请填写补正内容（至少5个字）/);
    assert.match(short.body, /<textarea[^>]*name="text"[^>]*>短<\/textarea>/);

    const done = await post('/yisqgk/track/correction', { code, secret, text: '所需为2025年菏泽市财政局办公设备采购项目（编号HZCG-2025-018）的中标结果' });
    assert.equal(done.statusCode, 200, done.body.slice(0, 500));
    assert.match(text(done.body), /补正材料已提交/);
    assert.match(text(done.body), /办理状态办理中/);
    assert.equal(hiddenForms(done.body, '/yisqgk/track/correction').length, 0);
    assert.equal((await staff('GET', `/api/v1/info-requests/${id}`)).json().status, 'in_progress');
    const again = await post('/yisqgk/track/correction', { code, secret, text: '再次提交补正内容以示重复' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /<div class="error-summary"/);
    const stranger = await post('/yisqgk/track/correction', { code, secret: 'WRONGWRONG', text: '冒名提交的补正内容' });
    assert.equal(stranger.statusCode, 404);
  });

  it('after a reply, the letter downloads as DOCX through a POST form; a wrong proof gets nothing', async () => {
    const { code, secret, id } = await apply({ idNumber: idNumber('37170219830404004'), description: '菏泽市财政局2026年部门预算说明' });
    assert.equal((await staff('POST', `/api/v1/info-requests/${id}/confirm`, { receivedOn: '2026-03-02' })).statusCode, 200);
    const reply = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-03-02', result: 'disclosed', fields: { infoLocation: '该信息已在菏泽市财政局门户网站主动公开' } });
    assert.equal(reply.statusCode, 200, reply.body);
    const r = await post('/yisqgk/track', { code, idLast6: idNumber('37170219830404004').slice(-6) });
    assert.equal(r.statusCode, 200);
    assert.match(text(r.body), /办理状态已办结/);
    assert.match(text(r.body), /办理结果予以公开/);
    const forms = hiddenForms(r.body, '/yisqgk/letters');
    assert.equal(forms.length, 2, 'DOCX and PDF');
    const fields = Object.fromEntries([...forms[0].matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]));
    assert.deepEqual(Object.keys(fields).sort(), ['code', 'format', 'idLast6', 'letterId']);
    assert.equal(fields.format, 'docx');
    assert.equal(Number(fields.letterId), reply.json().letterId);
    const file = await post('/yisqgk/letters', fields);
    assert.equal(file.statusCode, 200);
    assert.match(file.headers['content-disposition'] as string, /^attachment;/);
    assert.match(file.headers['content-type'] as string, /wordprocessingml/);
    assert.equal(file.rawPayload.subarray(0, 2).toString(), 'PK');
    assert.match(file.headers['cache-control'] as string, /no-store/);
    const pdfWithSecret = await post('/yisqgk/letters', { code, secret, letterId: fields.letterId, format: 'pdf' });
    assert.equal(pdfWithSecret.statusCode, 200);
    assert.equal(pdfWithSecret.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const wrong = await post('/yisqgk/letters', { ...fields, idLast6: '000000' });
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.headers['content-type'] as string, /text\/html/);
    const other = await post('/yisqgk/letters', { ...fields, letterId: '999999' });
    assert.equal(other.statusCode, 404);
    assert.match(text(other.body), /答复书不存在/);
  });

  it('escapes hostile input on the acknowledgement and status pages', async () => {
    const hostile = '<script>alert("x")</script>关于<img src=x onerror=alert(1)>的文件';
    const { code, secret, res } = await apply({ idNumber: idNumber('37170219840505005'), description: hostile });
    const status = await post('/yisqgk/track', { code, secret });
    for (const html of [res.body, status.body]) {
      assert.ok(!html.includes('<script>alert'), 'no script from input');
      assert.ok(!html.includes('<img src=x'), 'no markup from input');
      assert.ok(text(html).includes(hostile));
    }
  });
});

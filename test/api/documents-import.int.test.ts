import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../support/cli.js';
import { docxOf, idNumber } from '../support/documents.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

describe('gongkai import documents FILE.jsonl and gongkai search', () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    t = await buildTestApp();
    dir = path.join(t.db.dataDir, 'import');
    fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  });
  after(() => t.close());

  it('imports good lines (published, 索引号, searchable at once, audited), reports bad lines by number and skips them', async () => {
    fs.writeFileSync(path.join(dir, 'files', '说明.docx'), await docxOf(['关于城市更新项目的补充说明', '项目总投资三千万元']));
    const lines = [
      { title: '菏泽市人民政府办公室关于印发城市更新行动方案的通知', docNumber: '菏政办字[2021]35号', org: 'hz-bgs', writtenAt: '2021-06-01', publishedAt: '2021-06-08', topic: '城乡建设、环境保护/城乡建设（含住房）', genre: '通知', body: '<p>各县区人民政府：</p><p>现将《城市更新行动方案》印发给你们，请认真贯彻执行。</p>', attachments: [{ name: '说明.docx', path: 'files/说明.docx' }] },
      '{ this is not json',
      { title: '缺少机构的文件', org: 'no-such-org', writtenAt: '2024-01-01', body: '正文' },
      { title: '菏泽市财政局2023年政府信息公开工作年度报告', org: '菏泽市财政局', writtenAt: '2024-01-20', publishedAt: '2024-01-25', topic: '综合政务/政务公开', genre: '年度报告', body: '一、总体情况\n2023年，市财政局认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n二、主动公开政府信息情况' },
      { title: '日期格式错误', org: 'hz-czj', writtenAt: '2024/01/20', body: '正文' },
      { title: '含个人信息的旧公示', org: 'hz-czj', writtenAt: '2023-05-01', publishedAt: '2023-05-02', body: `申请人：张三，身份证号${idNumber()}` },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const file = path.join(dir, 'docs.jsonl');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await cli(t, ['import', 'documents', file]);
    assert.equal(r.code, 1, 'some lines were skipped');
    assert.match(r.out.join('\n'), /共 6 行，导入 3 件，跳过 3 行/);
    const errors = r.err.join('\n');
    assert.match(errors, /第 2 行：不是有效的 JSON/);
    assert.match(errors, /第 3 行：org“no-such-org”不是已有机构的编码或全称/);
    assert.match(errors, /第 5 行：.*writtenAt/);
    assert.match(errors, /第 6 行提示：含有 \d 处疑似个人信息/);

    const s = await cli(t, ['search', '城市更新', '--json']);
    assert.equal(s.code, 0);
    const result = JSON.parse(s.out.join('\n'));
    assert.equal(result.total >= 1, true);
    const hit = result.hits[0];
    assert.equal(hit.title, '菏泽市人民政府办公室关于印发城市更新行动方案的通知');
    assert.equal(hit.docNumber, '菏政办字〔2021〕35号');
    assert.match(hit.indexNumber, /^hz-bgs\/2021-00001$/);
    assert.equal(hit.url, `/xxgk/documents/${hit.id}`);
    assert.ok(Object.keys(result.facets).includes('org'));

    const api = (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent('三千万元')}` })).json();
    assert.equal(api.hits[0]?.id, hit.id, 'attachment text is searchable');
    const bracket = (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent('菏政办字(2021)35号')}` })).json();
    assert.equal(bracket.hits[0].id, hit.id);

    const byTitle = (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent('政府信息公开工作年度报告')}` })).json();
    assert.equal(byTitle.hits[0].title, '菏泽市财政局2023年政府信息公开工作年度报告');
    assert.equal(byTitle.hits[0].publishedAt, '2024-01-25T09:00:00+08:00', 'public times carry the +08:00 offset');

    const audit = await t.c.db.selectFrom('audit_entries').select(['action', 'actor_name']).where('action', '=', 'document.import').execute();
    assert.equal(audit.length, 3);
    assert.equal(audit[0].actor_name, '数据导入');
  });

  it('a missing file exits 2 with a Chinese message; search output as text works', async () => {
    const r = await cli(t, ['import', 'documents', path.join(dir, 'nope.jsonl')]);
    assert.equal(r.code, 2);
    assert.match(r.err.join(''), /找不到导入文件/);
    const s = await cli(t, ['search', '政务公开']);
    assert.equal(s.code, 0);
    assert.match(s.out[0], /共 \d+ 条结果/);
  });

  it('traditional characters find simplified text, and absurd queries never fail', async () => {
    const trad = (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent('政府資訊公開')}` })).json();
    assert.ok(trad.total >= 1);
    for (const q of ['"', 'AND', 'OR NOT', '*', '(', '-', '😀😀', "'; drop table documents; --", 'a'.repeat(1000), ' ']) {
      const r = await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent(q)}` });
      assert.equal(r.statusCode, 200, `${q.slice(0, 20)} → ${r.statusCode} ${r.body.slice(0, 200)}`);
    }
    const tooLong = await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${'政'.repeat(10000)}` });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.json().detail, /查询词最多1000个字符/);
  });
});

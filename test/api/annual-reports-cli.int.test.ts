// `gongkai report annual` and `gongkai report check` (docs/architecture.md: stable CLI contracts):
// the report of an organisation and year in every format from the same data as the API, the check of
// a report made elsewhere with every failure in Chinese and exit 1, and bad input with exit 2.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import { idNumber } from '../support/documents.js';
import { cli } from '../support/cli.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';
import { extractText } from '../../src/platform/files/index.js';

describe('gongkai report annual / report check', () => {
  let t: TestApp;
  let gkb: Session;
  let dir: string;

  before(async () => {
    t = await buildTestApp();
    gkb = await t.login('gkb');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-report-cli-'));
    const r = await t.as(gkb, {
      method: 'POST', url: '/api/v1/info-requests', payload: {
        to: 'hz-czj', channel: 'in_person', receivedOn: '2025-05-06', description: '菏泽市财政局2025年惠民惠农补贴发放明细', delivery: 'paper',
        applicant: { type: 'natural', name: '申请人甲', idType: '身份证', idNumber: idNumber('37170219800101001'), phone: '13905300001', address: '菏泽市牡丹区中华路1号' },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
  });
  after(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the live report as JSON (nothing published yet, said on stderr) in the shape of annual-report-json.md', async () => {
    const r = await cli(t, ['report', 'annual', '--org', 'hz-czj', '--year', '2025', '--format', 'json']);
    assert.equal(r.code, 0, r.err.join('\n'));
    const report = JSON.parse(r.out.join('\n'));
    assert.equal(report.format, '2021');
    assert.deepEqual(report.org, { code: 'hz-czj', name: '菏泽市财政局' });
    assert.deepEqual(report.requests.rows.newReceived, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(report.requests.rows.carriedForward, [1, 0, 0, 0, 0, 0, 1]);
    assert.match(r.err.join(), /尚未发布，以下为按平台当前数据实时统计的草稿/);
    const sub = JSON.parse((await cli(t, ['report', 'annual', '--org', 'heze', '--year', '2025', '--scope', 'subtree'])).out.join('\n'));
    assert.equal(sub.scope, 'subtree');
    assert.equal(sub.requests.rows.newReceived[6], 1);
  });

  it('writes DOCX, PDF and HTML files that open with the report in them', async () => {
    for (const format of ['docx', 'pdf', 'html'] as const) {
      const file = path.join(dir, `r.${format}`);
      const r = await cli(t, ['report', 'annual', '--org', 'hz-czj', '--year', '2025', '--format', format, '--out', file]);
      assert.equal(r.code, 0, r.err.join('\n'));
      const buf = fs.readFileSync(file);
      const text = format === 'docx' ? (await mammoth.extractRawText({ buffer: buf })).value : format === 'pdf' ? (await extractText(buf, 'pdf')).text.replace(/\s+/g, '') : buf.toString('utf8');
      assert.ok(text.includes('本年新收政府信息公开申请数量'), format);
      assert.ok(text.includes('菏泽市财政局2025年政府信息公开工作年度报告'), format);
    }
  });

  it('report check passes a consistent report, exit 0', async () => {
    const file = path.join(dir, 'ok.json');
    assert.equal((await cli(t, ['report', 'annual', '--org', 'hz-czj', '--year', '2025', '--out', file])).code, 0);
    const r = await cli(t, ['report', 'check', file]);
    assert.equal(r.code, 0, r.out.join('\n'));
    assert.match(r.out[0]!, /^校验通过/);
  });

  it('report check lists every failure with row and column and exits 1; with --previous it compares 结转', async () => {
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'ok.json'), 'utf8'));
    report.requests.rows.disclosed = [2, 0, 0, 0, 0, 0, 1];
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(report));
    const prev = structuredClone(report);
    prev.year = 2024;
    prev.requests.rows.disclosed = [0, 0, 0, 0, 0, 0, 0];
    prev.requests.rows.carriedForward = [0, 3, 0, 0, 0, 0, 3];
    prev.requests.rows.newReceived = [0, 3, 0, 0, 0, 0, 3];
    const prevFile = path.join(dir, 'prev.json');
    fs.writeFileSync(prevFile, JSON.stringify(prev));
    const r = await cli(t, ['report', 'check', bad, '--previous', prevFile]);
    assert.equal(r.code, 1);
    assert.match(r.out[0]!, /^校验未通过：.*bad\.json，共\d+处$/);
    const lines = r.out.join('\n');
    assert.match(lines, /表三“三、（一）予以公开”行“总计”列为1，应等于自然人与五类法人或其他组织之和2/);
    assert.match(lines, /表三“三、（七）总计”行“自然人”列为0，应等于（一）至（六）各项之和2/);
    assert.match(lines, /表三“二、上年结转政府信息公开申请数量”行“商业企业”列为0，应等于2024年报告“四、结转下年度继续办理”的3/);
    const json = await cli(t, ['report', 'check', bad, '--json']);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.out.join('\n')).ok, false);
  });

  it('unreadable input exits 2 with a Chinese message', async () => {
    const notJson = path.join(dir, 'x.json');
    fs.writeFileSync(notJson, '{ not json');
    const r = await cli(t, ['report', 'check', notJson]);
    assert.equal(r.code, 2);
    assert.match(r.err.join(), /不是有效的 JSON/);
    assert.equal((await cli(t, ['report', 'check', path.join(dir, 'missing.json')])).code, 2);
    const y = await cli(t, ['report', 'annual', '--org', 'hz-czj', '--year', '25']);
    assert.equal(y.code, 2);
    assert.match(y.err.join(), /年度应为四位数字/);
    const org = await cli(t, ['report', 'annual', '--org', 'nowhere', '--year', '2025']);
    assert.equal(org.code, 1);
    assert.match(org.err.join(), /组织机构不存在/);
  });
});

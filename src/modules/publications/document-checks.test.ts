import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idCardCheckChar } from '../../platform/text/index.js';
import { type CheckInput, runDocumentChecks } from './document-checks.js';

const base: CheckInput = {
  title: '关于做好2026年度预算公开工作的通知', bodyText: '各县区财政局：\n现将有关事项通知如下。', attachments: [], writtenAt: '2026-02-27', topic: '04-01',
  disclosure: 'active', disclosureGround: null, piiException: null, sensitiveWords: [], links: [], now: new Date('2026-03-02T01:00:00Z'),
};
const id = (first17: string) => first17 + idCardCheckChar(first17);

describe('runDocumentChecks', () => {
  it('passes a clean document', () => {
    const r = runDocumentChecks(base);
    assert.equal(r.blocking, false);
    assert.deepEqual(r.findings, []);
    assert.equal(r.summary, '检查通过');
  });

  it('names missing fields and a ground that does not fit the disclosure', () => {
    const r = runDocumentChecks({ ...base, writtenAt: null, topic: null, disclosure: 'withheld', disclosureGround: 'not-proactive-scope' });
    assert.deepEqual(r.findings.map((f) => f.place.field), ['writtenAt', 'topic', 'disclosureGround']);
    assert.match(r.findings[2].message, /不适用于所选公开属性/);
    assert.equal(r.blocking, true);
  });

  it('finds an ID number in an attachment with line and column; PDFs are not maskable', () => {
    const r = runDocumentChecks({ ...base, attachments: [{ id: 7, name: '名单.pdf', text: `名单\n王五 ${id('37010219800101001')}`, textEmpty: false, size: 100, fileType: 'pdf' }] });
    const f = r.findings.find((x) => x.check === 'pii' && x.piiKind === 'id-card')!;
    assert.deepEqual([f.place.kind, f.place.attachmentId, f.place.line, f.place.column], ['attachment', 7, 2, 4]);
    assert.equal(f.maskable, false);
    assert.match(f.message, /附件“名单.pdf”第2行第4列含有身份证号码/);
  });

  it('an exception turns personal information into excepted findings that do not block', () => {
    const r = runDocumentChecks({ ...base, bodyText: `当事人：李四，身份证号 ${id('37010219800101001')}`, piiException: { basisLabel: '惩戒公示' } });
    assert.ok(r.findings.length >= 1);
    assert.ok(r.findings.every((f) => f.severity === 'excepted'));
    assert.equal(r.blocking, false);
  });

  it('sensitive words block or warn by level; links and empty attachments block; images warn', () => {
    const r = runDocumentChecks({
      ...base, bodyText: '本件内部资料，注意。', sensitiveWords: [{ word: '内部资料', level: 'block' }, { word: '注意', level: 'warn' }],
      links: [{ href: 'file:///c:/a.doc', problem: '指向本机文件' }, { href: 'https://www.gov.cn/', problem: null }],
      attachments: [{ id: 1, name: '空.txt', text: '', textEmpty: true, size: 0, fileType: 'text' }, { id: 2, name: '照片.png', text: '', textEmpty: true, size: 10, fileType: 'image' }],
    });
    const by = (c: string) => r.findings.filter((f) => f.check === c);
    assert.deepEqual(by('sensitive-word').map((f) => f.severity), ['block', 'warn']);
    assert.equal(by('broken-link').length, 1);
    assert.equal(by('empty-attachment').length, 1, 'an image has no text by nature');
    assert.ok(r.findings.some((f) => f.severity === 'warn' && f.place.name === '照片.png'));
    assert.match(r.summary, /^发现 3 处须处理的问题/);
  });
});

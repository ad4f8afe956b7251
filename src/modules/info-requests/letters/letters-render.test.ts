import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { cjkFonts, squash } from '../../../../test/support/pdf.js';
import { extractText } from '../../../platform/files/index.js';
import { buildLetter, renderLetterDocx, renderLetterPdf } from './index.js';
import { sampleInput } from './letters.fixtures.js';

const model = buildLetter(sampleInput('withheld.thirdPartyRights'));
/** A letter long enough for a second page. */
const long = buildLetter({
  ...sampleInput('partiallyDisclosed'),
  fields: {
    withheldPart: '评价报告附件中所列第三方企业的银行账户和联系人信息',
    reason: '上述内容属于第三方的商业秘密和个人隐私，本机关已书面征求第三方意见，第三方不同意公开。'.repeat(12),
    infoLocation: '可以公开的部分见附件',
  },
});

describe('答复书 as DOCX', () => {
  it('opens, and holds the title, 文号, addressee, basis, remedy, signature and date', async () => {
    const buf = await renderLetterDocx(model);
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const text = squash(value);
    for (const part of [model.title, model.number, '张三：', model.basis, model.remedy!, model.signature, model.date, ...model.paragraphs]) {
      assert.ok(text.includes(squash(part)), `DOCX text lacks ${part}`);
    }
    assert.ok(text.indexOf(squash(model.title)) < text.indexOf(model.number), 'the 文号 comes under the title');
  });

  it('is laid out as a 公文: A4, 方正小标宋简体 22 pt title, 仿宋_GB2312 16 pt body, indents, exact lines, page numbers', async () => {
    const zip = await JSZip.loadAsync(await renderLetterDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?<w:t xml:space="preserve">政府信息公开申请答复书<\/w:t>/);
    assert.match(xml, /w:eastAsia="仿宋_GB2312"/);
    assert.match(xml, /<w:sz w:val="32"\/>/);
    assert.match(xml, /w:firstLineChars="200"/);
    assert.match(xml, /w:line="580" w:lineRule="exact"/);
    assert.match(xml, /<w:jc w:val="right"\/>[^]*?2026年3月2日/);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    assert.equal(footers.length, 2, 'odd and even page footers');
    for (const f of footers) assert.match(f, /PAGE/);
    assert.match(await zip.file('word/settings.xml')!.async('string'), /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="true"\/>/);
  });
});

describe('答复书 as PDF', () => {
  it('has extractable Chinese: title, 文号, basis, remedy, signature, date', async () => {
    const buf = await renderLetterPdf(model, await cjkFonts());
    assert.equal(buf.subarray(0, 5).toString(), '%PDF-');
    const { text, pages } = await extractText(buf, 'pdf');
    const all = squash(text);
    assert.equal(pages, 1);
    for (const part of [model.title, model.number, '张三：', model.basis, model.remedy!, model.signature, model.date]) {
      assert.ok(all.includes(squash(part)), `PDF text lacks ${part}`);
    }
    assert.ok(all.includes('—1—'), 'page number');
  });

  it('numbers every page of a longer letter and keeps the signature with the date', async () => {
    const { text, pages } = await extractText(await renderLetterPdf(long, await cjkFonts()), 'pdf');
    assert.equal(pages, 2);
    const all = squash(text);
    assert.ok(all.includes('—1—') && all.includes('—2—'));
    assert.ok(all.includes(squash(long.basis)));
    assert.ok(all.indexOf(long.signature) < all.lastIndexOf(long.date));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { maskPersonalInfo } from '../text/index.js';
import { AttachmentUnreadableError, UnsupportedAttachmentTypeError } from './errors.js';
import { extractText } from './extract.js';
import {
  encodeGb18030, ID, ID2, ID3, makeDocx, makePdf, makeXlsx, MASKED_ID, MASKED_ID2, MASKED_ID3, MASKED_MOBILE, MOBILE, TITLE,
} from './files.fixtures.js';
import { maskFile } from './mask.js';

const mask = (s: string) => maskPersonalInfo(s).text;
const RAW = [ID, ID2, ID3, MOBILE];

/** Every entry of a ZIP as text, to prove no raw value is left anywhere in the package. */
async function zipText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('maskFile: DOCX', () => {
  it('masks body, split runs, table, footnote and header; the copy re-extracts masked and opens in mammoth', async () => {
    const docx = await makeDocx();
    const masked = (await maskFile(docx, 'docx', mask))!;
    const { text } = await extractText(masked, 'docx');
    for (const value of [`申请人身份证号：${MASKED_ID}`, MASKED_ID2, `经办人身份证号：${MASKED_ID3}`, `联系人手机：${MASKED_MOBILE}`, TITLE]) {
      assert.ok(text.includes(value), `${value} in ${text}`);
    }
    const all = await zipText(masked);
    for (const raw of RAW) assert.ok(!all.includes(raw), `raw ${raw} left`);
    const html = await mammoth.convertToHtml({ buffer: masked });
    assert.ok(html.value.includes(`<strong>${TITLE}</strong>`), 'formatting kept');
    assert.ok(html.value.includes(`申请人身份证号：${MASKED_ID.slice(0, 8)}<strong>${MASKED_ID.slice(8)}</strong>`), html.value);
  });

  it('changes only the characters of the text runs', async () => {
    const docx = await makeDocx();
    const before = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const after = await (await JSZip.loadAsync((await maskFile(docx, 'docx', mask))!)).file('word/document.xml')!.async('string');
    const expected = before.replace(`>${ID.slice(0, 8)}<`, `>${MASKED_ID.slice(0, 8)}<`).replace(`>${ID.slice(8)}<`, `>${MASKED_ID.slice(8)}<`).replace(ID2, MASKED_ID2);
    assert.notEqual(expected, before);
    assert.equal(after, expected);
  });

  it('returns an unchanged document when there is nothing to mask', async () => {
    const docx = await makeDocx();
    const masked = (await maskFile(docx, 'docx', (s) => s))!;
    assert.equal((await extractText(masked, 'docx')).text, (await extractText(docx, 'docx')).text);
  });
});

describe('maskFile: XLSX', () => {
  it('masks shared, rich and inline strings, numbers typed as numbers and cached formula strings; keeps styles and formulas', async () => {
    const masked = (await maskFile(await makeXlsx(), 'xlsx', mask))!;
    const { text } = await extractText(masked, 'xlsx');
    assert.ok(text.includes(`1\t政府信息公开申请\t${MASKED_ID}\t${MASKED_MOBILE}\t2`), text);
    assert.ok(text.includes(`2\t依申请公开\t${MASKED_ID2}\t\t3`), text);
    assert.ok(text.endsWith(`说明\n${TITLE}\n${MASKED_ID}`), text);
    const all = await zipText(masked);
    for (const raw of RAW) assert.ok(!all.includes(raw), `raw ${raw} left`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(masked as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('申请人名单')!;
    assert.equal(sheet.getCell('C2').font?.color?.argb, 'FFFF0000');
    assert.equal(sheet.getCell('D2').value, MASKED_MOBILE);
    assert.deepEqual(sheet.getCell('E4').value, { formula: 'E2+E3', result: 5 });
  });
});

describe('maskFile: text, PDF, images', () => {
  it('masks UTF-8 text in place and keeps a BOM', async () => {
    const text = `申请人身份证号：${ID}\n手机：${MOBILE}\n`;
    const expected = `申请人身份证号：${MASKED_ID}\n手机：${MASKED_MOBILE}\n`;
    assert.equal((await maskFile(Buffer.from(text), 'text', mask))!.toString('utf8'), expected);
    assert.equal((await maskFile(Buffer.from(`\uFEFF${text}`), 'text', mask))!.toString('utf8'), `\uFEFF${expected}`);
    assert.equal((await maskFile(Buffer.from(`\uFEFF${text}`, 'utf16le'), 'text', mask))!.toString('utf16le'), `\uFEFF${expected}`);
  });

  it('writes masked GB18030 text as UTF-8 with a BOM', async () => {
    const masked = (await maskFile(encodeGb18030(`申请人身份证号：${ID}`), 'text', mask))!;
    assert.equal(masked.toString('utf8'), `\uFEFF申请人身份证号：${MASKED_ID}`);
    assert.equal((await extractText(masked, 'text')).text, `申请人身份证号：${MASKED_ID}`);
  });

  it('returns null for PDF and images (the editor uploads a masked file)', async () => {
    assert.equal(await maskFile(await makePdf(), 'pdf', mask), null);
    assert.equal(await maskFile(Buffer.from([0xff, 0xd8, 0xff]), 'image', mask), null);
  });
});

describe('maskFile: errors', () => {
  it('throws when the transform changes the length', async () => {
    const longer = (s: string) => `${s}*`;
    await assert.rejects(maskFile(Buffer.from('张三'), 'text', longer), /keep the length/);
    await assert.rejects(maskFile(await makeDocx(), 'docx', longer), /keep the length/);
    await assert.rejects(maskFile(await makeXlsx(), 'xlsx', longer), /keep the length/);
  });

  it('refuses damaged Office files and type unknown', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const plain = await zip.generateAsync({ type: 'nodebuffer' });
    for (const type of ['docx', 'xlsx'] as const) {
      await assert.rejects(maskFile(plain, type, mask), (err: unknown) => err instanceof AttachmentUnreadableError && err.fileType === type);
      await assert.rejects(maskFile(Buffer.from('not a zip'), type, mask), AttachmentUnreadableError);
    }
    await assert.rejects(maskFile(Buffer.from('x'), 'unknown', mask), UnsupportedAttachmentTypeError);
  });
});

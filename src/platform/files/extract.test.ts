import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { detectFileType } from './detect.js';
import { AttachmentUnreadableError, UnsupportedAttachmentTypeError } from './errors.js';
import { extractText, MAX_TEXT_CHARS } from './extract.js';
import { encodeGb18030, ID, ID2, ID3, makeDocx, makePdf, makePdfWithoutText, makeXlsx, MOBILE, SENTENCE, TITLE } from './files.fixtures.js';

const unreadable = (reason: 'corrupt' | 'encrypted', fileType: string) => (err: unknown) => {
  assert.ok(err instanceof AttachmentUnreadableError, String(err));
  assert.equal(err.code, 'ATTACHMENT_UNREADABLE');
  assert.equal(err.status, 422);
  assert.equal(err.reason, reason);
  assert.equal(err.fileType, fileType);
  assert.match(err.detail!, reason === 'encrypted' ? /设有打开密码/ : /已损坏或格式不正确/);
  return true;
};

describe('extractText', () => {
  it('reads a PDF with Chinese text line by line', async () => {
    const pdf = await makePdf();
    const result = await extractText(pdf, detectFileType(pdf, 'a.pdf').type);
    assert.equal(result.pages, 2);
    assert.equal(result.empty, false);
    assert.equal(result.warning, undefined);
    assert.deepEqual(result.text.split('\n'), [TITLE, SENTENCE, `申请人身份证号：${ID}`, '', '特此通知。']);
  });

  it('reads a DOCX: a number split across runs whole, tables, footnotes, headers and footers', async () => {
    const docx = await makeDocx();
    const { text, empty } = await extractText(docx, 'docx');
    assert.equal(empty, false);
    for (const expected of [TITLE, SENTENCE, `申请人身份证号：${ID}`, ID2, `经办人身份证号：${ID3}`, `联系人手机：${MOBILE}`, '菏泽市人民政府办公室 印发']) {
      assert.ok(text.split('\n').includes(expected), `${expected} in ${text}`);
    }
  });

  it('reads an XLSX: sheet name, tab-separated rows, formula results, rich text joined', async () => {
    const { text, empty } = await extractText(await makeXlsx(), 'xlsx');
    assert.equal(empty, false);
    assert.equal(
      text,
      [
        '申请人名单',
        '序号\t事项\t身份证号\t手机\t件数',
        `1\t政府信息公开申请\t${ID}\t${MOBILE}\t2`,
        `2\t依申请公开\t${ID2}\t\t3`,
        '3\t合计\t\t\t5',
        '',
        '说明',
        TITLE,
        ID,
      ].join('\n'),
    );
  });

  it('reads plain text as UTF-8 (BOM dropped), UTF-16 and GB18030', async () => {
    const text = `关于政府信息公开的说明\n身份证号 ${ID}\n`;
    assert.equal((await extractText(Buffer.from(text), 'text')).text, text);
    assert.equal((await extractText(Buffer.from(`\uFEFF${text}`), 'text')).text, text);
    assert.equal((await extractText(Buffer.from(`\uFEFF${text}`, 'utf16le'), 'text')).text, text);
    assert.equal((await extractText(encodeGb18030(text), 'text')).text, text);
  });

  it('gives images no text without calling them empty', async () => {
    assert.deepEqual(await extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image'), { text: '', empty: false });
  });

  it('calls 0-byte files and files without visible text empty', async () => {
    for (const type of ['pdf', 'docx', 'xlsx', 'text', 'image'] as const) {
      assert.deepEqual(await extractText(Buffer.alloc(0), type), { text: '', empty: true }, type);
    }
    assert.equal((await extractText(Buffer.from(' \n\t　\r\n'), 'text')).empty, true);
    const scan = await extractText(await makePdfWithoutText(), 'pdf');
    assert.equal(scan.empty, true);
    assert.equal(scan.pages, 1);
    assert.match(scan.warning!, /没有可提取的文字/);
  });

  it('refuses damaged and password-protected files with ATTACHMENT_UNREADABLE', async () => {
    const pdf = await makePdf();
    await assert.rejects(extractText(pdf.subarray(0, Math.floor(pdf.length / 2)), 'pdf'), unreadable('corrupt', 'pdf'));
    await assert.rejects(extractText(await makePdf({ userPassword: '123456' }), 'pdf'), unreadable('encrypted', 'pdf'));
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    await assert.rejects(extractText(random, 'pdf'), unreadable('corrupt', 'pdf'));
    const zip = new JSZip();
    zip.file('readme.txt', '不是 Office 文件');
    const plainZip = await zip.generateAsync({ type: 'nodebuffer' });
    await assert.rejects(extractText(plainZip, 'docx'), unreadable('corrupt', 'docx'));
    await assert.rejects(extractText(plainZip, 'xlsx'), unreadable('corrupt', 'xlsx'));
    const docx = await makeDocx();
    await assert.rejects(extractText(docx.subarray(0, docx.length - 300), 'docx'), unreadable('corrupt', 'docx'));
    await assert.rejects(extractText(random, 'xlsx'), unreadable('corrupt', 'xlsx'));
  });

  it('refuses type unknown with 415', async () => {
    await assert.rejects(extractText(Buffer.from('x'), 'unknown'), (err: unknown) => err instanceof UnsupportedAttachmentTypeError && err.status === 415);
  });

  it('caps the text at 2,000,000 characters without splitting a surrogate pair', async () => {
    const long = await extractText(Buffer.from('政'.repeat(MAX_TEXT_CHARS + 10)), 'text');
    assert.equal(long.text.length, MAX_TEXT_CHARS);
    assert.match(long.warning!, /超过 2,000,000 字/);
    const emoji = await extractText(Buffer.from(`${'a'.repeat(MAX_TEXT_CHARS - 1)}😀b`), 'text');
    assert.equal(emoji.text.length, MAX_TEXT_CHARS - 1);
    assert.ok(emoji.warning);
    const exact = await extractText(Buffer.from('a'.repeat(MAX_TEXT_CHARS)), 'text');
    assert.equal(exact.warning, undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { detectFileType, unsupportedAttachmentError } from './detect.js';
import { UnsupportedAttachmentTypeError, unsupportedTypeMessage } from './errors.js';
import { encodeGb18030, makeDocx, makePdf, makeXlsx } from './files.fixtures.js';
import { ALLOWED_TYPES } from './types.js';

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
};
const bytes = (...b: (number | string)[]) => Buffer.concat([...b.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from([x]))), Buffer.alloc(32)]);

describe('detectFileType', () => {
  it('recognises PDF, DOCX and XLSX by content, whatever the name', async () => {
    const [pdf, docx, xlsx] = await Promise.all([makePdf(), makeDocx(), makeXlsx()]);
    assert.deepEqual(detectFileType(pdf, '通知.pdf'), { type: 'pdf', mime: 'application/pdf', ext: 'pdf' });
    assert.deepEqual(detectFileType(docx, '通知.docx'), {
      type: 'docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ext: 'docx',
    });
    assert.deepEqual(detectFileType(xlsx, '名单.xlsx'), {
      type: 'xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ext: 'xlsx',
    });
    assert.equal(detectFileType(docx, '名单.xlsx').type, 'docx');
    assert.equal(detectFileType(xlsx, 'noname').type, 'xlsx');
    assert.equal(detectFileType(Buffer.concat([Buffer.from('\r\n'), pdf]), 'a.bin').type, 'pdf'); // header after junk, as readers allow
  });

  it('recognises PNG, JPEG, GIF and WebP signatures', () => {
    assert.deepEqual(detectFileType(bytes(0x89, 'PNG\r\n', 0x1a, '\n'), 'a'), { type: 'image', mime: 'image/png', ext: 'png' });
    assert.deepEqual(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0), 'a.png'), { type: 'image', mime: 'image/jpeg', ext: 'jpg' });
    assert.deepEqual(detectFileType(bytes('GIF89a'), 'a'), { type: 'image', mime: 'image/gif', ext: 'gif' });
    assert.deepEqual(detectFileType(bytes('GIF87a'), 'a'), { type: 'image', mime: 'image/gif', ext: 'gif' });
    assert.deepEqual(detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'a'), { type: 'image', mime: 'image/webp', ext: 'webp' });
    assert.equal(detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '), 'a.webp').type, 'unknown');
  });

  it('takes plain text from the .txt/.csv name only, when it has no NUL bytes', () => {
    assert.deepEqual(detectFileType(Buffer.from('政府信息公开'), '说明.TXT'), { type: 'text', mime: 'text/plain', ext: 'txt' });
    assert.deepEqual(detectFileType(Buffer.from('a,b\n1,2'), 'C:\\data\\名单.csv'), { type: 'text', mime: 'text/csv', ext: 'csv' });
    assert.equal(detectFileType(encodeGb18030('中文说明'), 'gbk.txt').type, 'text');
    assert.equal(detectFileType(Buffer.from('\uFEFF中文', 'utf16le'), 'utf16.txt').type, 'text');
    assert.equal(detectFileType(Buffer.alloc(0), 'empty.txt').type, 'text');
    assert.equal(detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'virus.txt').type, 'unknown');
    assert.equal(detectFileType(Buffer.from('# 标题'), 'readme.md').type, 'unknown');
    assert.equal(detectFileType(Buffer.from('txt'), 'txt').type, 'unknown');
  });

  it('calls a .pdf that is not a PDF unknown, and a ZIP that is neither DOCX nor XLSX', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    assert.deepEqual(detectFileType(random, '通知.pdf'), { type: 'unknown', mime: 'application/octet-stream', ext: '' });
    assert.equal(detectFileType(Buffer.alloc(0), 'empty.pdf').type, 'unknown');
    assert.equal(detectFileType(await zipOf({ 'word/other.xml': '<x/>', 'a.txt': 'x' }), 'a.docx').type, 'unknown');
    const docx = await makeDocx();
    assert.equal(detectFileType(docx.subarray(0, docx.length - 200), 'cut.docx').type, 'unknown', 'no central directory');
  });
});

describe('refusing other types', () => {
  it('lists the accepted types', () => {
    assert.deepEqual([...ALLOWED_TYPES], ['pdf', 'docx', 'xlsx', 'image', 'text']);
    assert.equal(unsupportedTypeMessage(), '不支持的附件格式：只接受 PDF、DOCX、XLSX、图片（PNG/JPEG/GIF/WebP）和纯文本');
    assert.equal(unsupportedTypeMessage('a.exe'), '“a.exe”：不支持的附件格式：只接受 PDF、DOCX、XLSX、图片（PNG/JPEG/GIF/WebP）和纯文本');
  });

  it('gives a 415 with a hint for old Office, WPS, OFD and archives', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const err = unsupportedAttachmentError(ole, '通知.doc');
    assert.ok(err instanceof UnsupportedAttachmentTypeError);
    assert.equal(err.status, 415);
    assert.equal(err.code, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    assert.match(err.detail!, /^“通知\.doc”：不支持的附件格式.*另存为不加密的 DOCX\/XLSX/);
    assert.match(unsupportedAttachmentError(Buffer.from('x'), 'a.wps').detail!, /WPS 文件请另存为/);
    assert.match(unsupportedAttachmentError(Buffer.from('x'), 'a.ofd').detail!, /转换为 PDF/);
    assert.match(unsupportedAttachmentError(Buffer.from('x'), 'a.rar').detail!, /解压/);
    assert.doesNotMatch(unsupportedAttachmentError(Buffer.from('x'), 'a.exe').detail!, /。/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { cjkFonts, squash } from '../../../../test/support/pdf.js';
import { extractText } from '../../../platform/files/index.js';
import { CjkFontMissing } from '../../../platform/render/index.js';
import { ROW_LABELS, SECTION_TITLES } from '../report-shape.js';
import { renderReportDocx, renderReportPdf, reportTitle } from './index.js';
import { figuresOfRow, sampleReport } from './render.fixtures.js';

const report = sampleReport();
const title = reportTitle(report);

describe('annual report as DOCX', () => {
  it('holds the title, the six sections, every row label and the figures in their rows', async () => {
    const buf = await renderReportDocx(report, { publishedOn: '2026-01-20' });
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const text = squash(value);
    for (const part of [title, ...Object.values(SECTION_TITLES), ...Object.values(ROW_LABELS), '无。', '2026年1月20日', '12.3456']) {
      assert.ok(text.includes(squash(part)), `DOCX text lacks ${part}`);
    }
    // Each table cell is its own paragraph: a row reads as its label followed by its seven figures.
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    const at = lines.indexOf(ROW_LABELS['withheld.stateSecret']);
    assert.deepEqual(lines.slice(at + 1, at + 8), figuresOfRow('withheld.stateSecret').map(String));
    const order = Object.values(SECTION_TITLES).map((t) => text.indexOf(squash(t)));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'sections in statutory order');
  });

  it('merges the header cells as the official format and repeats table 三’s header rows', async () => {
    const buf = await renderReportDocx(report);
    const { value: html } = await mammoth.convertToHtml({ buffer: buf });
    assert.match(html, /<th colspan="3" rowspan="3"><p>（本列数据的勾稽关系为/);
    assert.match(html, /<th colspan="7"><p>申请人情况<\/p><\/th>/);
    assert.match(html, /rowspan="22"><p>三、本年度办理结果/);
    assert.match(html, /rowspan="8"><p>（三）不予公开/);
    assert.match(html, /<td colspan="3"><p>12.3456<\/p><\/td>/);
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.equal((xml.match(/<w:tblHeader\/>/g) ?? []).length, 6, 'three header rows each in tables 三 and 四');
    assert.match(xml, /w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?工作年度报告/);
    assert.match(xml, /w:eastAsia="宋体"[^]*?<w:sz w:val="21"\/>/);
    assert.match(xml, /<w:tblBorders>[^]*?<w:insideV w:val="single"/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    assert.match(styles, /w:styleId="Heading1"[^]*?w:eastAsia="黑体"/);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });
});

describe('annual report as PDF', () => {
  it('has extractable Chinese: title, table 三 rows, 行政复议, figures, page numbers', async () => {
    const buf = await renderReportPdf(report, { fonts: await cjkFonts(), publishedOn: '2026-01-20' });
    assert.equal(buf.subarray(0, 5).toString(), '%PDF-');
    const { text, pages } = await extractText(buf, 'pdf');
    const all = squash(text);
    for (const part of [title, '本年新收', '结转下年度继续办理', '行政复议', '未经复议直接起诉', '1.属于国家秘密', '12.3456', '3021', '290', '2026年1月20日', '无。']) {
      assert.ok(all.includes(squash(part)), `PDF text lacks ${part}`);
    }
    assert.ok((pages ?? 0) >= 2);
    for (let n = 1; n <= (pages ?? 0); n++) assert.ok(all.includes(`—${n}—`), `page number ${n}`);
  });

  it('repeats table 三’s header on the page it continues on', async () => {
    const long = sampleReport();
    long.sections.overview = '本机关坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化。\n'.repeat(12);
    const { text, pages } = await extractText(await renderReportPdf(long, { fonts: await cjkFonts() }), 'pdf');
    assert.ok((pages ?? 0) >= 3);
    const heads = squash(text).split('申请人情况').length - 1;
    assert.ok(heads >= 2, `the header of table 三 appears ${heads} time(s)`);
  });

  it('lets CjkFontMissing through when a face cannot be loaded', async () => {
    const missing = { file: '/nonexistent/NotoSerifCJK.ttc', postscriptName: 'NotoSerifCJKsc-Regular' };
    await assert.rejects(renderReportPdf(report, { fonts: { serif: missing, sansBold: missing } }), CjkFontMissing);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { renderToStaticMarkup } from 'react-dom/server';
import { type AnnualReport, COLUMN_LABELS, DOCUMENT_COUNT_LABELS, PROACTIVE_LABELS, REVIEW_CELL_LABELS, ROW_LABELS, SECTION_TITLES } from '../report-shape.js';
import { ReportDocument, ReportTables, TABLE_LABELS, reportHtmlPage, reportTitle } from './index.js';
import { figuresOfRow, sampleReport } from './render.fixtures.js';

const report = sampleReport();
const html = renderToStaticMarkup(<ReportTables report={report} />);
const dom = parseDocument(html);
const all = (name: string, root: Parameters<typeof DomUtils.findAll>[1] = dom.children) => DomUtils.findAll((e) => e.name === name, root);
const text = (e: Element) => DomUtils.textContent(e).trim();
const tables = all('table');
const byId = new Map(DomUtils.findAll((e) => e.attribs.id !== undefined, dom.children).map((e) => [e.attribs.id, e]));

/** The row of table `t` whose last header cell reads `label`, with its figures. */
function rowOf(t: Element, label: string) {
  const tr = all('tr', [t]).find((r) => {
    const ths = all('th', [r]);
    return ths.length > 0 && text(ths[ths.length - 1]) === label;
  });
  assert.ok(tr, `no row headed ${label}`);
  return all('td', [tr]);
}

describe('the statutory tables as HTML', () => {
  it('draws three captioned tables with every row and column label and the 勾稽关系 note', () => {
    assert.equal(tables.length, 3);
    assert.deepEqual(tables.map((t) => text(all('caption', [t])[0])), [SECTION_TITLES.proactive, SECTION_TITLES.requests, SECTION_TITLES.reviewLitigation]);
    for (const label of [...Object.values(ROW_LABELS), ...Object.values(COLUMN_LABELS), ...Object.values(REVIEW_CELL_LABELS), ...Object.values(DOCUMENT_COUNT_LABELS)]) {
      assert.ok(html.includes(label), `lacks ${label}`);
    }
    for (const p of Object.values(PROACTIVE_LABELS)) assert.ok(html.includes(p.label) && html.includes(p.article), `lacks ${p.label}`);
    for (const l of [TABLE_LABELS.crossCheckNote, TABLE_LABELS.applicants, TABLE_LABELS.legalPersons, TABLE_LABELS.results, '未经复议直接起诉', '复议后起诉', TABLE_LABELS.feeAmount]) {
      assert.ok(html.includes(l), `lacks ${l}`);
    }
  });

  it('puts the seven figures of each table 三 row in its own row, in column order', () => {
    for (const [key, label] of Object.entries(ROW_LABELS) as [keyof typeof ROW_LABELS, string][]) {
      assert.deepEqual(rowOf(tables[1], label).map(text), figuresOfRow(key).map(String), label);
    }
    assert.deepEqual(rowOf(tables[1], '1.属于国家秘密').map(text), ['501', '502', '503', '504', '505', '506', '3021']);
  });

  it('lays out the merged cells of the official format', () => {
    const cell = (t: Element, label: string) => [...all('th', [t]), ...all('td', [t])].find((e) => text(e) === label)!;
    const note = cell(tables[1], TABLE_LABELS.crossCheckNote);
    assert.equal(note.attribs.rowspan, '3');
    assert.equal(note.attribs.colspan, '3');
    assert.equal(cell(tables[1], TABLE_LABELS.applicants).attribs.colspan, '7');
    assert.equal(cell(tables[1], TABLE_LABELS.legalPersons).attribs.colspan, '5');
    assert.equal(cell(tables[1], TABLE_LABELS.results).attribs.rowspan, '22');
    assert.equal(cell(tables[1], '（三）不予公开').attribs.rowspan, '8');
    assert.equal(cell(tables[1], ROW_LABELS.newReceived).attribs.colspan, '3');
    assert.equal(cell(tables[1], ROW_LABELS.total).attribs.colspan, '2');
    assert.equal(all('tr', [all('thead', [tables[1]])[0]]).length, 3);
    assert.equal(cell(tables[2], '行政诉讼').attribs.colspan, '10');
    assert.equal(all('td', [tables[2]]).map(text).join(' '), '51 52 53 54 210 61 62 63 64 250 71 72 73 74 290');
    assert.deepEqual(rowOf(tables[0], '行政规范性文件').map(text), ['21', '22', '23']);
    assert.deepEqual(rowOf(tables[0], '行政事业性收费').map((td) => [text(td), td.attribs.colspan]), [['12.3456', '3']]);
    assert.equal(all('tbody', [tables[0]]).length, 4, 'one block per 第二十条 item');
  });

  it('ties every figure to its headers (scope, and headers= naming the row and column header cells)', () => {
    for (const th of all('th')) assert.match(th.attribs.scope ?? '', /^(row|col|colgroup)$/);
    const td = rowOf(tables[1], '1.属于国家秘密')[1];
    const named = td.attribs.headers.split(' ').map((id) => text(byId.get(id)!));
    assert.deepEqual(named.sort(), [TABLE_LABELS.applicants, TABLE_LABELS.legalPersons, '商业企业', TABLE_LABELS.results, '（三）不予公开', '1.属于国家秘密'].sort());
    const review = all('td', [tables[2]])[6];
    assert.deepEqual(review.attribs.headers.split(' ').map((id) => text(byId.get(id)!)), ['行政诉讼', '未经复议直接起诉', '结果纠正']);
  });

  it('links table 三 figures for drill-down and marks failed cells', () => {
    const out = renderToStaticMarkup(
      <ReportTables report={report} cellHref={(row, col) => (col === 'total' ? null : `/admin/requests?row=${row}&col=${col}`)} highlight={new Set(['withheld.stateSecret:commercial', 'review:total', 'fees:amountTenThousandYuan'])} />,
    );
    const d = parseDocument(out);
    const links = DomUtils.findAll((e) => e.name === 'a', d.children);
    assert.equal(links.length, 25 * 6, 'six linked figures per row, 总计 left plain');
    const link = links.find((a) => a.attribs.href === '/admin/requests?row=withheld.stateSecret&col=commercial')!;
    assert.equal(DomUtils.textContent(link), '502');
    assert.match(link.attribs['aria-label'], /不予公开.*属于国家秘密.*商业企业.*502/);
    const failed = DomUtils.findAll((e) => (e.attribs.class ?? '').includes('gk-cell-error'), d.children);
    assert.deepEqual(failed.map((e) => [DomUtils.textContent(e), e.attribs['aria-invalid']]), [['12.3456', 'true'], ['502', 'true'], ['210', 'true']]);
  });
});

describe('the whole report as HTML', () => {
  it('has the title, the six sections in order, paragraphs per line and 无。 for an empty section', () => {
    const out = renderToStaticMarkup(<ReportDocument report={report} title={reportTitle(report)} publishedOn="2026-01-20" />);
    const d = parseDocument(out);
    const headings = DomUtils.findAll((e) => e.name === 'h2', d.children).map((e) => DomUtils.textContent(e));
    assert.deepEqual(headings, ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    assert.equal(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h1', d.children)!), '菏泽市财政局2025年政府信息公开工作年度报告');
    const sections = DomUtils.findAll((e) => e.name === 'section', d.children);
    const paras = (i: number) => DomUtils.findAll((e) => e.name === 'p', [sections[i]]).map((e) => DomUtils.textContent(e));
    assert.equal(paras(0).length, 3);
    assert.equal(paras(0)[2], '（二）依申请公开。规范办理政府信息公开申请。', 'manual indents trimmed');
    assert.deepEqual(paras(4), ['无。']);
    assert.deepEqual(paras(5), ['本年度未收取信息处理费。']);
    assert.equal(DomUtils.findAll((e) => e.name === 'table', [sections[2]]).length, 1);
    assert.ok(DomUtils.textContent(d).includes('2026年1月20日'));
  });

  it('is a standalone zh-CN page with inline CSS and no script', () => {
    const page = reportHtmlPage(report);
    assert.ok(page.startsWith('<!doctype html>'));
    assert.match(page, /<html lang="zh-CN">/);
    assert.match(page, /<title>菏泽市财政局2025年政府信息公开工作年度报告<\/title>/);
    assert.match(page, /<style>[^<]*@page/);
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handlers');
    assert.equal(DomUtils.findAll((e) => e.name === 'table', parseDocument(page).children).length, 3);
  });

  it('titles a report with supervised organisations the same way', () => {
    const subtree: AnnualReport = { ...report, scope: 'subtree' };
    assert.equal(reportTitle(subtree), '菏泽市财政局2025年政府信息公开工作年度报告');
    assert.match(reportHtmlPage(subtree), /<h1[^>]*>菏泽市财政局2025年政府信息公开工作年度报告<\/h1>/);
  });
});

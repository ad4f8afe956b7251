import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type YearFigures, yearFiguresOf, yearOverYearSvg } from './index.js';
import { figuresOfRow, sampleReport } from './render.fixtures.js';

const SERIES = ['本年新收申请', '办结', '予以公开', '部分公开', '结转下年', '行政复议和行政诉讼'];
const total = (row: Parameters<typeof figuresOfRow>[0]) => figuresOfRow(row)[6];

describe('year-over-year chart', () => {
  it('takes the 总计 figures of a report', () => {
    assert.deepEqual(yearFiguresOf(sampleReport()), {
      year: 2025,
      newReceived: total('newReceived'),
      closed: total('total'),
      disclosed: total('disclosed'),
      partiallyDisclosed: total('partiallyDisclosed'),
      carriedForward: total('carriedForward'),
      normativeIssued: 21,
      review: 210,
      litigation: 250 + 290,
    });
  });

  it('draws an accessible SVG with the years in order and the series names', async () => {
    const base = yearFiguresOf(sampleReport());
    const series: YearFigures[] = [base, { ...base, year: 2023, newReceived: 40 }, { ...base, year: 2024, newReceived: 55 }];
    const svg = await yearOverYearSvg(series, { width: 640, height: 360, title: '菏泽市财政局申请办理情况' });
    assert.ok(svg.startsWith('<svg'));
    assert.match(svg, /^<svg[^>]* width="640" height="360"[^>]* role="img" aria-label="菏泽市财政局申请办理情况"><title>菏泽市财政局申请办理情况<\/title><desc>/);
    for (const s of SERIES) assert.ok(svg.includes(s), `lacks ${s}`);
    const at = ['2023年', '2024年', '2025年'].map((y) => svg.indexOf(`>${y}<`));
    assert.ok(at.every((i) => i > 0), 'axis labels for each year');
    assert.deepEqual(at, [...at].sort((a, b) => a - b), 'years sorted');
    assert.match(svg, /2023年：本年新收申请40件/);
    assert.ok(svg.includes('Noto Sans CJK SC'));
    assert.doesNotMatch(svg, /<script|@keyframes|animation/i, 'a still image');
  });

  it('renders a single year, and no year at all', async () => {
    const one = await yearOverYearSvg([yearFiguresOf(sampleReport())]);
    assert.ok(one.startsWith('<svg') && one.includes('2025年'));
    const none = await yearOverYearSvg([]);
    assert.match(none, /<desc>暂无年度数据。<\/desc>/);
  });
});

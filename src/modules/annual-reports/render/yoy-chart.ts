/**
 * Year-over-year comparison of an organisation's reports as an SVG chart, rendered on the server with
 * ECharts' string SVG renderer (ssr: true, no DOM). The result is a plain image: it goes into portal pages,
 * the admin and printed material, none of which run scripts.
 */
import type { AnnualReport } from '../report-shape.js';
import { cellValue } from './report-grid.js';

export interface YearFigures {
  year: number;
  newReceived: number;
  closed: number;
  disclosed: number;
  partiallyDisclosed: number;
  carriedForward: number;
  normativeIssued: number;
  review: number;
  litigation: number;
}

/** The figures of one report that the comparison shows (all from the 总计 column / total cells). */
export function yearFiguresOf(report: AnnualReport): YearFigures {
  const rl = report.reviewLitigation;
  return {
    year: report.year,
    newReceived: cellValue(report, 'newReceived', 'total'),
    closed: cellValue(report, 'total', 'total'),
    disclosed: cellValue(report, 'disclosed', 'total'),
    partiallyDisclosed: cellValue(report, 'partiallyDisclosed', 'total'),
    carriedForward: cellValue(report, 'carriedForward', 'total'),
    normativeIssued: report.proactive.normativeDocuments.issued,
    review: rl.review.total,
    litigation: rl.litigationDirect.total + rl.litigationAfterReview.total,
  };
}

/** The bars, in the order of the statutory table 三. */
const BAR_SERIES = [
  { key: 'newReceived', name: '本年新收申请' },
  { key: 'closed', name: '办结' },
  { key: 'disclosed', name: '予以公开' },
  { key: 'partiallyDisclosed', name: '部分公开' },
  { key: 'carriedForward', name: '结转下年' },
] as const;
const LINE_NAME = '行政复议和行政诉讼';
const DEFAULT_TITLE = '政府信息公开申请办理情况年度对比';
export const CHART_FONT = 'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sentence per year for screen readers, who get nothing from the bars themselves. */
function describe(series: YearFigures[]): string {
  if (series.length === 0) return '暂无年度数据。';
  return series
    .map((f) => `${f.year}年：${BAR_SERIES.map((s) => `${s.name}${f[s.key]}件`).join('，')}，${LINE_NAME}${f.review + f.litigation}件。`)
    .join('');
}

/**
 * Grouped bars (本年新收申请, 办结, 予以公开, 部分公开, 结转下年) per year, and a line of 行政复议 + 行政诉讼 cases.
 * No animation (a static image); the SVG carries role="img", an aria-label, a <title> and a <desc> with the figures.
 */
export async function yearOverYearSvg(series: YearFigures[], opts: { width?: number; height?: number; title?: string } = {}): Promise<string> {
  const echarts = await import('echarts');
  const width = opts.width ?? 720;
  const height = opts.height ?? 400;
  const title = opts.title ?? DEFAULT_TITLE;
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const years = sorted.map((f) => `${f.year}年`);
  const labels = sorted.length <= 3;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT },
      color: ['#1f4e8c', '#3a7d44', '#d08c2f', '#8e5ea2', '#6b7b8c', '#b3261e'],
      title: { text: title, left: 'center', top: 8, textStyle: { fontFamily: CHART_FONT, fontSize: 16, fontWeight: 'bold' } },
      legend: { top: 36, textStyle: { fontFamily: CHART_FONT }, data: [...BAR_SERIES.map((s) => s.name), LINE_NAME] },
      grid: { left: 56, right: 24, top: 80, bottom: 40 },
      xAxis: { type: 'category', data: years, axisLabel: { fontFamily: CHART_FONT } },
      yAxis: { type: 'value', name: '件', minInterval: 1, axisLabel: { fontFamily: CHART_FONT } },
      series: [
        ...BAR_SERIES.map((s) => ({
          name: s.name,
          type: 'bar' as const,
          barMaxWidth: 28,
          data: sorted.map((f) => f[s.key]),
          label: { show: labels, position: 'top' as const, fontSize: 10, fontFamily: CHART_FONT },
        })),
        {
          name: LINE_NAME,
          type: 'line' as const,
          data: sorted.map((f) => f.review + f.litigation),
          symbolSize: 8,
          lineStyle: { width: 2 },
          label: { show: true, position: 'top' as const, fontSize: 10, fontFamily: CHART_FONT },
        },
      ],
    });
    return accessible(chart.renderToSVGString(), title, describe(sorted));
  } finally {
    chart.dispose();
  }
}

/** ECharts' SSR output has no accessible name: add role, aria-label, <title> and <desc> to the root element. */
function accessible(svg: string, title: string, description: string): string {
  const t = escapeXml(title);
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img" aria-label="${t}"><title>${t}</title><desc>${escapeXml(description)}</desc>`);
}

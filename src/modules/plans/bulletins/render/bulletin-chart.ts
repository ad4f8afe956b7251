/**
 * 各单位任务完成率 as a horizontal bar chart: ECharts' string SVG renderer on the server (ssr: true, no
 * DOM) for the portal page, and the same SVG rasterised with resvg for the DOCX (Word shows PNG
 * everywhere). A static image: no animation; the SVG carries role="img", an aria-label, <title> and <desc>.
 */
import type { BulletinFigures } from '../figures.js';
import { pct } from './bulletin-text.js';

export const CHART_FONT = 'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif';
/** The face resvg falls back to (fonts-noto-cjk on Debian). */
const PNG_FONT = 'Noto Sans CJK SC';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ChartSize {
  width: number;
  height: number;
}

/** Units in the chart: ranked units in ranking order (units kept as text have no organisation, no bar). */
function bars(f: BulletinFigures): { name: string; rate: number; onTime: number }[] {
  const byOrg = new Map(f.units.filter((u) => u.orgId !== null).map((u) => [u.orgId!, u]));
  return f.ranking.map((r) => ({ name: r.name, rate: r.completionRate, onTime: byOrg.get(r.orgId)?.onTimeRate ?? 0 }));
}

export function chartSize(f: BulletinFigures): ChartSize {
  return { width: 720, height: Math.max(200, 110 + bars(f).length * 34) };
}

export function chartDescription(f: BulletinFigures): string {
  const b = bars(f);
  if (b.length === 0) return '没有承担任务的单位。';
  return b.map((x) => `${x.name}完成率${pct(x.rate)}，按期完成率${pct(x.onTime)}`).join('；') + '。';
}

/** Null when no unit has a task (nothing to draw). */
export async function completionChartSvg(f: BulletinFigures, title: string): Promise<string | null> {
  const data = bars(f);
  if (data.length === 0) return null;
  const echarts = await import('echarts');
  const { width, height } = chartSize(f);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT },
      color: ['#1f4e8c', '#3a7d44'],
      title: { text: title, left: 'center', top: 8, textStyle: { fontFamily: CHART_FONT, fontSize: 16, fontWeight: 'bold' } },
      legend: { top: 36, textStyle: { fontFamily: CHART_FONT }, data: ['完成率', '按期完成率'] },
      grid: { left: 16, right: 56, top: 70, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontFamily: CHART_FONT } },
      yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name), axisLabel: { fontFamily: CHART_FONT, fontSize: 12 } },
      series: [
        { name: '完成率', type: 'bar', barMaxWidth: 14, data: data.map((d) => d.rate), label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11, fontFamily: CHART_FONT } },
        { name: '按期完成率', type: 'bar', barMaxWidth: 14, data: data.map((d) => d.onTime), label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11, fontFamily: CHART_FONT } },
      ],
    });
    const svg = chart.renderToSVGString();
    const t = escapeXml(title);
    return svg.replace(/^<svg\b([^>]*)>/, (_m: string, attrs: string) => `<svg${attrs} role="img" aria-label="${t}"><title>${t}</title><desc>${escapeXml(chartDescription(f))}</desc>`);
  } finally {
    chart.dispose();
  }
}

/** The SVG as PNG at `scale` (2: sharp when printed), with the system's CJK fonts. */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const r = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: PNG_FONT }, fitTo: { mode: 'zoom', value: scale }, background: '#ffffff' });
  return Buffer.from(r.render().asPng());
}

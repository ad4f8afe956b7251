/**
 * The 公开年报 column (条例第四十九条: reports are published on the portal): `/xxgk/ndbg/` lists every
 * organisation's reports by year; `/xxgk/ndbg/{机构编码}/{年度}` shows one report with its tables as real
 * HTML tables, the DOCX/PDF/JSON downloads and the year-over-year chart. Server-rendered, no client JS.
 */
import type { PublicOrg } from '../../orgs/index.js';
import { Breadcrumb, Layout, OrgYearFilter, type PageContext, XXGK_CRUMB, YearSections, renderDocument } from '../../portal/index.js';
import { LEGACY_CELL_LABELS, LEGACY_PROACTIVE, type LegacyBlock, type LegacyReport } from '../legacy.js';
import type { PublicReport, PublicReportEntry } from '../public.service.js';
import { REPORT_CSS, ReportDocument, RequestsTable, ReviewTable, type YearFigures, chineseDate, paragraphsOf, reportTitle } from '../render/index.js';
import { SECTION_TITLES } from '../report-shape.js';

const SP = '\u3000'; // ideographic space between facts, as the portal's other pages do

export const REPORTS_HOME = '/xxgk/ndbg/';
export const reportUrl = (org: string, year: number) => `/xxgk/ndbg/${encodeURIComponent(org)}/${year}`;
const fileUrl = (org: string, year: number, ext: string) => `${reportUrl(org, year)}.${ext}`;

export interface ReportListData { entries: PublicReportEntry[]; orgs: PublicOrg[]; org?: string; year?: number; years: number[]; notices: string[] }

export function renderReportList(ctx: PageContext, d: ReportListData): string {
  const title = '政府信息公开工作年度报告';
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[XXGK_CRUMB, { label: '年度报告' }]} />
      <h1>{title}</h1>
      <p className="lead">
        各行政机关每年公布上一年度政府信息公开工作年度报告（《中华人民共和国政府信息公开条例》第四十九条、第五十条），格式执行国办公开办函〔2021〕30号。
        每份报告提供网页版、Word、PDF 和 JSON 数据下载。
      </p>
      {d.notices.map((n) => <p key={n} className="notice" role="status">{n}</p>)}
      <OrgYearFilter action={REPORTS_HOME} label="筛选年度报告" orgs={d.orgs} org={d.org} year={{ value: d.year, years: d.years, suffix: '年度' }} />
      {d.entries.length === 0 ? <p>没有符合条件的年度报告。</p> : <YearSections entries={d.entries} heading={(year) => <>{year}年度</>} item={(e) => (
        <li key={`${e.org.code}-${e.year}`}>
          <a href={reportUrl(e.org.code, e.year)}>{reportTitle({ org: e.org, year: e.year })}</a>
          <span className="meta">
            {e.source === 'platform' ? ` 发布日期：${e.publishedOn ? chineseDate(e.publishedOn) : ''}${e.version > 1 ? `（已更正，第${e.version}版）` : ''}` : ` 历史年报${e.format === '2019' ? '（2019年试行格式）' : ''}`}
          </span>
        </li>
      )} />}
    </Layout>,
  );
}

function LegacyProactiveTable({ legacy }: { legacy: LegacyReport }) {
  const blocks = Object.entries(LEGACY_PROACTIVE) as [LegacyBlock, (typeof LEGACY_PROACTIVE)[LegacyBlock]][];
  return (
    <table className="gk-table">
      <caption>主动公开政府信息情况（2019年试行格式）</caption>
      <thead><tr><th scope="col">信息内容</th><th scope="col">项目</th><th scope="col">数量</th></tr></thead>
      <tbody>
        {blocks.flatMap(([b, def]) => def.cells.map((c, i) => (
          <tr key={`${b}-${c}`}>
            {i === 0 ? <th scope="rowgroup" rowSpan={def.cells.length}>{def.label}</th> : null}
            <th scope="row">{LEGACY_CELL_LABELS[c]}</th>
            <td>{legacy.proactive[b]?.[c] ?? 0}</td>
          </tr>
        )))}
      </tbody>
    </table>
  );
}

const FIGURE_LABELS: [keyof YearFigures, string][] = [
  ['newReceived', '本年新收申请'], ['closed', '办结'], ['disclosed', '予以公开'], ['partiallyDisclosed', '部分公开'],
  ['carriedForward', '结转下年'], ['review', '行政复议'], ['litigation', '行政诉讼'], ['normativeIssued', '制发规范性文件'],
];

/** The chart's figures as a table too: the SVG is a picture, the table is what assistive technology reads. */
function SeriesTable({ series }: { series: YearFigures[] }) {
  return (
    <table className="gk-table">
      <caption>历年主要数据</caption>
      <thead><tr><th scope="col">年度</th>{FIGURE_LABELS.map(([, l]) => <th key={l} scope="col">{l}</th>)}</tr></thead>
      <tbody>{series.map((f) => <tr key={f.year}><th scope="row">{f.year}</th>{FIGURE_LABELS.map(([k]) => <td key={k}>{f[k]}</td>)}</tr>)}</tbody>
    </table>
  );
}

export function renderReportPage(ctx: PageContext, r: PublicReport, chartSvg: string | null): string {
  const title = reportTitle(r.report);
  const publishedOn = r.publishedOn ?? undefined;
  return renderDocument(
    <Layout ctx={ctx} title={title} head={<style>{REPORT_CSS}</style>}>
      <Breadcrumb trail={[XXGK_CRUMB, { href: REPORTS_HOME, label: '年度报告' }, { label: `${r.org.name}${r.year}年度` }]} />
      <p className="meta">
        发布机关：{r.org.name}{SP}年度：{r.year}年
        {publishedOn ? `${SP}发布日期：${chineseDate(publishedOn)}` : `${SP}历史年报（导入）`}
        {r.report.scope === 'subtree' ? `${SP}统计范围：含所属部门和下级政府` : ''}
      </p>
      {r.source === 'platform' ? (
        <p className="downloads">
          下载：<a href={fileUrl(r.org.code, r.year, 'docx')}>Word 版</a>{SP}<a href={fileUrl(r.org.code, r.year, 'pdf')}>PDF 版</a>{SP}<a href={fileUrl(r.org.code, r.year, 'json')}>JSON 数据</a>
        </p>
      ) : null}
      {r.versions.filter((v) => v.version > 1).map((v) => (
        <p key={v.version} className="notice" role="note">本报告于{chineseDate(v.publishedOn)}更正（第{v.version}版）{v.note ? `：${v.note}` : ''}</p>
      ))}
      {r.legacy ? (
        <article className="gk-report" aria-labelledby="report-title">
          <h1 id="report-title">{title}</h1>
          <p className="notice" role="note">本报告为2019年试行格式（国办公开办函〔2019〕60号），导入平台供历史查阅和逐年比较。</p>
          {(['overview', 'problems', 'other'] as const).map((k) => r.legacy!.sections?.[k] ? (
            <section key={k}><h2>{SECTION_TITLES[k]}</h2>{paragraphsOf(r.legacy!.sections[k]!).map((p, i) => <p key={i}>{p}</p>)}</section>
          ) : null)}
          <h2>{SECTION_TITLES.proactive}</h2>
          <LegacyProactiveTable legacy={r.legacy} />
          <h2>{SECTION_TITLES.requests}</h2>
          <RequestsTable report={r.report} captionHidden />
          <h2>{SECTION_TITLES.reviewLitigation}</h2>
          <ReviewTable report={r.report} captionHidden />
        </article>
      ) : (
        <ReportDocument report={r.report} title={title} publishedOn={publishedOn} />
      )}
      {r.series.length > 1 && chartSvg ? (
        <section aria-labelledby="yoy" className="yoy">
          <h2 id="yoy">历年比较</h2>
          <figure>
            <div dangerouslySetInnerHTML={{ __html: chartSvg }} />
            <figcaption>{r.org.name}{r.series[0]!.year}—{r.series.at(-1)!.year}年政府信息公开申请办理情况（数据见下表）</figcaption>
          </figure>
          <SeriesTable series={r.series} />
        </section>
      ) : null}
      <p><a href={`${REPORTS_HOME}?org=${encodeURIComponent(r.org.code)}`}>{r.org.name}的全部年度报告</a></p>
    </Layout>,
  );
}

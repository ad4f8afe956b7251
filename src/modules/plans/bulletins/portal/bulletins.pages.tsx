/**
 * 季度通报 on the portal: `/xxgk/plans/bulletins/` lists the published bulletins (by issuer and year);
 * `/xxgk/plans/bulletins/{id}` shows one with real tables (caption, header cells with scope), the
 * completion-rate chart as inline SVG with its data as a table, and the Word download. No client JS.
 */
import type { PublicOrg } from '../../../orgs/index.js';
import { Breadcrumb, DATA_TABLE_CSS, Layout, OrgYearFilter, type PageContext, XXGK_CRUMB, YearSections, renderDocument } from '../../../portal/index.js';
import type { BulletinFigures } from '../figures.js';
import {
  COOPERATING_COLUMNS, OVERDUE_COLUMNS, RANKING_COLUMNS, SECTION_TITLES, UNIT_COLUMNS, chineseDate, cooperatingRows, overallSentence, overdueRows,
  paragraphsOf, pct, quarterName, rankingRows, totalRow, unitRows,
} from '../render/index.js';
import { BULLETINS_HOME, bulletinUrl } from '../urls.js';

const SP = '\u3000';

/** Print-first styles of the bulletin (the 公文 page's fonts), and tables that scroll on narrow screens. */
export const BULLETIN_CSS = `
.gk-bulletin { max-width: 48rem; margin: 0 auto; }
.gk-bulletin h1 { text-align: center; font-weight: normal; font-size: 1.7rem; line-height: 1.5; margin: .5rem 0;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.gk-bulletin .gk-number { text-align: center; text-indent: 0; margin: 0 0 1rem; }
.gk-bulletin h2 { font-size: 1.2rem; margin: 1.2rem 0 .4rem; font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; }
.gk-bulletin p { text-indent: 2em; line-height: 1.8; margin: .3rem 0; }
.gk-bulletin .gk-sign { text-indent: 0; text-align: right; margin-top: 2rem; padding-right: 4em; }
.gk-bulletin .gk-sign span { display: block; }
${DATA_TABLE_CSS}.gk-table tr.gk-total th, .gk-table tr.gk-total td { font-weight: 700; }
.gk-chart svg { max-width: 100%; height: auto; }
.gk-chart figcaption { text-align: center; font-size: .95rem; }
@media print { .gk-scroll { overflow: visible; } .downloads, .breadcrumb { display: none; } }
`;

export interface BulletinListEntry {
  id: number;
  org: { code: string; name: string };
  year: number;
  quarter: number;
  title: string;
  number: string | null;
  asOf: string;
  publishedOn: string;
}

export interface BulletinListData { entries: BulletinListEntry[]; orgs: PublicOrg[]; org?: string; year?: number; years: number[]; notices: string[] }

export function renderBulletinList(ctx: PageContext, d: BulletinListData): string {
  const title = '政务公开工作任务落实情况季度通报';
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[XXGK_CRUMB, { label: '季度通报' }]} />
      <h1>{title}</h1>
      <p className="lead">各级政务公开工作主管部门按季度通报年度政务公开工作分工方案的任务落实情况：各单位任务完成率、逾期任务和排名。每份通报提供网页版和 Word 版。</p>
      {d.notices.map((n) => <p key={n} className="notice" role="status">{n}</p>)}
      <OrgYearFilter action={BULLETINS_HOME} label="筛选季度通报" orgs={d.orgs} org={d.org} year={{ value: d.year, years: d.years, suffix: '年' }} />
      {d.entries.length === 0 ? <p>没有符合条件的季度通报。</p> : <YearSections entries={d.entries} heading={(year) => <>{year}年</>} item={(e) => (
        <li key={e.id}>
          <a href={bulletinUrl(e.id)}>{e.title}</a>
          <span className="meta">{` ${e.org.name}${SP}${quarterName(e.quarter)}${e.number ? `${SP}${e.number}` : ''}${SP}发布日期：${chineseDate(e.publishedOn)}`}</span>
        </li>
      )} />}
    </Layout>,
  );
}

/** A table in a focusable scrolling region (wide tables on phones stay reachable by keyboard). */
function DataTable({ id, caption, head, rows, textCols = [1], total }: { id: string; caption: string; head: readonly string[]; rows: string[][]; textCols?: number[]; total?: string[] }) {
  return (
    <div className="gk-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="gk-table">
        <caption id={id}>{caption}</caption>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (j === 1 ? <th key={j} scope="row">{c}</th> : <td key={j} className={textCols.includes(j) ? 'gk-text' : undefined}>{c}</td>))}
            </tr>
          ))}
          {total ? <tr className="gk-total">{total.map((c, j) => (j === 1 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr> : null}
        </tbody>
      </table>
    </div>
  );
}

export interface BulletinPageData {
  id: number;
  title: string;
  number: string | null;
  issuer: string;
  intro: string;
  closing: string;
  org: { code: string; name: string };
  year: number;
  quarter: number;
  publishedOn: string;
  figures: BulletinFigures;
}

export function renderBulletinPage(ctx: PageContext, b: BulletinPageData, chartSvg: string | null): string {
  const f = b.figures;
  return renderDocument(
    <Layout ctx={ctx} title={b.title} head={<style>{BULLETIN_CSS}</style>}>
      <Breadcrumb trail={[XXGK_CRUMB, { href: BULLETINS_HOME, label: '季度通报' }, { label: `${b.org.name}${b.year}年${quarterName(b.quarter)}` }]} />
      <p className="meta">发布机关：{b.issuer}{SP}发布日期：{chineseDate(b.publishedOn)}{SP}数据截至：{chineseDate(f.asOf)}</p>
      <p className="downloads">下载：<a href={`${bulletinUrl(b.id)}.docx`}>Word 版</a></p>
      <article className="gk-bulletin" aria-labelledby="bulletin-title">
        <h1 id="bulletin-title">{b.title}</h1>
        {b.number ? <p className="gk-number">{b.number}</p> : null}
        {paragraphsOf(b.intro).map((p, i) => <p key={`i${i}`}>{p}</p>)}

        <h2>{SECTION_TITLES.overall}</h2>
        <p>{overallSentence(f)}</p>

        <h2>{SECTION_TITLES.units}</h2>
        {f.units.length === 0 ? <p>本期没有承担牵头或责任任务的单位。</p> : (
          <>
            <p>一项任务由多个单位承担的，分别计入各单位；合计按任务计。</p>
            <DataTable id="t-units" caption="表1　各单位任务完成情况" head={UNIT_COLUMNS} rows={unitRows(f)} total={totalRow(f)} />
            {chartSvg ? (
              <figure className="gk-chart" aria-labelledby="chart-cap">
                <div dangerouslySetInnerHTML={{ __html: chartSvg }} />
                <figcaption id="chart-cap">{'图1\u3000各单位任务完成率（数据见下表）'}</figcaption>
              </figure>
            ) : null}
            {f.ranking.length ? (
              <DataTable id="t-chart" caption="图1数据：各单位完成率和按期完成率" head={['序号', '单位', '完成率', '按期完成率']}
                rows={f.ranking.map((r, i) => { const u = f.units.find((x) => x.orgId === r.orgId); return [String(i + 1), r.name, pct(r.completionRate), pct(u?.onTimeRate ?? null)]; })} />
            ) : null}
            {f.cooperating.length ? (
              <>
                <p>配合单位承担的配合任务单独列示，不计入完成率和排名。</p>
                <DataTable id="t-coop" caption="表2　配合任务情况" head={COOPERATING_COLUMNS} rows={cooperatingRows(f)} />
              </>
            ) : null}
          </>
        )}

        <h2>{SECTION_TITLES.overdue}</h2>
        {f.overdue.length === 0 ? <p>截至{chineseDate(f.asOf)}，没有逾期任务。</p> : (
          <>
            <p>截至{chineseDate(f.asOf)}，逾期任务{f.overdue.length}项（含逾期完成的任务）。</p>
            <DataTable id="t-overdue" caption="逾期任务清单" head={OVERDUE_COLUMNS} rows={overdueRows(f)} textCols={[1, 2, 3]} />
          </>
        )}

        <h2>{SECTION_TITLES.ranking}</h2>
        {f.ranking.length === 0 ? <p>本期没有参加排名的单位。</p> : (
          <>
            <p>按任务完成率从高到低排名，完成率相同的按按期完成任务数排名，两项均相同的并列。</p>
            <DataTable id="t-rank" caption="各单位排名" head={RANKING_COLUMNS} rows={rankingRows(f)} />
          </>
        )}

        {paragraphsOf(b.closing).map((p, i) => <p key={`c${i}`}>{p}</p>)}
        <p className="gk-sign"><span>{b.issuer}</span><span>{chineseDate(b.publishedOn)}</span></p>
      </article>
      <p><a href={`${BULLETINS_HOME}?org=${encodeURIComponent(b.org.code)}`}>{b.org.name}的全部季度通报</a></p>
    </Layout>,
  );
}

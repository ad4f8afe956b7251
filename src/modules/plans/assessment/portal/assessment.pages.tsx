/**
 * 考核结果 on the portal: `/xxgk/plans/assessment/` lists the published results; `/xxgk/plans/assessment/
 * {机构编码}/{年度}` shows one: the indicators with their weights and rules, and per unit the score on each
 * indicator, the total and the rank (a real table: caption, column and row headers). No client JS.
 */
import type { PublicOrg } from '../../../orgs/index.js';
import { Layout, type PageContext, renderDocument } from '../../../portal/index.js';
import type { AssessmentView } from '../assessment.service.js';
import { ASSESSMENT_HOME, assessmentUrl } from '../urls.js';

const SP = '\u3000';
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const fmt = (n: number | null) => (n === null ? '—' : String(n));

const CSS = `
.gk-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.gk-scroll:focus { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.gk-table { border-collapse: collapse; width: 100%; font-size: .95rem; line-height: 1.4; }
.gk-table caption { font-weight: 700; padding: .3rem 0; text-align: left; }
.gk-table th, .gk-table td { border: 1px solid #444; padding: .3rem .45rem; vertical-align: middle; }
.gk-table thead th { background: #ecece6; text-align: center; }
.gk-table th[scope="row"], .gk-table td.gk-text { text-align: left; }
.gk-table td { text-align: center; font-variant-numeric: tabular-nums; }
@media print { .gk-scroll { overflow: visible; } .breadcrumb { display: none; } }
`;

function Crumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const all = [{ href: '/xxgk/', label: '政府信息公开' }, ...trail];
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <a href="/">首页</a>
      {all.map((t) => (
        <span key={t.label}>
          {' › '}
          {t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}
        </span>
      ))}
    </nav>
  );
}

export interface AssessmentListEntry { org: { code: string; name: string }; year: number; publishedOn: string }

export function renderAssessmentList(ctx: PageContext, d: { entries: AssessmentListEntry[]; orgs: PublicOrg[]; org?: string; notices: string[] }): string {
  const title = '政务公开工作考核结果';
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[{ label: '考核结果' }]} />
      <h1>{title}</h1>
      <p className="lead">各级政务公开工作主管部门对所属部门和下级政府年度政务公开工作的考核结果：考核指标、分值和各单位得分。</p>
      {d.notices.map((n) => <p key={n} className="notice" role="status">{n}</p>)}
      <form className="filter-form" action={ASSESSMENT_HOME} method="get" aria-label="筛选考核结果">
        <div className="field">
          <label htmlFor="org">考核机关</label>
          <select id="org" name="org" defaultValue={d.org ?? ''}>
            <option value="">全部机关</option>
            {d.orgs.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
          </select>
        </div>
        <button className="btn" type="submit">筛选</button>
        <a href={ASSESSMENT_HOME}>重置</a>
      </form>
      {d.entries.length === 0 ? <p>没有已发布的考核结果。</p> : (
        <ul className="doc-list">
          {d.entries.map((e) => (
            <li key={`${e.org.code}-${e.year}`}>
              <a href={assessmentUrl(e.org.code, e.year)}>{e.org.name}{e.year}年度政务公开工作考核结果</a>
              <span className="meta">{` 发布日期：${chineseDate(e.publishedOn)}`}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
}

export function renderAssessmentPage(ctx: PageContext, v: AssessmentView): string {
  const title = `${v.org.name}${v.year}年度政务公开工作考核结果`;
  const ranked = [...v.units].sort((a, b) => a.rank - b.rank);
  return renderDocument(
    <Layout ctx={ctx} title={title} head={<style>{CSS}</style>}>
      <Crumbs trail={[{ href: ASSESSMENT_HOME, label: '考核结果' }, { label: `${v.org.name}${v.year}年度` }]} />
      <h1>{title}</h1>
      <p className="meta">考核机关：{v.org.name}{SP}年度：{v.year}年{v.publishedAt ? `${SP}发布日期：${chineseDate(v.publishedAt)}` : ''}{SP}满分：{v.totalWeight}分</p>

      <h2 id="h-ind">考核指标</h2>
      <div className="gk-scroll" role="region" aria-labelledby="c-ind" tabIndex={0}>
        <table className="gk-table">
          <caption id="c-ind">考核指标及分值</caption>
          <thead><tr><th scope="col">序号</th><th scope="col">指标</th><th scope="col">分值</th><th scope="col">评分方式</th><th scope="col">评分说明</th></tr></thead>
          <tbody>
            {v.indicators.map((i, k) => (
              <tr key={i.id}><td>{k + 1}</td><th scope="row">{i.name}</th><td>{i.weight}</td><td className="gk-text">{i.ruleLabel}</td><td className="gk-text">{i.description ?? ''}</td></tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="h-res">各单位得分</h2>
      <div className="gk-scroll" role="region" aria-labelledby="c-res" tabIndex={0}>
        <table className="gk-table">
          <caption id="c-res">各单位得分明细（按总分排名）</caption>
          <thead>
            <tr>
              <th scope="col">名次</th><th scope="col">单位</th>
              {v.indicators.map((i) => <th key={i.id} scope="col">{i.name}（{i.weight}分）</th>)}
              <th scope="col">总分</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((u) => (
              <tr key={u.org.code}>
                <td>{u.rank}</td>
                <th scope="row">{u.org.name}</th>
                {u.scores.map((s) => <td key={s.indicatorId}>{fmt(s.score)}</td>)}
                <td>{u.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranked.some((u) => u.scores.some((s) => s.note)) ? (
        <>
          <h2>评分说明</h2>
          <ul>
            {ranked.flatMap((u) => u.scores.filter((s) => s.note).map((s) => (
              <li key={`${u.org.code}-${s.indicatorId}`}>{u.org.name}，{v.indicators.find((i) => i.id === s.indicatorId)?.name}：{s.note}</li>
            )))}
          </ul>
        </>
      ) : null}
      <p><a href={`${ASSESSMENT_HOME}?org=${encodeURIComponent(v.org.code)}`}>{v.org.name}的全部考核结果</a></p>
    </Layout>,
  );
}

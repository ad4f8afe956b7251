/**
 * 考核结果 on the portal: `/xxgk/plans/assessment/` lists the published results; `/xxgk/plans/assessment/
 * {机构编码}/{年度}` shows one: the indicators with their weights and rules, and per unit the score on each
 * indicator, the total and the rank (a real table: caption, column and row headers). No client JS.
 */
import type { PublicOrg } from '../../../orgs/index.js';
import { Breadcrumb, DATA_TABLE_CSS, Layout, OrgYearFilter, type PageContext, XXGK_CRUMB, renderDocument } from '../../../portal/index.js';
import type { AssessmentView } from '../assessment.service.js';
import { ASSESSMENT_HOME, assessmentUrl } from '../urls.js';

const SP = '\u3000';
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const fmt = (n: number | null) => (n === null ? '—' : String(n));

const CSS = `
${DATA_TABLE_CSS}@media print { .gk-scroll { overflow: visible; } .breadcrumb { display: none; } }
`;

export interface AssessmentListEntry { org: { code: string; name: string }; year: number; publishedOn: string }

export function renderAssessmentList(ctx: PageContext, d: { entries: AssessmentListEntry[]; orgs: PublicOrg[]; org?: string; notices: string[] }): string {
  const title = '政务公开工作考核结果';
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[XXGK_CRUMB, { label: '考核结果' }]} />
      <h1>{title}</h1>
      <p className="lead">各级政务公开工作主管部门对所属部门和下级政府年度政务公开工作的考核结果：考核指标、分值和各单位得分。</p>
      {d.notices.map((n) => <p key={n} className="notice" role="status">{n}</p>)}
      <OrgYearFilter action={ASSESSMENT_HOME} label="筛选考核结果" orgs={d.orgs} org={d.org} orgLabel="考核机关" />
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
      <Breadcrumb trail={[XXGK_CRUMB, { href: ASSESSMENT_HOME, label: '考核结果' }, { label: `${v.org.name}${v.year}年度` }]} />
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

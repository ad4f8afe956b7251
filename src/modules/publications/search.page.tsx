/**
 * `/search`: full-text search of published documents — a GET form, highlighted results (exact
 * 发文字号/索引号 matches first, flagged 精确匹配), facet counts as filter links, pages, and a
 * helpful block when nothing matched.
 */
import type { PublicOrg } from '../orgs/index.js';
import { Layout, type PageContext, renderDocument } from '../portal/index.js';
import type { PublicSearchResult } from './public.service.js';
import {
  AppliedFilters, Breadcrumb, DOCUMENT_LIST, DocRow, Facets, FilterSelects, Notices, Pagination, SEARCH_PAGE, XXGK_HOME,
  facetYears, hrefOf, type Listing, totalText,
} from './publications.pages.js';
import { TOPICS } from './topics.js';

export interface SearchPageData {
  listing: Listing;
  /** Null when there is neither a query nor a filter: the page shows the form only. */
  result: PublicSearchResult | null;
  pages: number;
  notices: string[];
  orgs: PublicOrg[];
}

/** The query as echoed in headings and summaries: a long one is shortened (the box keeps it whole). */
const shortQ = (q: string) => (Array.from(q).length > 30 ? `${Array.from(q).slice(0, 30).join('')}…` : q);

function NoResults({ listing }: { listing: Listing }) {
  const filtered = !!(listing.org || listing.topic || listing.genre || listing.year || listing.validity);
  return (
    <div className="no-results">
      <h3>没有找到{listing.q ? `与“${shortQ(listing.q)}”相关的` : '符合条件的'}政府信息</h3>
      <p>建议您：</p>
      <ul>
        <li>检查输入的文字是否有错别字；</li>
        <li>减少关键词，或换用更常见的说法，例如“预算公开”而不是“关于预算公开有关事项的通知”；</li>
        {filtered && <li><a href={hrefOf(SEARCH_PAGE, { q: listing.q })}>取消筛选条件，在全部文件中检索</a>；</li>}
        <li>按发文字号检索，例如 <a href={hrefOf(SEARCH_PAGE, { q: '菏政办字〔2021〕35号' })}>菏政办字〔2021〕35号</a>（方括号、圆括号均可）；</li>
        <li>按主题浏览：{TOPICS.slice(1, 7).map((t, i) => <span key={t.code}>{i > 0 && '、'}<a href={hrefOf(DOCUMENT_LIST, { topic: t.code })}>{t.label}</a></span>)}，或查看<a href={XXGK_HOME}>全部主题分类</a>。</li>
      </ul>
      <p>仍未找到所需信息的，可以依法向行政机关申请政府信息公开（参见<a href="/yisqgk/">依申请公开</a>）。</p>
    </div>
  );
}

export function renderSearchPage(ctx: PageContext, d: SearchPageData): string {
  const { listing: l, result: r } = d;
  const orgNames = new Map(d.orgs.map((o) => [o.code, o.name]));
  const title = l.q ? `“${shortQ(l.q)}”的检索结果${l.page > 1 ? `（第 ${l.page} 页）` : ''}` : '检索政府信息';
  const sort = l.sort ?? (l.q ? 'relevance' : 'date');
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { label: '检索' }]} />
      <h1>检索政府信息</h1>
      <Notices notices={d.notices} />
      <form className="search-box" role="search" aria-label="检索政府信息" action={SEARCH_PAGE} method="get">
        <div className="field">
          <label htmlFor="q">检索词</label>
          <input id="q" type="search" name="q" defaultValue={l.q ?? ''} maxLength={200} placeholder="标题、正文关键词、发文字号或索引号" />
        </div>
        <button className="btn" type="submit">检索</button>
        <fieldset className="filter-form">
          <legend>筛选条件（可选）</legend>
          <FilterSelects listing={l} orgs={d.orgs} years={r ? facetYears(r) : []} />
          <div className="field">
            <label htmlFor="sort">排序</label>
            <select id="sort" name="sort" defaultValue={sort}>
              <option value="relevance">按相关度</option>
              <option value="date">按发布日期</option>
            </select>
          </div>
        </fieldset>
      </form>
      {r === null
        ? <p>可输入标题或正文中的词语、发文字号（如 菏政办字〔2021〕35号）或索引号检索，也可以<a href={DOCUMENT_LIST}>按条件浏览全部文件</a>。</p>
        : (
          <div className="with-facets">
            <Facets base={SEARCH_PAGE} listing={l} result={r} estimate={r.totalIsEstimate} />
            <section aria-labelledby="results-heading">
              <h2 id="results-heading">检索结果</h2>
              <AppliedFilters base={SEARCH_PAGE} listing={l} orgNames={orgNames} />
              <p className="result-summary" role="status">
                {l.q ? <>与“{shortQ(l.q)}”相关的结果</> : '符合条件的文件'}{totalText(r)}，{sort === 'date' ? '按发布日期排序' : '按相关度排序'}
                {r.total > 0 && r.hits.length > 0 && `，第 ${l.page} 页`}
              </p>
              {r.hits.length > 0
                ? <ol className="doc-list" start={(l.page - 1) * r.pageSize + 1}>{r.hits.map((h) => <DocRow key={h.id} hit={h} highlighted />)}</ol>
                : l.page > 1 && r.total > 0
                  ? <div className="no-results"><h3>这一页没有结果</h3><p><a href={hrefOf(SEARCH_PAGE, { ...l, page: 1 })}>回到第 1 页</a></p></div>
                  : <NoResults listing={l} />}
              <Pagination base={SEARCH_PAGE} listing={l} pages={d.pages} />
            </section>
          </div>
        )}
    </Layout>,
  );
}

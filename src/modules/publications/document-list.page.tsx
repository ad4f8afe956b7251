/** `/xxgk/documents`: the public catalogue (公开目录) with filters, facet counts and pages, newest first. */
import type { PublicOrg } from '../orgs/index.js';
import { Layout, type PageContext, renderDocument } from '../portal/index.js';
import type { PublicSearchResult } from './public.service.js';
import {
  AppliedFilters, Breadcrumb, DOCUMENT_LIST, DocRow, FILTER_KEYS, Facets, FilterSelects, Notices, Pagination, XXGK_HOME,
  facetYears, filterLabel, type Listing, totalText,
} from './publications.pages.js';

export interface DocumentListData {
  listing: Listing;
  result: PublicSearchResult;
  pages: number;
  notices: string[];
  orgs: PublicOrg[];
  /** The feed of the chosen organisation, or of everything. */
  feed: { href: string; title: string };
}

/** `主动公开文件（主题分类：…；第 2 页）`: the filters in force, so tabs and history tell pages apart. */
function pageTitle(l: Listing, orgNames: Map<string, string>): string {
  const parts = FILTER_KEYS.filter((k) => l[k] !== undefined).map((k) => filterLabel(k, l[k]!, orgNames));
  if (l.page > 1) parts.push(`第 ${l.page} 页`);
  return parts.length ? `主动公开文件（${parts.join('；')}）` : '主动公开文件';
}

export function renderDocumentList(ctx: PageContext, d: DocumentListData): string {
  const { listing: l, result: r } = d;
  const orgNames = new Map(d.orgs.map((o) => [o.code, o.name]));
  const title = pageTitle(l, orgNames);
  const first = (l.page - 1) * r.pageSize + 1;
  return renderDocument(
    <Layout ctx={ctx} title={title} head={<link rel="alternate" type="application/atom+xml" title={d.feed.title} href={d.feed.href} />}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { label: '主动公开文件' }]} />
      <h1>主动公开文件</h1>
      <Notices notices={d.notices} />
      <form className="filter-form" action={DOCUMENT_LIST} method="get" aria-label="按条件筛选文件">
        <FilterSelects listing={l} orgs={d.orgs} years={facetYears(r)} />
        <button className="btn" type="submit">筛选</button>
        <a href={DOCUMENT_LIST}>重置</a>
      </form>
      <div className="with-facets">
        <Facets base={DOCUMENT_LIST} listing={l} result={r} estimate={r.totalIsEstimate} />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">文件列表</h2>
          <AppliedFilters base={DOCUMENT_LIST} listing={l} orgNames={orgNames} />
          <p className="result-summary" role="status">
            {totalText(r)}，按发布日期排序（最新在前）{r.hits.length > 0 && `，当前显示第 ${first}–${first + r.hits.length - 1} 条`}
          </p>
          {r.hits.length > 0
            ? <ul className="doc-list">{r.hits.map((h) => <DocRow key={h.id} hit={h} />)}</ul>
            : (
              <div className="no-results">
                <h3>{l.page > 1 && r.total > 0 ? '这一页没有文件' : '没有符合条件的文件'}</h3>
                <p>可以取消部分筛选条件，或<a href={DOCUMENT_LIST}>查看全部文件</a>，也可以<a href="/search">全文检索</a>。</p>
              </div>
            )}
          <Pagination base={DOCUMENT_LIST} listing={l} pages={d.pages} />
          <p><a className="feed-link" href={d.feed.href}>订阅{d.feed.title}（Atom）</a></p>
        </section>
      </div>
    </Layout>,
  );
}

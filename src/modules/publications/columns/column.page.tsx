/** `/xxgk/columns/:orgCode/:slug`: one 专栏 with its published documents, newest first, in pages. */
import { Layout, type PageContext, renderDocument } from '../../portal/index.js';
import { Breadcrumb, DocRow, Notices, Pagination, XXGK_HOME } from '../publications.pages.js';
import { columnUrl } from './columns.service.js';

export interface ColumnPageData {
  org: { code: string; name: string };
  column: { name: string; slug: string; description: string };
  trail: { name: string; slug: string }[];
  children: { name: string; slug: string }[];
  total: number;
  items: { id: number; title: string; docNumber: string | null; indexNumber: string | null; org: { code: string; name: string }; publishedAt: string; url: string }[];
  page: number;
  pages: number;
  pageSize: number;
  notices: string[];
}

export const columnFeedUrl = (orgCode: string, slug: string) => `${columnUrl(orgCode, slug)}/feed.atom`;

export function renderColumnPage(ctx: PageContext, d: ColumnPageData): string {
  const base = columnUrl(d.org.code, d.column.slug);
  const feed = columnFeedUrl(d.org.code, d.column.slug);
  const title = `${d.column.name}${d.page > 1 ? `（第 ${d.page} 页）` : ''} - ${d.org.name}`;
  const first = (d.page - 1) * d.pageSize + 1;
  return renderDocument(
    <Layout ctx={ctx} title={title} head={<link rel="alternate" type="application/atom+xml" title={`${d.org.name}${d.column.name}`} href={feed} />}>
      <Breadcrumb trail={[
        { href: XXGK_HOME, label: '政府信息公开' },
        { href: `/xxgk/documents?org=${encodeURIComponent(d.org.code)}`, label: d.org.name },
        ...d.trail.map((t) => ({ href: columnUrl(d.org.code, t.slug), label: t.name })),
        { label: d.column.name },
      ]} />
      <h1>{d.column.name}</h1>
      {d.column.description && <p>{d.column.description}</p>}
      <Notices notices={d.notices} />
      {d.children.length > 0 && (
        <nav aria-label="下级栏目">
          <h2>下级栏目</h2>
          <ul>{d.children.map((c) => <li key={c.slug}><a href={columnUrl(d.org.code, c.slug)}>{c.name}</a></li>)}</ul>
        </nav>
      )}
      <section aria-labelledby="column-docs-heading">
        <h2 id="column-docs-heading">信息列表</h2>
        <p className="result-summary" role="status">
          共 {d.total} 条，按发布日期排序（最新在前）{d.items.length > 0 && `，当前显示第 ${first}–${first + d.items.length - 1} 条`}
        </p>
        {d.items.length > 0
          ? (
            <ul className="doc-list">
              {d.items.map((i) => (
                <DocRow key={i.id} hit={{ id: i.id, title: i.title, titleHtml: '', indexNumber: i.indexNumber, docNumber: i.docNumber, org: i.org.name, orgCode: i.org.code, publishedAt: i.publishedAt, snippet: '', url: i.url }} />
              ))}
            </ul>
          )
          : <div className="no-results"><h3>{d.page > 1 && d.total > 0 ? '这一页没有信息' : '本栏目暂无信息'}</h3><p>可以<a href="/xxgk/documents">查看全部主动公开文件</a>。</p></div>}
        <Pagination base={base} listing={{ page: d.page }} pages={d.pages} />
        <p><a className="feed-link" href={feed}>订阅本栏目（Atom）</a></p>
      </section>
    </Layout>,
  );
}

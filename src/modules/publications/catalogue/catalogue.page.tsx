/**
 * `/xxgk/catalogue`: the 主动公开基本目录 as government sites publish their 标准目录 (国办发〔2019〕54号) — one
 * table per organisation with the standard columns, and under each entry the documents published for it.
 */
import { Layout, type PageContext, renderDocument } from '../../portal/index.js';
import { Breadcrumb, Notices, XXGK_HOME, dateOf } from '../publications.pages.js';
import type { PublicCatalogueOrg } from './coverage.service.js';

export const CATALOGUE_PAGE = '/xxgk/catalogue';

export interface CataloguePageData {
  orgs: PublicCatalogueOrg[];
  available: { code: string; name: string; count: number }[];
  chosen: string | undefined;
  notices: string[];
}

/** Wide tables scroll inside their own region (keyboard-focusable) instead of widening the page. */
const STYLE = `.catalogue-scroll{overflow-x:auto;margin:0 0 2rem}
.catalogue-table{border-collapse:collapse;min-width:60rem;font-size:.92rem}
.catalogue-table caption{text-align:left;font-weight:700;font-size:1.1rem;padding:.4rem 0}
.catalogue-table th,.catalogue-table td{border:1px solid var(--line,#ccc);padding:.35rem .5rem;vertical-align:top;text-align:left}
.catalogue-table thead th{background:#ecece6;white-space:nowrap}
.catalogue-table ul{margin:0;padding-left:1.1rem}
.catalogue-orgs{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}`;

function EntryDocuments({ item }: { item: PublicCatalogueOrg['entries'][number] }) {
  if (!item.documents.length) return <span>暂无</span>;
  return (
    <>
      <ul>
        {item.documents.map((d) => (
          <li key={d.id}><a href={d.url}>{d.title}</a>（<time dateTime={dateOf(d.publishedAt)}>{dateOf(d.publishedAt)}</time>）</li>
        ))}
      </ul>
      {item.total > item.documents.length && <p>共 {item.total} 件，以上为最新 {item.documents.length} 件</p>}
    </>
  );
}

function CatalogueTable({ org }: { org: PublicCatalogueOrg }) {
  const id = `catalogue-${org.code}`;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{org.name}</h2>
      <div className="catalogue-scroll" role="region" aria-label={`${org.name}主动公开基本目录（可横向滚动）`} tabIndex={0}>
        <table className="catalogue-table" id={id}>
          <caption>{org.name}主动公开基本目录（共 {org.entries.length} 项）</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>序号</th>
              <th scope="colgroup" colSpan={2}>公开事项</th>
              <th scope="col" rowSpan={2}>公开内容（要素）</th>
              <th scope="col" rowSpan={2}>公开依据</th>
              <th scope="col" rowSpan={2}>公开时限</th>
              <th scope="col" rowSpan={2}>公开主体</th>
              <th scope="col" rowSpan={2}>公开渠道和载体</th>
              <th scope="col" rowSpan={2}>公开对象</th>
              <th scope="col" rowSpan={2}>公开方式</th>
              <th scope="col" rowSpan={2}>公开层级</th>
              <th scope="col" rowSpan={2}>已公开信息</th>
            </tr>
            <tr>
              <th scope="col">一级事项</th>
              <th scope="col">二级事项</th>
            </tr>
          </thead>
          <tbody>
            {org.entries.map((item, i) => {
              const e = item.entry;
              return (
                <tr key={e.id}>
                  <td>{i + 1}</td>
                  <th scope="row">{e.itemL1}</th>
                  <td>{e.itemL2 ?? '—'}</td>
                  <td>{e.content}</td>
                  <td>{e.basis || '—'}</td>
                  <td>{e.timeLimit || e.ruleLabel}</td>
                  <td>{e.subject || org.name}</td>
                  <td>{e.channels.join('、') || '—'}</td>
                  <td>{e.audience}</td>
                  <td>{e.mode === '主动' ? '主动公开' : '依申请公开'}</td>
                  <td>{e.level || '—'}</td>
                  <td><EntryDocuments item={item} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function renderCataloguePage(ctx: PageContext, d: CataloguePageData): string {
  const chosenName = d.chosen ? d.available.find((o) => o.code === d.chosen)?.name : undefined;
  const title = chosenName ? `${chosenName}主动公开基本目录` : '主动公开基本目录';
  return renderDocument(
    <Layout ctx={ctx} title={title} head={<style>{STYLE}</style>}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, ...(chosenName ? [{ href: CATALOGUE_PAGE, label: '主动公开基本目录' }, { label: chosenName }] : [{ label: '主动公开基本目录' }])]} />
      <h1>{title}</h1>
      <Notices notices={d.notices} />
      <p>依据《中华人民共和国政府信息公开条例》第二十条、第二十一条和基层政务公开标准目录，列出各机构应当主动公开的事项、内容、依据、时限、主体、渠道、对象和方式，以及已经公开的政府信息。</p>
      {d.available.length > 1 && (
        <nav aria-label="按机构查看基本目录">
          <ul className="catalogue-orgs">
            <li>{d.chosen ? <a href={CATALOGUE_PAGE}>全部机构</a> : <strong aria-current="page">全部机构</strong>}</li>
            {d.available.map((o) => (
              <li key={o.code}>
                {o.code === d.chosen
                  ? <strong aria-current="page">{o.name}（{o.count}）</strong>
                  : <a href={`${CATALOGUE_PAGE}?org=${encodeURIComponent(o.code)}`}>{o.name}（{o.count}）</a>}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {d.orgs.length
        ? d.orgs.map((o) => <CatalogueTable key={o.code} org={o} />)
        : <div className="no-results"><h2>暂无基本目录</h2><p>尚未有机构公布主动公开基本目录，可以<a href="/xxgk/documents">查看主动公开文件</a>。</p></div>}
    </Layout>,
  );
}

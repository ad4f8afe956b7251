/**
 * Public pages of 规范性文件: `/xxgk/normative` (the register with 有效性 and 有效期, by organisation) and
 * `/xxgk/normative/cleanups/:id` (a published 清理结果 as a table). Server-rendered, no client JavaScript.
 */
import type { PublicOrg } from '../../orgs/index.js';
import { FilterForm, Layout, type PageContext, renderDocument } from '../../portal/index.js';
import { Breadcrumb, XXGK_HOME, dateOf } from '../publications.pages.js';
import { documentUrl } from '../public.service.js';
import type { CleanupListItem, CleanupView, DocRef } from './normative.schemas.js';
import { CLEANUP_RESULTS, CLEANUP_RESULT_LABELS, REGISTER_FILTERS, REGISTER_FILTER_LABELS, type RegisterFilter } from './normative.vocabulary.js';
import { OrgSelect, PageNotices } from './portal-kit.js';
import type { PublicRelation } from './relations.service.js';

export const NORMATIVE_HOME = '/xxgk/normative';
export const cleanupUrl = (id: number) => `/xxgk/normative/cleanups/${id}`;

export interface RegisterPageData {
  org?: string;
  filter: RegisterFilter;
  page: number;
  pages: number;
  total: number;
  items: DocRef[];
  orgs: PublicOrg[];
  cleanups: CleanupListItem[];
  notices: string[];
}

const hrefOf = (d: { org?: string; filter: RegisterFilter; page?: number }) => {
  const qs = new URLSearchParams();
  if (d.org) qs.set('org', d.org);
  if (d.filter !== 'current') qs.set('validity', d.filter);
  if (d.page && d.page > 1) qs.set('page', String(d.page));
  const s = qs.toString();
  return s ? `${NORMATIVE_HOME}?${s}` : NORMATIVE_HOME;
};

/** 有效期: `2026-01-01 至 2030-12-31`, open ends said plainly. */
export function periodText(d: Pick<DocRef, 'validFrom' | 'validTo'>): string {
  if (!d.validFrom && !d.validTo) return '未规定';
  return `${d.validFrom ?? '公布之日'} 至 ${d.validTo ?? '长期'}`;
}

export function renderRegisterPage(ctx: PageContext, d: RegisterPageData): string {
  const orgName = d.org ? d.orgs.find((o) => o.code === d.org)?.name : undefined;
  const title = `规范性文件${orgName ? `（${orgName}）` : ''}`;
  const first = (d.page - 1) * 20 + 1;
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { label: '规范性文件' }]} />
      <h1>{title}</h1>
      <p className="lead">依据《中华人民共和国政府信息公开条例》第二十条，行政规范性文件主动公开。本库标注每件文件的有效性和有效期；被修改、废止或宣布失效的文件，在原文页面注明并链接到作出决定的文件。</p>
      <PageNotices notices={d.notices} />
      <FilterForm action={NORMATIVE_HOME} label="筛选规范性文件">
        <OrgSelect label="制定机关" value={d.org} orgs={d.orgs} />
        <div className="field">
          <label htmlFor="validity">有效性</label>
          <select id="validity" name="validity" defaultValue={d.filter}>
            {REGISTER_FILTERS.map((f) => <option key={f} value={f}>{REGISTER_FILTER_LABELS[f]}</option>)}
          </select>
        </div>
      </FilterForm>
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">{REGISTER_FILTER_LABELS[d.filter]}的规范性文件</h2>
        <p className="result-summary" role="status">共 {d.total} 件{d.items.length > 0 && `，当前显示第 ${first}–${first + d.items.length - 1} 件`}</p>
        {d.items.length > 0 ? (
          <div className="doc-body">
            <table>
              <caption className="visually-hidden">规范性文件目录</caption>
              <thead><tr><th scope="col">序号</th><th scope="col">文件名称</th><th scope="col">发文字号</th><th scope="col">制定机关</th><th scope="col">发布日期</th><th scope="col">有效性</th><th scope="col">有效期</th></tr></thead>
              <tbody>
                {d.items.map((x, i) => (
                  <tr key={x.id}>
                    <td>{first + i}</td>
                    <td><a href={documentUrl(x.id)}>{x.title}</a></td>
                    <td>{x.docNumber ?? '—'}</td>
                    <td>{x.org.name}</td>
                    <td>{dateOf(x.publishedAt)}</td>
                    <td>{x.validityLabel ?? '未标注'}</td>
                    <td>{periodText(x)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <div className="no-results"><h3>没有符合条件的规范性文件</h3><p>可以<a href={NORMATIVE_HOME}>查看全部现行有效的规范性文件</a>。</p></div>}
        {d.pages > 1 && (
          <nav className="pagination" aria-label="分页">
            <ul>
              {d.page > 1 && <li><a href={hrefOf({ ...d, page: d.page - 1 })} rel="prev">上一页</a></li>}
              <li><span aria-current="page">第 {d.page} / {d.pages} 页</span></li>
              {d.page < d.pages && <li><a href={hrefOf({ ...d, page: d.page + 1 })} rel="next">下一页</a></li>}
            </ul>
          </nav>
        )}
      </section>
      <section aria-labelledby="cleanups-heading">
        <h2 id="cleanups-heading">规范性文件清理结果</h2>
        {d.cleanups.length
          ? <ul className="doc-list">{d.cleanups.map((c) => (
            <li key={c.id}><a className="doc-link" href={cleanupUrl(c.id)}>{c.title}</a>
              <p className="doc-meta"><span>{c.org.name}</span><span>清理日期：{c.cleanupDate}</span><span>共 {c.itemCount} 件</span></p></li>
          ))}</ul>
          : <p>暂无公布的清理结果。</p>}
      </section>
    </Layout>,
  );
}

export function renderCleanupPage(ctx: PageContext, c: CleanupView): string {
  return renderDocument(
    <Layout ctx={ctx} title={c.title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { href: NORMATIVE_HOME, label: '规范性文件' }, { label: '清理结果' }]} />
      <h1 className="doc-heading">{c.title}</h1>
      <p className="doc-number">{c.org.name}{'\u3000'}清理日期：{c.cleanupDate}{'\u3000'}公布日期：{dateOf(c.publishedAt)}</p>
      {c.basis && <section aria-labelledby="basis-heading"><h2 id="basis-heading">清理依据</h2>{c.basis.split(/\n+/).map((l, i) => <p key={i}>{l}</p>)}</section>}
      <p className="result-summary">共清理规范性文件 {c.items.length} 件，其中{CLEANUP_RESULTS.map((r) => `${CLEANUP_RESULT_LABELS[r]} ${c.counts[r] ?? 0} 件`).join('，')}。</p>
      <div className="doc-body">
        <table>
          <caption>清理结果目录</caption>
          <thead><tr><th scope="col">序号</th><th scope="col">文件名称</th><th scope="col">发文字号</th><th scope="col">制定机关</th><th scope="col">清理结果</th><th scope="col">说明</th></tr></thead>
          <tbody>
            {c.items.map((it, i) => (
              <tr key={it.document.id}>
                <td>{i + 1}</td>
                <td><a href={documentUrl(it.document.id)}>{it.document.title}</a></td>
                <td>{it.document.docNumber ?? '—'}</td>
                <td>{it.document.org.name}</td>
                <td>{it.resultLabel}</td>
                <td>{it.note || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="doc-footer-links"><a href={NORMATIVE_HOME}>返回规范性文件</a><a href={XXGK_HOME}>政府信息公开</a></p>
    </Layout>,
  );
}

/**
 * For the document page (`/xxgk/documents/:id`): what changed this document and what it changes, with
 * links — 《政府网站发展指引》: 修改、废止、失效 are marked on the original.
 */
export function DocumentRelations({ relations }: { relations: PublicRelation[] }) {
  if (!relations.length) return null;
  const incoming = relations.filter((r) => r.direction === 'incoming' && r.kind !== 'interprets');
  return (
    <section className="relations" aria-labelledby="relations-heading">
      <h2 id="relations-heading">关联文件</h2>
      {incoming.length > 0 && (
        <div className="notice" role="note">
          {incoming.map((r) => <p key={`n${r.id}`}>本文件已{r.label}：<a href={r.url}>《{r.title}》</a>{r.docNumber && `（${r.docNumber}）`}</p>)}
        </div>
      )}
      <ul>
        {relations.map((r) => (
          <li key={`${r.direction}${r.id}`}>
            <span className="badge">{r.label}</span><a href={r.url}>{r.title}</a>{r.docNumber && <span className="count">（{r.docNumber}）</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

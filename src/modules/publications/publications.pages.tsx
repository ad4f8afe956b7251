/**
 * Shared pieces of the public 政府信息公开 pages (server-rendered, no client JavaScript): addresses
 * with filters, breadcrumb, notices, result rows, facets, pagination, the filter form.
 */
import type { ReactNode } from 'react';
import type { PublicOrg } from '../orgs/index.js';
import { shanghaiDate } from '../../platform/time/index.js';
import type { FacetValue, PublicHit, PublicSearchResult } from './public.service.js';
import { TOPICS, topicLabel } from './topics.js';
import { GENRES, VALIDITIES, VALIDITY_LABELS, type Validity } from './vocabulary.js';

export const XXGK_HOME = '/xxgk/';
export const DOCUMENT_LIST = '/xxgk/documents';
export const SEARCH_PAGE = '/search';
export const FEED = '/xxgk/feed.atom';

/** The filters a visitor can set on the list and search pages (all optional, all plain GET parameters). */
export interface DocFilters {
  org?: string;
  topic?: string;
  genre?: string;
  year?: number;
  validity?: Validity;
}
export interface Listing extends DocFilters {
  q?: string;
  sort?: 'relevance' | 'date';
  page: number;
}
export const FILTER_KEYS = ['org', 'topic', 'genre', 'year', 'validity'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const FILTER_NAMES: Record<FilterKey, string> = { org: '发布机构', topic: '主题分类', genre: '体裁', year: '发布年份', validity: '有效性' };

/** An address of a list or search page; page 1 and empty values are left out so addresses stay short and stable. */
export function hrefOf(base: string, l: Partial<Listing>): string {
  const qs = new URLSearchParams();
  for (const k of ['q', ...FILTER_KEYS, 'sort'] as const) {
    const v = l[k];
    if (v !== undefined && v !== '') qs.set(k, String(v));
  }
  if (l.page && l.page > 1) qs.set('page', String(l.page));
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}

/** The same listing with one filter changed (or removed), back on page 1. */
export function withFilter(l: Listing, key: FilterKey, value: string | number | undefined): Listing {
  return { ...l, [key]: value, page: 1 };
}

/** `YYYY-MM-DD` in Asia/Shanghai of an ISO instant (empty for none). */
export function dateOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : shanghaiDate(d);
}

/** The top-level topic code of a top-level label (facets count by label). */
export function topicCodeOfLabel(label: string): string | undefined {
  return TOPICS.find((t) => t.label === label)?.code;
}

/** How each applied filter reads to a person. */
export function filterLabel(key: FilterKey, value: string | number, orgs: Map<string, string>): string {
  switch (key) {
    case 'org': return orgs.get(String(value)) ?? String(value);
    case 'topic': return (topicLabel(String(value)) ?? String(value)).replace('/', ' / ');
    case 'year': return `${value}年`;
    case 'validity': return VALIDITY_LABELS[value as Validity] ?? String(value);
    default: return String(value);
  }
}

/** The portal's breadcrumb, kept here for the pages of this module. */
export { Breadcrumb } from '../portal/index.js';

/** What was ignored or changed in the visitor's request, said plainly. */
export function Notices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <div className="notice" role="note" aria-label="提示">
      {notices.map((n, i) => <p key={i}>{n}</p>)}
    </div>
  );
}

/** One document in a list or a result list. Highlighted title and snippet are escaped HTML with <mark> (service contract). */
export function DocRow({ hit, highlighted = false }: { hit: PublicHit; highlighted?: boolean }) {
  return (
    <li>
      {hit.exact && <span className="badge">精确匹配</span>}
      {highlighted
        ? <a className="doc-link" href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
        : <a className="doc-link" href={hit.url}>{hit.title}</a>}
      {highlighted && hit.snippet && <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />}
      <p className="doc-meta">
        {hit.indexNumber && <span>索引号：{hit.indexNumber}</span>}
        {hit.docNumber && <span>发文字号：{hit.docNumber}</span>}
        <span>发布机构：{hit.org}</span>
        <span>发布日期：<time dateTime={dateOf(hit.publishedAt)}>{dateOf(hit.publishedAt)}</time></span>
      </p>
    </li>
  );
}

/** 共 N 条 / 约 N 条 (the engine estimates very large match sets). */
export function totalText(r: Pick<PublicSearchResult, 'total' | 'totalIsEstimate'>): string {
  return `${r.totalIsEstimate ? '约' : '共'} ${r.total.toLocaleString('en-US')} 条`;
}

interface FacetGroup { key: FilterKey; values: FacetValue[] }

/** The facet values as filter links with counts; the chosen value is marked and can be removed. */
export function Facets({ base, listing, result, estimate }: { base: string; listing: Listing; result: PublicSearchResult; estimate: boolean }) {
  const f = result.facets;
  const groups: FacetGroup[] = [
    { key: 'org', values: f.org },
    { key: 'topic', values: f.topic.map((v) => ({ ...v, value: topicCodeOfLabel(v.value) ?? '' })).filter((v) => v.value) },
    { key: 'genre', values: f.genre },
    { key: 'year', values: [...f.year].sort((a, b) => Number(b.value) - Number(a.value)) },
    { key: 'validity', values: f.validity.filter((v) => (VALIDITIES as readonly string[]).includes(v.value)) },
  ];
  const chosen = (key: FilterKey, value: string) => {
    const cur = listing[key];
    if (cur === undefined) return false;
    return key === 'topic' ? String(cur).slice(0, 2) === value : String(cur) === value;
  };
  const visible = groups.filter((g) => g.values.length > 0);
  if (!visible.length) return null;
  return (
    <section className="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading">分类筛选</h2>
      {visible.map((g) => (
        <div className="facet" key={g.key}>
          <h3>{FILTER_NAMES[g.key]}</h3>
          <ul>
            {g.values.map((v) => (
              <li key={v.value}>
                {chosen(g.key, v.value)
                  ? <><strong aria-current="true">{v.label}</strong> <span className="count">（{estimate ? '约' : ''}{v.count}）</span> <a href={hrefOf(base, withFilter(listing, g.key, undefined))}>取消<span className="visually-hidden">“{v.label}”筛选</span></a></>
                  : <><a href={hrefOf(base, withFilter(listing, g.key, v.value))}>{v.label}</a> <span className="count">（{estimate ? '约' : ''}{v.count}）</span></>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The filters in force, each with a link that removes it. */
export function AppliedFilters({ base, listing, orgNames }: { base: string; listing: Listing; orgNames: Map<string, string> }) {
  const applied = FILTER_KEYS.filter((k) => listing[k] !== undefined);
  if (!applied.length) return null;
  return (
    <>
      <h2 className="visually-hidden" id="applied-heading">已选筛选条件</h2>
      <ul className="applied" aria-labelledby="applied-heading">
        {applied.map((k) => (
          <li key={k}>
            {FILTER_NAMES[k]}：{filterLabel(k, listing[k]!, orgNames)}{' '}
            <a href={hrefOf(base, withFilter(listing, k, undefined))}>取消<span className="visually-hidden">{FILTER_NAMES[k]}筛选</span></a>
          </li>
        ))}
        <li><a href={hrefOf(base, { q: listing.q, sort: listing.sort })}>清除全部筛选</a></li>
      </ul>
    </>
  );
}

/** Numbered pages around the current one, first and last, previous and next; the current page has aria-current. */
export function Pagination({ base, listing, pages }: { base: string; listing: Listing; pages: number }) {
  if (pages <= 1) return null;
  const cur = Math.min(listing.page, pages);
  const nums = new Set([1, pages, cur - 2, cur - 1, cur, cur + 1, cur + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...nums].sort((a, b) => a - b);
  const items: ReactNode[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) items.push(<li key={`gap${n}`} aria-hidden="true"><span>…</span></li>);
    items.push(
      <li key={n}>
        <a href={hrefOf(base, { ...listing, page: n })} aria-current={n === cur ? 'page' : undefined} aria-label={`第 ${n} 页`}>{n}</a>
      </li>,
    );
  });
  return (
    <nav className="pagination" aria-label="分页">
      <ul>
        {cur > 1 && <li><a href={hrefOf(base, { ...listing, page: cur - 1 })} rel="prev">上一页</a></li>}
        {items}
        {cur < pages && <li><a href={hrefOf(base, { ...listing, page: cur + 1 })} rel="next">下一页</a></li>}
      </ul>
    </nav>
  );
}

function Select({ id, label, value, children }: { id: string; label: string; value: string | number | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value === undefined ? '' : String(value)}>{children}</select>
    </div>
  );
}

/** The filters as a plain GET form (works without JavaScript); the search page puts the query box above them. */
export function FilterSelects({ listing, orgs, years }: { listing: Listing; orgs: PublicOrg[]; years: number[] }) {
  const yearOptions = [...new Set([...years, ...(listing.year ? [listing.year] : [])])].sort((a, b) => b - a);
  return (
    <>
      <Select id="org" label="发布机构" value={listing.org}>
        <option value="">全部机构</option>
        {orgs.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
      </Select>
      <Select id="topic" label="主题分类" value={listing.topic}>
        <option value="">全部主题</option>
        {TOPICS.map((t) => (
          <optgroup key={t.code} label={t.label}>
            <option value={t.code}>{t.label}（全部）</option>
            {t.children.map((c) => <option key={c.code} value={c.code}>{c.label}</option>)}
          </optgroup>
        ))}
      </Select>
      <Select id="genre" label="体裁" value={listing.genre}>
        <option value="">全部体裁</option>
        {GENRES.map((g) => <option key={g} value={g}>{g}</option>)}
      </Select>
      <Select id="year" label="发布年份" value={listing.year}>
        <option value="">全部年份</option>
        {yearOptions.map((y) => <option key={y} value={y}>{y}年</option>)}
      </Select>
      <Select id="validity" label="有效性" value={listing.validity}>
        <option value="">不限</option>
        {VALIDITIES.map((v) => <option key={v} value={v}>{VALIDITY_LABELS[v]}</option>)}
      </Select>
    </>
  );
}

/** Publication years offered in the year select: those the facets counted. */
export function facetYears(result: PublicSearchResult): number[] {
  return result.facets.year.map((y) => Number(y.value)).filter((y) => Number.isInteger(y));
}

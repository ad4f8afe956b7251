/**
 * Pieces of the public pages that the modules with portal pages share (政府信息公开 documents, 规范性文件,
 * 政府公报, 年度报告, 季度通报, 考核结果): the breadcrumb, the organisation/year filter form and the list of
 * entries grouped by year. Server-rendered, no client JavaScript.
 */
import type { ReactNode } from 'react';
import type { PublicOrg } from '../orgs/index.js';

/** Wide data tables (`gk-table`) in a focusable region (`gk-scroll`) that scrolls sideways on narrow screens. */
export const DATA_TABLE_CSS = `
.gk-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.gk-scroll:focus { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.gk-table { border-collapse: collapse; width: 100%; font-size: .95rem; line-height: 1.4; }
.gk-table caption { font-weight: 700; padding: .3rem 0; text-align: left; }
.gk-table th, .gk-table td { border: 1px solid #444; padding: .3rem .45rem; vertical-align: middle; }
.gk-table thead th { background: #ecece6; text-align: center; }
.gk-table th[scope="row"], .gk-table td.gk-text { text-align: left; }
.gk-table td { text-align: center; font-variant-numeric: tabular-nums; }
`.slice(1);

export interface Crumb { href?: string; label: string }

/** The first crumb of every page under 政府信息公开. */
export const XXGK_CRUMB: Crumb = { href: '/xxgk/', label: '政府信息公开' };

/** 首页 › … › the current page (the last crumb without `href`, marked `aria-current`). */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <a href="/">首页</a>
      {trail.map((t, i) => (
        <span key={i}>
          {' › '}
          {t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}
        </span>
      ))}
    </nav>
  );
}

/** The `org` select of a filter form: every public organisation, the empty value first. */
export function OrgSelect({ label, value, orgs, allLabel = '全部机构' }: { label: string; value: string | undefined; orgs: PublicOrg[]; allLabel?: string }) {
  return (
    <div className="field">
      <label htmlFor="org">{label}</label>
      <select id="org" name="org" defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {orgs.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
      </select>
    </div>
  );
}

/** The `year` select of a filter form: the years that have entries, newest first, the empty value first. */
export function YearSelect({ label, value, years, allLabel, suffix = '年' }: { label: string; value: number | undefined; years: number[]; allLabel: string; suffix?: string }) {
  return (
    <div className="field">
      <label htmlFor="year">{label}</label>
      <select id="year" name="year" defaultValue={value ? String(value) : ''}>
        <option value="">{allLabel}</option>
        {years.map((y) => <option key={y} value={y}>{y}{suffix}</option>)}
      </select>
    </div>
  );
}

/** A GET filter form: its fields, then 筛选 and a 重置 link back to the unfiltered list. */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  return (
    <form className="filter-form" action={action} method="get" aria-label={label}>
      {children}
      <button className="btn" type="submit">筛选</button>
      <a href={action}>重置</a>
    </form>
  );
}

/** The usual filter of a published-by-organisation list: 发布机关 (all 机关) and, when given, 年度. */
export function OrgYearFilter(p: {
  action: string;
  label: string;
  orgs: PublicOrg[];
  org: string | undefined;
  orgLabel?: string;
  year?: { value: number | undefined; years: number[]; suffix: string };
}) {
  return (
    <FilterForm action={p.action} label={p.label}>
      <OrgSelect label={p.orgLabel ?? '发布机关'} value={p.org} orgs={p.orgs} allLabel="全部机关" />
      {p.year ? <YearSelect label="年度" value={p.year.value} years={p.year.years} allLabel="全部年度" suffix={p.year.suffix} /> : null}
    </FilterForm>
  );
}

/** Entries grouped by year in the order they come: a section per year (h2 with `id` `${idPrefix}${year}`), a `doc-list` of items. */
export function YearSections<T extends { year: number }>({ entries, idPrefix = 'y', heading, item }: {
  entries: readonly T[];
  idPrefix?: string;
  heading: (year: number) => ReactNode;
  item: (entry: T) => ReactNode;
}) {
  const byYear = new Map<number, T[]>();
  for (const e of entries) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  return (
    <>
      {[...byYear].map(([year, list]) => (
        <section key={year} aria-labelledby={`${idPrefix}${year}`}>
          <h2 id={`${idPrefix}${year}`}>{heading(year)}</h2>
          <ul className="doc-list">{list.map((e) => item(e))}</ul>
        </section>
      ))}
    </>
  );
}

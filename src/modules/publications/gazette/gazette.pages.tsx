/**
 * Public pages of 政府公报: `/xxgk/gazette` (issues by year) and `/xxgk/gazette/:id` (目录 with anchors and the
 * full text of every document; the PDF at `/xxgk/gazette/:id.pdf`). Server-rendered, no client JavaScript.
 */
import type { PublicOrg } from '../../orgs/index.js';
import { FilterForm, Layout, OrgSelect, type PageContext, YearSections, YearSelect, renderDocument } from '../../portal/index.js';
import { Breadcrumb, XXGK_HOME, dateOf } from '../publications.pages.js';
import { documentUrl } from '../public.service.js';
import { PageNotices } from '../normative/index.js';
import type { PublicIssue } from './gazette.public.js';
import type { IssueListItem } from './gazette.schemas.js';
import { chineseDate } from './gazette.view.js';

export const GAZETTE_HOME = '/xxgk/gazette';
export const issueUrl = (id: number) => `${GAZETTE_HOME}/${id}`;
export const issuePdfUrl = (id: number) => `${GAZETTE_HOME}/${id}.pdf`;

const sizeText = (n: number | null) => (n ? (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`) : '');
const listHref = (org: string | undefined, year: number | undefined) => {
  const qs = new URLSearchParams();
  if (org) qs.set('org', org);
  if (year) qs.set('year', String(year));
  const s = qs.toString();
  return s ? `${GAZETTE_HOME}?${s}` : GAZETTE_HOME;
};

export interface GazetteListData { org?: string; year?: number; years: number[]; issues: IssueListItem[]; orgs: PublicOrg[]; notices: string[] }

export function renderGazetteList(ctx: PageContext, d: GazetteListData): string {
  const title = d.year ? `政府公报（${d.year}年）` : '政府公报';
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { label: '政府公报' }]} />
      <h1>{title}</h1>
      <p className="lead">政府公报是政府信息主动公开的法定渠道之一（《中华人民共和国政府信息公开条例》第二十三条）。每期提供网页版全文和 PDF 版下载。</p>
      <PageNotices notices={d.notices} />
      <FilterForm action={GAZETTE_HOME} label="筛选政府公报">
        <OrgSelect label="主办机关" value={d.org} orgs={d.orgs} />
        <YearSelect label="年份" value={d.year} years={d.years} allLabel="全部年份" />
      </FilterForm>
      {d.issues.length === 0 && <div className="no-results"><h2>暂无公报</h2><p>可以<a href={GAZETTE_HOME}>查看全部年份的公报</a>。</p></div>}
      <YearSections entries={d.issues} idPrefix="year-" heading={(year) => <a href={listHref(d.org, year)}>{year}年</a>} item={(i) => (
        <li key={i.id}>
          {i.status === 'withdrawn' && <span className="badge">已撤回</span>}
          <a className="doc-link" href={issueUrl(i.id)}>{i.title}</a>
          <p className="doc-meta">
            <span>第{i.number}期（总第{i.totalNumber}期）</span><span>出版日期：{i.issueDate}</span><span>刊登文件 {i.itemCount} 件</span>
            {i.status === 'published' && <span><a href={issuePdfUrl(i.id)}>下载 PDF</a>（{sizeText(i.pdfSize)}）</span>}
          </p>
        </li>
      )} />
    </Layout>,
  );
}

export function renderIssuePage(ctx: PageContext, d: PublicIssue): string {
  const trail = [{ href: XXGK_HOME, label: '政府信息公开' }, { href: GAZETTE_HOME, label: '政府公报' }, { label: `${d.year}年第${d.number}期` }];
  if (d.status === 'withdrawn') {
    return renderDocument(
      <Layout ctx={ctx} title={`已撤回：${d.title}`}>
        <Breadcrumb trail={trail} />
        <h1>{d.title}</h1>
        <div className="notice"><p><strong>本期公报已于 {dateOf(d.withdrawnAt)} 撤回。</strong></p><p>撤回原因：{d.withdrawReason}</p></div>
        <p>第{d.number}期（总第{d.totalNumber}期），出版日期 {chineseDate(d.issueDate)}，{d.org.name}主办。</p>
        <p className="doc-footer-links"><a href={GAZETTE_HOME}>返回政府公报</a></p>
      </Layout>,
    );
  }
  let n = 0;
  return renderDocument(
    <Layout ctx={ctx} title={d.title}>
      <Breadcrumb trail={trail} />
      <h1 className="doc-heading">{d.title}</h1>
      <p className="doc-number">{d.org.name}主办{'\u3000'}第{d.number}期（总第{d.totalNumber}期）{'\u3000'}{chineseDate(d.issueDate)}</p>
      <p><a href={issuePdfUrl(d.id)}>下载本期 PDF 版</a> <span className="count">（{sizeText(d.pdfSize)}）</span></p>
      <nav id="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">目录</h2>
        {d.sections.map((s, i) => (
          <div key={i}>
            <h3><a href={`#section-${i + 1}`}>{s.title}</a></h3>
            <ol start={n + 1}>
              {s.items.map((it) => { n++; return <li key={it.id}><a href={`#item-${it.id}`}>{it.title}</a>{it.docNumber && <span className="count">（{it.docNumber}）</span>}</li>; })}
            </ol>
          </div>
        ))}
      </nav>
      {d.sections.map((s, i) => (
        <section key={i} aria-labelledby={`section-${i + 1}`}>
          <h2 id={`section-${i + 1}`}>{s.title}</h2>
          {s.items.map((it) => (
            <article key={it.id} id={`item-${it.id}`} aria-labelledby={`item-${it.id}-title`}>
              <h3 id={`item-${it.id}-title`} className="doc-heading">{it.title}</h3>
              {it.docNumber && <p className="doc-number">{it.docNumber}</p>}
              {it.bodyHtml === null
                ? <div className="notice"><p>该文件已撤回，不再公开全文。</p></div>
                : <div className="doc-body" dangerouslySetInnerHTML={{ __html: it.bodyHtml /* sanitised when saved */ }} />}
              <p className="doc-footer-links">
                {it.bodyHtml !== null && <a href={documentUrl(it.id)}>查看文件页</a>}
                <a href="#toc">返回目录</a>
              </p>
            </article>
          ))}
        </section>
      ))}
      <p className="doc-footer-links"><a href={GAZETTE_HOME}>返回政府公报</a><a href={XXGK_HOME}>政府信息公开</a></p>
    </Layout>,
  );
}

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** The site's top-level columns (栏目). Later issues open them one by one. */
export interface Column {
  slug: string;
  title: string;
  summary: string;
  /** What the column will offer, said plainly while it is not yet open. */
  contents: string[];
  open: boolean;
  /** Where an open column lives when it is not at `/{slug}` (its pages then share this prefix). */
  href?: string;
}

export const COLUMNS: Column[] = [
  {
    slug: 'zwgk',
    title: '政府信息公开',
    summary: '政府信息公开指南、公开目录、法定主动公开内容、规范性文件与政府公报',
    contents: ['政府信息公开指南和公开目录', '第二十条、第二十一条规定的法定主动公开内容', '行政规范性文件及其有效性', '政府公报', '政府信息公开工作年度报告'],
    open: true,
    href: '/xxgk/',
  },
  {
    slug: 'ysqgk',
    title: '依申请公开',
    summary: '在线提交政府信息公开申请，查询办理进度和答复',
    contents: ['在线填写政府信息公开申请表', '按查询码查询办理进度和法定答复期限', '在线补正，下载答复书'],
    open: true,
    href: '/yisqgk/',
  },
  {
    slug: 'zcjd',
    title: '政策解读',
    summary: '政策文件的文字解读、图解和负责人解读，与原文双向链接',
    contents: ['文字解读、图表图解、负责人解读', '与政策原文相互链接'],
    open: false,
  },
  {
    slug: 'hdjl',
    title: '互动交流',
    summary: '留言咨询、意见征集、建议提案办理结果',
    contents: ['留言咨询与答复', '政策文件草案意见征集及采纳情况反馈', '人大代表建议和政协委员提案办理结果'],
    open: false,
  },
  {
    slug: 'sjkf',
    title: '数据开放',
    summary: '政府数据开放目录与数据集下载',
    contents: ['数据开放目录', '数据集下载与接口说明'],
    open: false,
  },
];

export interface PageContext {
  siteName: string;
  largeText: boolean;
  path: string;
  /** Where the 大字版 link returns to (path and query); the path when absent. */
  back?: string;
}

/** The address of a column: its own prefix when it has one, `/{slug}` otherwise. */
export const columnHref = (c: Column): string => c.href ?? `/${c.slug}`;

/** `page` on the column's own address, `true` anywhere below it (so the column stays marked). */
function columnCurrent(c: Column, path: string): 'page' | 'true' | undefined {
  const href = columnHref(c);
  if (path === href || path === `/${c.slug}`) return 'page';
  if (c.href && path.startsWith(c.href)) return 'true';
  return undefined;
}

function TextSizeLink({ ctx }: { ctx: PageContext }) {
  const next = ctx.largeText ? 'normal' : 'large';
  return (
    <a className="text-size" href={`/preferences/text-size?size=${next}&back=${encodeURIComponent(ctx.back ?? ctx.path)}`}>
      {ctx.largeText ? '标准字号' : '大字版'}
    </a>
  );
}

/**
 * Page frame: skip link, header with site name, site search and columns, main, footer. Works without
 * JavaScript. `head` adds elements to <head> (e.g. a feed link).
 */
export function Layout({ ctx, title, head, children }: { ctx: PageContext; title: string; head?: ReactNode; children: ReactNode }) {
  return (
    <html lang="zh-CN" className={ctx.largeText ? 'large-text' : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${ctx.siteName}`}</title>
        <link rel="stylesheet" href="/static/portal.css" />
        {head}
      </head>
      <body>
        <a className="skip-link" href="#main">跳到主要内容</a>
        <header className="site-header">
          <div className="wrap header-row">
            <p className="site-name"><a href="/">{ctx.siteName}</a></p>
            <div className="header-tools">
              {ctx.path !== '/search' && (
                <form className="site-search" role="search" aria-label="全站检索" action="/search" method="get">
                  <label htmlFor="site-q" className="visually-hidden">检索政府信息</label>
                  <input id="site-q" type="search" name="q" maxLength={200} placeholder="标题、正文或发文字号" />
                  <button type="submit">搜索</button>
                </form>
              )}
              <TextSizeLink ctx={ctx} />
            </div>
          </div>
          <nav aria-label="主栏目" className="wrap">
            <ul className="columns-nav">
              <li><a href="/" aria-current={ctx.path === '/' ? 'page' : undefined}>首页</a></li>
              {COLUMNS.map((c) => (
                <li key={c.slug}>
                  <a href={columnHref(c)} aria-current={columnCurrent(c, ctx.path)}>{c.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>主办：{ctx.siteName}{'\u3000'}本网站依据《中华人民共和国政府信息公开条例》公开政府信息</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Renders a React element tree to a full HTML document. */
export function renderDocument(el: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(el)}`;
}

/**
 * `/xxgk/documents/:id`: one document as government sites show it — the metadata table (索引号, 主题分类,
 * 发文机关, 成文日期, 标题, 发文字号, 发布日期, 有效性 …), the title, the body, attachments and related links.
 * A withdrawn document keeps its address and says when and why it was withdrawn (410).
 */
import type { ReactNode } from 'react';
import { Layout, type PageContext, renderDocument } from '../portal/index.js';
import { Breadcrumb, DOCUMENT_LIST, XXGK_HOME, dateOf, hrefOf } from './publications.pages.js';
import { attachmentUrl } from './public.service.js';
import { DocumentRelations, type PublicRelation } from './normative/index.js';
import type { DocumentView } from './publications.schemas.js';

export interface RelatedItem { id: number; title: string; publishedAt: string; url: string }

const FILE_TYPES: Record<string, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel', image: '图片', text: '文本' };

/** 1.2 MB / 35 KB / 512 字节. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** 有效性 with its dates when the office set them (施行日期, 有效期至). */
function validityText(d: DocumentView): string {
  if (!d.validityLabel) return '未标注';
  const dates = [d.validFrom && `${d.validFrom} 起施行`, d.validTo && `有效期至 ${d.validTo}`].filter(Boolean);
  return dates.length ? `${d.validityLabel}（${dates.join('，')}）` : d.validityLabel;
}

/** Rows of two label/value pairs, like gov.cn's 文件信息 table; a long value takes the whole row. */
function MetaTable({ d }: { d: DocumentView }) {
  const pairs: [string, ReactNode, boolean?][] = [
    ['索引号', d.indexNumber ?? '—'],
    ['主题分类', d.topic ? d.topic.label.replace('/', ' / ') : '—'],
    ['发文机关', d.orgs.map((o) => o.name).join('、')],
    ['成文日期', d.writtenAt ?? '—'],
    ['标题', d.title, true],
    ['发文字号', d.docNumber ?? '—'],
    ['发布日期', dateOf(d.publishedAt) || '—'],
    ...(d.genre ? [['体裁', d.genre] as [string, ReactNode]] : []),
    ['有效性', validityText(d)],
    ...(d.keywords.trim() ? [['主题词', d.keywords.trim(), true] as [string, ReactNode, boolean]] : []),
  ];
  const rows: [string, ReactNode, boolean?][][] = [];
  let row: [string, ReactNode, boolean?][] = [];
  for (const p of pairs) {
    if (p[2]) {
      if (row.length) rows.push(row);
      rows.push([p]);
      row = [];
      continue;
    }
    row.push(p);
    if (row.length === 2) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return (
    <table className="meta-table">
      <caption>文件信息</caption>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map(([label, value]) => [
              <th key={`${label}h`} scope="row">{label}</th>,
              <td key={`${label}d`} colSpan={cells.length === 1 ? 3 : undefined}>{value}</td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function renderDocumentPage(ctx: PageContext, d: DocumentView, related: RelatedItem[], relations: PublicRelation[] = []): string {
  const orgList = hrefOf(DOCUMENT_LIST, { org: d.org.code });
  return renderDocument(
    <Layout ctx={ctx} title={d.title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { href: DOCUMENT_LIST, label: '主动公开文件' }, { label: '正文' }]} />
      <article aria-labelledby="doc-title">
        <MetaTable d={d} />
        <h1 id="doc-title" className="doc-heading">{d.title}</h1>
        {d.docNumber && <p className="doc-number">{d.docNumber}</p>}
        {/* Sanitised when saved (platform/html sanitizeBody); the only HTML rendered as is. */}
        <div className="doc-body" dangerouslySetInnerHTML={{ __html: d.bodyHtml }} />
        {/* 政府网站发展指引: a changed or repealed document says so, with a link to the one that changed it. */}
        <DocumentRelations relations={relations} />
        {d.attachments.length > 0 && (
          <section className="attachments" aria-labelledby="att-heading">
            <h2 id="att-heading">附件</h2>
            <ul>
              {d.attachments.map((a) => (
                <li key={a.id}>
                  <a href={attachmentUrl(d.id, a.id)}>{a.name}</a>{' '}
                  <span className="count">（{FILE_TYPES[a.fileType] ?? a.fileType.toUpperCase()}，{sizeText(a.size)}）</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <section className="related" aria-labelledby="related-heading">
        <h2 id="related-heading">{d.org.name}最新公开</h2>
        {related.length
          ? <ul>{related.map((x) => <li key={x.id}><a href={x.url}>{x.title}</a> <span className="count">{dateOf(x.publishedAt)}</span></li>)}</ul>
          : <p>暂无该机构公开的其他文件。</p>}
        <p className="doc-footer-links">
          <a href={orgList}>{d.org.name}的全部文件</a>
          <a href={DOCUMENT_LIST}>返回列表</a>
        </p>
      </section>
    </Layout>,
  );
}

/** 410: the address stays, the text does not; the public reason and date of withdrawal are shown. */
export function renderWithdrawnPage(ctx: PageContext, d: DocumentView): string {
  return renderDocument(
    <Layout ctx={ctx} title={`已撤回：${d.title}`}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { href: DOCUMENT_LIST, label: '主动公开文件' }, { label: '已撤回的文件' }]} />
      <h1>{d.title}</h1>
      <div className="notice">
        <p><strong>该文件已于 {dateOf(d.withdrawnAt) || '（日期不详）'} 撤回，不再公开。</strong></p>
        <p>撤回原因：{d.withdrawReason || '未说明'}</p>
      </div>
      <table className="meta-table">
        <caption>原文件信息</caption>
        <tbody>
          <tr><th scope="row">索引号</th><td>{d.indexNumber ?? '—'}</td></tr>
          <tr><th scope="row">发文机关</th><td>{d.orgs.map((o) => o.name).join('、')}</td></tr>
          <tr><th scope="row">发文字号</th><td>{d.docNumber ?? '—'}</td></tr>
          <tr><th scope="row">原发布日期</th><td>{dateOf(d.publishedAt) || '—'}</td></tr>
        </tbody>
      </table>
      <p>如需了解该文件的有关情况，可以向发文机关的政府信息公开工作机构咨询，或依法申请公开。</p>
      <p className="doc-footer-links"><a href={DOCUMENT_LIST}>返回列表</a><a href={XXGK_HOME}>政府信息公开</a></p>
    </Layout>,
  );
}

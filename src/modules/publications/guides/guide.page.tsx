/**
 * `/xxgk/guide/:orgCode`: 政府信息公开指南 (条例第十二条: 分类、编排体系、获取方式, and the office's name,
 * address, hours, phone, fax and internet contact) followed by the organisation's 公开制度.
 * Until the office writes its own text, the parts the platform itself defines are shown.
 */
import { Layout, type PageContext, renderDocument } from '../../portal/index.js';
import { Breadcrumb, DOCUMENT_LIST, SEARCH_PAGE, XXGK_HOME, hrefOf } from '../publications.pages.js';
import type { GuideView } from './guides.schemas.js';

function Contacts({ g }: { g: GuideView }) {
  if (!g.written) return <p>本机构尚未填写政府信息公开工作机构的联系方式。</p>;
  const rows: [string, string | null][] = [
    ['工作机构', g.officeName], ['办公地址', g.address + (g.postcode ? `（邮编 ${g.postcode}）` : '')], ['办公时间', g.hours], ['联系电话', g.phone],
    ['传真号码', g.fax], ['电子邮箱', g.email], ['网址', g.website],
  ];
  return (
    <table className="meta">
      <caption>政府信息公开工作机构</caption>
      <tbody>
        {rows.filter(([, v]) => v).map(([k, v]) => <tr key={k}><th scope="row">{k}</th><td>{v}</td></tr>)}
      </tbody>
    </table>
  );
}

export function renderGuidePage(ctx: PageContext, g: GuideView, orgCode: string): string {
  const title = `${g.orgName}政府信息公开指南`;
  return renderDocument(
    <Layout ctx={ctx} title={title}>
      <Breadcrumb trail={[{ href: XXGK_HOME, label: '政府信息公开' }, { label: '政府信息公开指南' }]} />
      <h1>{title}</h1>
      {g.updatedAt && <p className="lead">更新于 {g.updatedAt.slice(0, 10)}</p>}
      <section aria-labelledby="g-org"><h2 id="g-org">一、公开工作机构</h2><Contacts g={g} /></section>
      {g.guideHtml ? (
        <section aria-labelledby="g-body"><h2 id="g-body">二、公开指南</h2><div className="body" dangerouslySetInnerHTML={{ __html: g.guideHtml }} /></section>
      ) : (
        <section aria-labelledby="g-body">
          <h2 id="g-body">二、信息分类与获取方式</h2>
          <p>主动公开的政府信息按国务院政策文件主题分类、发布机构、体裁和发布年份编排，每件信息有唯一的索引号，页面列明索引号、主题分类、发文机关、成文日期、标题、发文字号、发布日期和有效性。</p>
          <ul>
            <li>浏览：<a href={hrefOf(DOCUMENT_LIST, { org: orgCode })}>本机构主动公开的全部政府信息</a>，可按主题分类、体裁、年份和有效性筛选。</li>
            <li>检索：在<a href={SEARCH_PAGE}>全文检索</a>中输入标题、正文关键词、发文字号或索引号。</li>
            <li>订阅：每个机构的最新信息提供 Atom 订阅源，地址为 /xxgk/orgs/{orgCode}/feed.atom。</li>
            <li>主动公开的政府信息自形成或者变更之日起20个工作日内公开（条例第二十六条）。</li>
            <li>主动公开以外的政府信息，公民、法人或者其他组织可以向本机构申请获取（条例第二十七条）。</li>
          </ul>
        </section>
      )}
      <section aria-labelledby="g-rules">
        <h2 id="g-rules">三、政府信息公开制度</h2>
        {g.rulesHtml ? <div className="body" dangerouslySetInnerHTML={{ __html: g.rulesHtml }} /> : <p>本机构执行《中华人民共和国政府信息公开条例》（国务院令第711号），信息公开前经保密审查，发布后可追溯。</p>}
      </section>
    </Layout>,
  );
}

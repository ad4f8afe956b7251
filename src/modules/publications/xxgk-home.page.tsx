/**
 * `/xxgk/` 政府信息公开: the statutory parts of a government openness platform (公开指南, 公开制度,
 * 法定主动公开内容, 公开年报, 依申请公开), the latest documents and a search box.
 */
import type { PublicOrg } from '../orgs/index.js';
import { Layout, type PageContext, groupOrgs, renderDocument } from '../portal/index.js';
import type { FacetValue } from './public.service.js';
import { Breadcrumb, DOCUMENT_LIST, FEED, SEARCH_PAGE, dateOf, hrefOf, topicCodeOfLabel } from './publications.pages.js';
import { TOPICS } from './topics.js';

export interface LatestItem { id: number; title: string; docNumber: string | null; org: { name: string }; publishedAt: string; url: string }

export interface XxgkHomeData {
  orgs: PublicOrg[];
  total: number;
  estimate: boolean;
  topicCounts: FacetValue[];
  orgCounts: FacetValue[];
  latest: LatestItem[];
}

/** 条例第二十条: what every administrative organ publishes proactively (shortened headings). */
const ARTICLE_20 = [
  '行政法规、规章和行政规范性文件', '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名', '国民经济和社会发展规划、专项规划、区域规划及相关政策',
  '国民经济和社会发展统计信息', '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果', '实施行政处罚、行政强制的依据、条件、程序以及有一定社会影响的行政处罚决定',
  '财政预算、决算信息', '行政事业性收费项目及其依据、标准', '政府集中采购项目的目录、标准及实施情况', '重大建设项目的批准和实施情况',
  '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况', '突发公共事件的应急预案、预警信息及应对情况', '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  '公务员招考的职位、名额、报考条件等事项以及录用结果', '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
];

const count = (n: number | undefined, estimate: boolean) => `${estimate && n ? '约' : ''}${n ?? 0}`;

export function renderXxgkHome(ctx: PageContext, d: XxgkHomeData): string {
  const topicCount = new Map(d.topicCounts.map((t) => [topicCodeOfLabel(t.value), t.count]));
  const orgCount = new Map(d.orgCounts.map((o) => [o.value, o.count]));
  const guideList = hrefOf(DOCUMENT_LIST, { topic: '02-01' });
  return renderDocument(
    <Layout ctx={ctx} title="政府信息公开" head={<link rel="alternate" type="application/atom+xml" title="最新公开的政府信息" href={FEED} />}>
      <Breadcrumb trail={[{ label: '政府信息公开' }]} />
      <h1>政府信息公开</h1>
      <p className="lead">依据《中华人民共和国政府信息公开条例》，本平台公开{ctx.siteName}及所属各机构主动公开的政府信息，目前{d.estimate ? '约' : '共'} {d.total} 件。</p>
      <form className="search-box" role="search" aria-label="检索政府信息" action={SEARCH_PAGE} method="get">
        <div className="field">
          <label htmlFor="q">检索政府信息</label>
          <input id="q" type="search" name="q" maxLength={200} placeholder="输入标题、正文关键词或发文字号，如 菏政办字〔2021〕35号" />
        </div>
        <button className="btn" type="submit">检索</button>
        <a href={DOCUMENT_LIST}>按条件浏览全部文件</a>
      </form>

      <nav aria-labelledby="parts-heading">
        <h2 id="parts-heading">公开栏目</h2>
        <ul className="sections">
          <li><h3><a href="#guide">政府信息公开指南</a></h3><p>信息的分类、编排体系、获取方式和公开工作机构（条例第十二条）。</p></li>
          <li><h3><a href="#rules">政府信息公开制度</a></h3><p>主动公开、依申请公开、保密审查和监督保障的规定。</p></li>
          <li><h3><a href="#proactive">法定主动公开内容</a></h3><p>按主题分类或发布机构浏览主动公开的文件（条例第二十条）。</p></li>
          <li><h3><a href="/xxgk/ndbg/">政府信息公开工作年度报告</a></h3><p>各机关每年公布上一年度的工作情况（条例第四十九条），可逐年比较。</p></li>
          <li><h3><a href="/yisqgk/">依申请公开</a></h3><p>主动公开以外的政府信息，可以向行政机关申请获取（条例第二十七条）。</p></li>
          <li><h3><a href="/xxgk/catalogue">主动公开基本目录</a></h3><p>各机构主动公开的事项、内容、依据、时限、主体和渠道。</p></li>
          <li><h3><a href="/xxgk/normative">行政规范性文件</a></h3><p>现行有效的规范性文件及其有效期、修改废止情况和清理结果。</p></li>
          <li><h3><a href="/xxgk/gazette">政府公报</a></h3><p>按年度和期数编排的政府公报，可在线阅读或下载 PDF。</p></li>
        </ul>
      </nav>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">最新公开</h2>
        {d.latest.length === 0
          ? <p>暂无已公开的文件。</p>
          : (
            <ul className="doc-list">
              {d.latest.map((l) => (
                <li key={l.id}>
                  <a className="doc-link" href={l.url}>{l.title}</a>
                  <p className="doc-meta">
                    {l.docNumber && <span>发文字号：{l.docNumber}</span>}
                    <span>发布机构：{l.org.name}</span>
                    <span>发布日期：<time dateTime={dateOf(l.publishedAt)}>{dateOf(l.publishedAt)}</time></span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        <p className="doc-footer-links"><a href={DOCUMENT_LIST}>查看全部文件</a><a className="feed-link" href={FEED}>订阅最新公开（Atom）</a></p>
      </section>

      <section aria-labelledby="proactive">
        <h2 id="proactive">法定主动公开内容</h2>
        <p>《条例》第十九条、第二十条规定，涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息应当主动公开，包括：</p>
        <ol className="muted">{ARTICLE_20.map((a) => <li key={a}>{a}</li>)}</ol>
        <h3 id="by-topic">按主题分类浏览</h3>
        <ul className="topic-grid" aria-labelledby="by-topic">
          {TOPICS.map((t) => (
            <li key={t.code}>
              <a href={hrefOf(DOCUMENT_LIST, { topic: t.code })}>{t.label}</a>
              <span className="count">{count(topicCount.get(t.code), d.estimate)} 件</span>
            </li>
          ))}
        </ul>
        <h3 id="by-org">按发布机构浏览</h3>
        {groupOrgs(d.orgs).map(({ region, members }) => (
          <section key={region.code} className="org-group" aria-labelledby={`org-${region.code}`}>
            <h4 id={`org-${region.code}`} className="org-heading">
              <a href={hrefOf(DOCUMENT_LIST, { org: region.code })}>{region.name}</a> <span className="count">{count(orgCount.get(region.code), d.estimate)} 件</span>
            </h4>
            {members.length > 0 && (
              <ul className="org-list">
                {members.map((m) => (
                  <li key={m.code}>
                    <a href={hrefOf(DOCUMENT_LIST, { org: m.code })}>{m.name}</a> <span className="count">{count(orgCount.get(m.code), d.estimate)} 件</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="guide">
        <h2 id="guide">政府信息公开指南</h2>
        <p>按照《条例》第十二条，各行政机关编制并公布政府信息公开指南和政府信息公开目录，并及时更新。</p>
        <ul>
          <li><strong>公开指南</strong>包括：政府信息的分类、编排体系、获取方式，以及政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等。</li>
          <li><strong>公开目录</strong>包括：政府信息的索引、名称、内容概述、生成日期等。本平台的<a href={DOCUMENT_LIST}>文件列表</a>即公开目录，每件文件都有索引号、主题分类、发文机关、成文日期和发布日期。</li>
          <li><strong>获取方式</strong>：主动公开的政府信息可在本平台按主题、机构、体裁、年份浏览或<a href={SEARCH_PAGE}>检索</a>；也可到当地档案馆、公共图书馆、政务服务场所设置的公开查阅点查阅（条例第二十五条）。</li>
        </ul>
        <p>各机构的公开指南（含公开工作机构的地址、办公时间和联系电话）：</p>
        <ul className="inline-list">
          {d.orgs.map((o) => <li key={o.code}><a href={`/xxgk/guide/${encodeURIComponent(o.code)}`}>{o.name}</a></li>)}
        </ul>
        <p>各机关发布的公开目录和政务公开工作文件，归入主题分类“综合政务 / 政务公开”：<a href={guideList}>查看政务公开类文件</a>。</p>
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">政府信息公开制度</h2>
        <ul>
          <li>以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则（条例第五条）。</li>
          <li>主动公开的政府信息，自形成或者变更之日起20个工作日内予以公开（条例第二十六条）。</li>
          <li>公开前依法进行保密审查；涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的，不予公开，但第三方同意或者不公开会对公共利益造成重大影响的除外（条例第十四条、第十五条、第十七条）。</li>
          <li>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</li>
        </ul>
        <p>各机关制定的政府信息公开工作制度作为文件发布，可在<a href={guideList}>政务公开类文件</a>中查阅；行政规范性文件可按<a href={hrefOf(DOCUMENT_LIST, { genre: '规范性文件' })}>体裁“规范性文件”</a>浏览，并查看其有效性。</p>
      </section>

      <section aria-labelledby="reports">
        <h2 id="reports">政府信息公开工作年度报告</h2>
        <p>县级以上人民政府部门于每年1月31日前、县级以上人民政府于每年3月31日前公布上一年度政府信息公开工作年度报告（条例第四十九条、第五十条）。</p>
        <p>在<a href="/xxgk/ndbg/">年度报告专栏</a>按机构和年度查阅各机关的年度报告（网页版表格，可下载 Word、PDF 和 JSON 数据），并比较历年数据。此前作为文件发布的年度报告，也可按<a href={hrefOf(DOCUMENT_LIST, { genre: '年度报告' })}>体裁“年度报告”</a>查阅。</p>
      </section>

      <section aria-labelledby="apply">
        <h2 id="apply">依申请公开</h2>
        <p>除主动公开的政府信息外，公民、法人或者其他组织可以向行政机关申请获取相关政府信息（条例第二十七条）。可以在本平台<a href="/yisqgk/apply">在线申请</a>并<a href="/yisqgk/track">查询办理进度</a>，也可以通过信函、传真或者当面向行政机关的政府信息公开工作机构提出申请（条例第二十九条），申请内容应当包括：</p>
        <ol>
          <li>申请人的姓名或者名称、身份证明、联系方式；</li>
          <li>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；</li>
          <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
        </ol>
        <p>行政机关能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复，需要延长的，延长期限最长不得超过20个工作日（条例第三十三条）。</p>
        <p><a href="/yisqgk/">了解依申请公开的办理流程</a></p>
      </section>
    </Layout>,
  );
}

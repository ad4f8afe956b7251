/**
 * `/yisqgk/` 依申请公开: how to apply, in plain words after 条例第二十七条—第三十三条 and 第四十二条,
 * with the ways in (在线申请, 查询办理进度) and each organisation's 公开指南.
 */
import type { PublicOrg } from '../../orgs/index.js';
import { Layout, type PageContext, groupOrgs, renderDocument } from '../../portal/index.js';
import { CHANNELS, CHANNEL_LABELS, RECEIPT_RULES } from '../vocabulary.js';
import { APPLY_PAGE, Breadcrumb, TRACK_PAGE } from './form-parts.js';

const guideHref = (code: string) => `/xxgk/guide/${encodeURIComponent(code)}`;
const applyHref = (code: string) => `${APPLY_PAGE}?to=${encodeURIComponent(code)}`;

function OrgLine({ org }: { org: PublicOrg }) {
  return (
    <li>
      {org.name}：<a href={guideHref(org.code)}>公开指南<span className="visually-hidden">（{org.name}）</span></a>
      {' · '}<a href={applyHref(org.code)}>向其申请<span className="visually-hidden">（{org.name}）</span></a>
    </li>
  );
}

export function renderYisqgkHome(ctx: PageContext, orgs: PublicOrg[]): string {
  return renderDocument(
    <Layout ctx={ctx} title="依申请公开">
      <Breadcrumb here="依申请公开" parent={false} />
      <h1>依申请公开</h1>
      <p className="lead">
        除行政机关主动公开的政府信息外，公民、法人或者其他组织可以向地方各级人民政府、对外以自己名义履行行政管理职能的县级以上人民政府部门
        （含派出机构、内设机构）申请获取相关政府信息（《中华人民共和国政府信息公开条例》第二十七条）。
      </p>
      <p className="actions">
        <a className="btn" href={APPLY_PAGE}>在线申请</a>
        <a className="btn btn-secondary" href={TRACK_PAGE}>查询办理进度</a>
      </p>
      <p>申请之前，可以先在<a href="/search">政府信息检索</a>和<a href="/xxgk/">政府信息公开</a>栏目中查找：已经主动公开的信息不必申请，可以直接查阅。</p>

      <section aria-labelledby="how">
        <h2 id="how">怎样提出申请</h2>
        <p>申请应当采用书面形式（包括信件、数据电文等）；采用书面形式确有困难的，可以口头提出，由受理机关的政府信息公开工作机构代为填写申请（第二十九条）。申请内容包括：</p>
        <ol>
          <li>申请人的姓名或者名称、身份证明、联系方式；</li>
          <li>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；</li>
          <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
        </ol>
        <p>在本平台<a href={APPLY_PAGE}>在线申请</a>时按表格填写即可。所需信息描述得越具体（如文件名称、发文字号、年份、事项），越便于查找和答复。</p>
      </section>

      <section aria-labelledby="received">
        <h2 id="received">哪一天算“收到申请”</h2>
        <p>答复期限从行政机关收到申请之日起计算。收到申请之日按提交方式确定（第三十一条）：</p>
        <dl className="rule-list">
          {CHANNELS.map((c) => (
            <div key={c}><dt>{CHANNEL_LABELS[c]}</dt><dd>{RECEIPT_RULES[c]}</dd></div>
          ))}
        </dl>
        <p>在线提交的申请，在受理机关与您确认后才算收到；在此之前，办理进度显示为“待确认受理”。</p>
      </section>

      <section aria-labelledby="correction">
        <h2 id="correction">补正</h2>
        <p>
          申请内容不明确的，行政机关会给予指导和释明，并自收到申请之日起7个工作日内一次性告知需要补正的事项和合理的补正期限。
          答复期限自收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请（第三十条）。收到补正告知后，可以在<a href={TRACK_PAGE}>查询页面</a>在线提交补正。
        </p>
      </section>

      <section aria-labelledby="deadline">
        <h2 id="deadline">答复期限</h2>
        <ul>
          <li>能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起<strong>20个工作日</strong>内答复（第三十三条）。</li>
          <li>需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。</li>
          <li>需要征求第三方或者其他机关意见的，所需时间不计算在答复期限内（第三十二条、第三十四条）。</li>
        </ul>
      </section>

      <section aria-labelledby="fees">
        <h2 id="fees">费用</h2>
        <p>行政机关依申请提供政府信息，不收取费用。只有申请公开政府信息的数量、频次明显超过合理范围时，才可以收取信息处理费，并会事先书面通知（第四十二条）。</p>
      </section>

      <section aria-labelledby="remedy">
        <h2 id="remedy">权利救济</h2>
        <p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（第五十一条）。</p>
      </section>

      <section aria-labelledby="guides">
        <h2 id="guides">各机关的政府信息公开指南</h2>
        <p>公开指南载明各机关政府信息公开工作机构的名称、办公地址、办公时间、联系电话和传真号码，以及通过信函、传真或当面提交申请的方式（第十二条）。</p>
        {groupOrgs(orgs).map(({ region, members }) => (
          <section key={region.code} className="org-group" aria-labelledby={`guides-${region.code}`}>
            <h3 id={`guides-${region.code}`}>{region.name}</h3>
            <ul className="guide-list">
              <OrgLine org={region} />
              {members.map((m) => <OrgLine key={m.code} org={m} />)}
            </ul>
          </section>
        ))}
      </section>
    </Layout>,
  );
}

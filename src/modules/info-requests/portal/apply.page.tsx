/**
 * `/yisqgk/apply`: the application form (条例第二十九条) and, after a successful POST, the
 * acknowledgement showing the tracking code and the secret once. Both applicant fieldsets are on the
 * page (no JavaScript); the server reads the one matching the chosen 申请人类型.
 */
import type { PublicOrg } from '../../orgs/index.js';
import { Layout, type PageContext, groupOrgs, renderDocument } from '../../portal/index.js';
import { ID_TYPES, ID_TYPE_LABELS, ORG_TYPES } from '../applicant.js';
import { APPLICANT_TYPE_LABELS, DELIVERY_LABELS, DELIVERY_METHODS } from '../vocabulary.js';
import { type FieldErrors, type FormValues, NATURAL_FIELDS as N, ORG_FIELDS as O } from './form-parse.js';
import {
  APPLY_PAGE, type Anchors, Breadcrumb, ErrorSummary, type OptionGroup, RadioGroup, SelectField, TRACK_PAGE, TextArea, TextField, YISQGK_HOME, titleOf,
} from './form-parts.js';

export interface ApplyFormData {
  orgs: PublicOrg[];
  values: FormValues;
  errors: FieldErrors;
  /** A refusal of the whole application (duplicate, too many), with where to look instead. */
  refusal?: { message: string; trackingCode?: string };
}

const ANCHORS: Anchors = { applicantType: 'applicantType-natural', delivery: 'delivery-electronic' };
const ORG_TYPE_LABELS: Record<(typeof ORG_TYPES)[number], string> = {
  commercial: APPLICANT_TYPE_LABELS.commercial, research: APPLICANT_TYPE_LABELS.research, publicInterest: APPLICANT_TYPE_LABELS.publicInterest,
  legalService: APPLICANT_TYPE_LABELS.legalService, other: '其他',
};

/** Each region with its departments and institutions, in tree order: the 受理机关 choices. */
function orgGroups(orgs: PublicOrg[]): OptionGroup[] {
  return groupOrgs(orgs).map(({ region, members }) => ({
    label: region.name,
    options: [region, ...members].map((o) => [o.code, o.name] as [string, string]),
  }));
}

export function renderApplyForm(ctx: PageContext, d: ApplyFormData): string {
  const v = d.values;
  const e = d.errors;
  const summary = d.refusal ? { '': d.refusal.message, ...e } : e;
  return renderDocument(
    <Layout ctx={ctx} title={titleOf('在线申请政府信息公开', summary)}>
      <Breadcrumb here="在线申请" />
      <h1>在线申请政府信息公开</h1>
      <ErrorSummary
        errors={summary} anchors={ANCHORS}
        extra={d.refusal?.trackingCode && <p><a href={`${TRACK_PAGE}?code=${encodeURIComponent(d.refusal.trackingCode)}`}>查询该申请的办理进度</a></p>}
      />
      <p>
        请如实填写以下内容（《中华人民共和国政府信息公开条例》第二十九条）。标有“（必填）”的项目必须填写。
        提交后页面会显示<strong>查询码</strong>和<strong>查询密码</strong>，请记下，用于查询办理进度和下载答复书。
      </p>
      <form className="apply-form" method="post" action={APPLY_PAGE} noValidate>
        <fieldset>
          <legend>受理机关</legend>
          <SelectField
            name="to" label="向哪个机关申请" value={v.to} error={e.to} required groups={orgGroups(d.orgs)} placeholder="请选择受理机关"
            hint={<>不确定由哪个机关掌握所需信息时，可先查看<a href={`${YISQGK_HOME}#guides`}>各机关的政府信息公开指南</a>。</>}
          />
        </fieldset>

        <RadioGroup
          name="applicantType" legend="申请人类型" value={v.applicantType} error={e.applicantType}
          options={[['natural', '自然人'], ['organization', '法人或其他组织']]}
          hint="请选择一项，并填写下方对应的申请人信息（另一部分不必填写）。"
        />

        <fieldset>
          <legend>申请人信息：自然人（申请人类型为“自然人”时填写）</legend>
          <TextField name={N.name} label="姓名" value={v[N.name]} error={e[N.name]} required autoComplete="name" maxLength={50} />
          <SelectField
            name={N.idType} label="身份证件类型" value={v[N.idType] ?? 'resident_id'} error={e[N.idType]} required
            groups={[{ label: '', options: ID_TYPES.map((t) => [t, ID_TYPE_LABELS[t]] as [string, string]) }]}
          />
          <TextField name={N.idNumber} label="身份证件号码" value={v[N.idNumber]} error={e[N.idNumber]} required maxLength={40} autoComplete="off" hint="居民身份证为18位，最后一位可以是X。" />
          <TextField name={N.phone} label="联系电话" type="tel" value={v[N.phone]} error={e[N.phone]} required autoComplete="tel" maxLength={30} hint="11位手机号码，或带区号的固定电话。" />
          <TextField name={N.email} label="电子邮箱" type="email" value={v[N.email]} error={e[N.email]} autoComplete="email" maxLength={200} hint="填写后，受理、补正和答复的通知会发到这个邮箱。" />
          <TextField name={N.address} label="通信地址" value={v[N.address]} error={e[N.address]} autoComplete="street-address" maxLength={200} width="long" hint="选择纸质文本、邮寄方式获取信息时请填写。" />
        </fieldset>

        <fieldset>
          <legend>申请人信息：法人或其他组织（申请人类型为“法人或其他组织”时填写）</legend>
          <SelectField
            name={O.orgType} label="组织类型" value={v[O.orgType]} error={e[O.orgType]} required placeholder="请选择组织类型"
            groups={[{ label: '', options: ORG_TYPES.map((t) => [t, ORG_TYPE_LABELS[t]] as [string, string]) }]}
          />
          <TextField name={O.name} label="名称" value={v[O.name]} error={e[O.name]} required autoComplete="organization" maxLength={100} />
          <TextField name={O.creditCode} label="统一社会信用代码" value={v[O.creditCode]} error={e[O.creditCode]} required maxLength={18} autoComplete="off" hint="18位数字或大写字母。" />
          <TextField name={O.legalRepresentative} label="法定代表人或负责人" value={v[O.legalRepresentative]} error={e[O.legalRepresentative]} required maxLength={50} />
          <TextField name={O.contactName} label="联系人" value={v[O.contactName]} error={e[O.contactName]} required maxLength={50} />
          <TextField name={O.phone} label="联系电话" type="tel" value={v[O.phone]} error={e[O.phone]} required maxLength={30} hint="11位手机号码，或带区号的固定电话。" />
          <TextField name={O.email} label="电子邮箱" type="email" value={v[O.email]} error={e[O.email]} maxLength={200} hint="填写后，受理、补正和答复的通知会发到这个邮箱。" />
          <TextField name={O.address} label="通信地址" value={v[O.address]} error={e[O.address]} maxLength={200} width="long" hint="选择纸质文本、邮寄方式获取信息时请填写。" />
        </fieldset>

        <fieldset>
          <legend>所需政府信息</legend>
          <TextArea
            name="description" label="所需信息的内容描述" value={v.description} error={e.description} required rows={6} maxLength={2000}
            hint="请写明所需政府信息的名称、文号或者便于查询的其他特征性描述，例如文件名称、发文字号、年份和事项。"
          />
          <TextArea name="purpose" label="用途" value={v.purpose} error={e.purpose} rows={2} maxLength={500} hint="可以不填。" />
        </fieldset>

        <RadioGroup
          name="delivery" legend="获取信息的方式" value={v.delivery ?? 'electronic'} error={e.delivery}
          options={DELIVERY_METHODS.map((m) => [m, DELIVERY_LABELS[m]] as [string, string])}
        />

        <div className="privacy-notice" role="note" aria-labelledby="privacy-title">
          <h2 id="privacy-title">个人信息保护</h2>
          <p>
            您填写的姓名、证件号码、联系方式和地址仅用于办理本申请、与您联系和送达答复，加密保存，不会在网站上公开；
            工作人员查看完整信息的情况均有记录。证件号码后六位可以代替查询密码查询办理进度。
          </p>
        </div>
        <p><button className="btn" type="submit">提交申请</button></p>
      </form>
    </Layout>,
  );
}

export interface Acknowledgement {
  trackingCode: string;
  secret: string;
  orgName: string;
  submittedAt: string;
  description: string;
}

export function renderAcknowledgement(ctx: PageContext, a: Acknowledgement): string {
  return renderDocument(
    <Layout ctx={ctx} title="申请已提交">
      <Breadcrumb here="申请已提交" />
      <h1>申请已提交</h1>
      <p className="success" role="status">您向{a.orgName}提出的政府信息公开申请已保存（提交时间 {a.submittedAt}）。</p>
      <section aria-labelledby="keys">
        <h2 id="keys">请记下查询码和查询密码</h2>
        <dl className="credentials">
          <dt>查询码</dt>
          <dd>{a.trackingCode}</dd>
          <dt>查询密码</dt>
          <dd>{a.secret}</dd>
        </dl>
        <p>
          <strong>查询密码只显示这一次</strong>，不会通过邮件发送，本平台也无法找回。请现在抄写、拍照或打印本页保存。
          忘记查询密码时，可以用查询码和证件号码（或统一社会信用代码）后六位查询。
        </p>
      </section>
      <section aria-labelledby="next">
        <h2 id="next">接下来</h2>
        <ol>
          <li>在线提交的申请，以受理机关与您确认之日为收到申请之日（条例第三十一条）。受理机关确认后，办理进度会显示收到申请之日和答复期限。</li>
          <li>受理机关自收到申请之日起20个工作日内答复；需要延长的，会告知您，延长最长不超过20个工作日（第三十三条）。</li>
          <li>申请内容不明确的，受理机关会在7个工作日内一次性告知需要补正的事项，您可以在查询页面在线补正（第三十条）。</li>
          <li>答复后，可以在查询页面下载答复书。</li>
        </ol>
      </section>
      <section aria-labelledby="what">
        <h2 id="what">您申请的信息</h2>
        <p className="pre-wrap">{a.description}</p>
      </section>
      <p className="actions">
        <a className="btn" href={`${TRACK_PAGE}?code=${encodeURIComponent(a.trackingCode)}`}>查询办理进度</a>
        <a className="btn btn-secondary" href={YISQGK_HOME}>返回依申请公开</a>
      </p>
    </Layout>,
  );
}

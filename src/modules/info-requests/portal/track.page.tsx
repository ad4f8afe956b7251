/**
 * `/yisqgk/track`: the query form (查询码 + 查询密码, or 查询码 + 证件号码后六位) and the status page
 * it leads to — dates on the statutory clock, the public timeline, the 补正 form while one is asked
 * for, and the reply letters. Every form after the query carries the proof in hidden fields and is
 * POSTed, so the secret never appears in an address or a log.
 */
import type { ReactNode } from 'react';
import { Layout, type PageContext, renderDocument } from '../../portal/index.js';
import type { ResultCode } from '../vocabulary.js';
import { DEFAULT_REPLY_TEMPLATES } from '../letters/index.js';
import type { FieldErrors, FormValues, Proof } from './form-parse.js';
import { Breadcrumb, ErrorSummary, TRACK_PAGE, TextArea, TextField, YISQGK_HOME, titleOf } from './form-parts.js';

export function renderTrackForm(ctx: PageContext, d: { values: FormValues; errors: FieldErrors }): string {
  const v = d.values;
  return renderDocument(
    <Layout ctx={ctx} title={titleOf('查询办理进度', d.errors)}>
      <Breadcrumb here="查询办理进度" />
      <h1>查询办理进度</h1>
      <ErrorSummary errors={d.errors} />
      <p>请填写提交申请时获得的查询码，以及查询密码或者申请时所填证件号码（统一社会信用代码）的后六位。</p>
      <form className="apply-form" method="post" action={TRACK_PAGE} noValidate>
        <TextField name="code" label="查询码" value={v.code} error={d.errors.code} required maxLength={40} autoComplete="off" hint="例如 2026-AB12-CD34" />
        <fieldset>
          <legend>查询密码或证件号码后六位（二选一）</legend>
          <TextField name="secret" label="查询密码" value="" error={d.errors.secret} maxLength={40} autoComplete="off" hint="提交申请后页面显示的10位字母和数字。" />
          <TextField name="idLast6" label="证件号码后六位" value="" error={d.errors.idLast6} maxLength={6} autoComplete="off" width="short" hint="申请时所填身份证件号码或统一社会信用代码的最后六位。" />
        </fieldset>
        <p><button className="btn" type="submit">查询</button></p>
      </form>
      <p>还没有申请？<a href="/yisqgk/apply">在线申请</a>，或查看<a href={YISQGK_HOME}>依申请公开说明</a>。</p>
    </Layout>,
  );
}

export interface TrackView {
  trackingCode: string;
  status: string;
  statusLabel: string;
  to: string;
  submittedAt: string;
  receivedAt: string | null;
  dueDate: string | null;
  workdaysLeft: number | null;
  correctBy: string | null;
  payBy: string | null;
  result: string | null;
  closedOn: string | null;
  description: string;
  timeline: { on: string; label: string; detail?: string }[];
  correction: { on: string; items: string[]; correctBy: string } | null;
}

export interface StatusPageData {
  view: TrackView;
  proof: Proof;
  letters: { id: number; number: string; issued_on: string; result: string | null }[];
  /** Problems of the 补正 form (`text`) or of the step itself (`''`). */
  errors?: FieldErrors;
  /** The 补正 text sent back with its problem. */
  correctionText?: string;
  /** A 补正 was just received. */
  corrected?: boolean;
}

/** `2026-03-02T09:00:00+08:00` → `2026-03-02 09:00` (the service gives Shanghai time). */
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const resultLabel = (code: string | null) => (code && code in DEFAULT_REPLY_TEMPLATES ? DEFAULT_REPLY_TEMPLATES[code as ResultCode].label : code);

function dueText(v: TrackView): ReactNode {
  if (v.status === 'closed') return `已办结${v.closedOn ? `（${v.closedOn}）` : ''}`;
  if (v.status === 'awaiting_confirmation') return '受理机关确认收到申请后开始计算：自收到申请之日起20个工作日';
  if (v.status === 'awaiting_correction') return '等待补正，暂不计算；自收到补正之日起重新计算20个工作日';
  if (!v.dueDate) return '暂停计算';
  const left = v.workdaysLeft;
  const note = left === null ? '' : left > 0 ? `，还剩 ${left} 个工作日` : left === 0 ? '，今天到期' : `，已超过 ${-left} 个工作日`;
  return <><time dateTime={v.dueDate}>{v.dueDate}</time>{note}{v.status === 'consulting' && '（征求意见所需时间不计算在内）'}</>;
}

/** The proof as hidden fields of the page's forms. */
function ProofFields({ proof }: { proof: Proof }) {
  return (
    <>
      <input type="hidden" name="code" value={proof.code} />
      {proof.secret && <input type="hidden" name="secret" value={proof.secret} />}
      {proof.idLast6 && <input type="hidden" name="idLast6" value={proof.idLast6} />}
    </>
  );
}

function CorrectionSection({ d }: { d: StatusPageData }) {
  const c = d.view.correction;
  if (!c || d.view.status !== 'awaiting_correction') return null;
  return (
    <section aria-labelledby="correction-heading">
      <h2 id="correction-heading">需要补正</h2>
      <p>受理机关于{c.on}告知，您的申请需要补正以下内容（条例第三十条）：</p>
      <ol>{c.items.map((item, i) => <li key={i}>{item}</li>)}</ol>
      <p>请于<strong><time dateTime={c.correctBy}>{c.correctBy}</time></strong>前补正；答复期限自收到补正之日起重新计算。无正当理由逾期不补正的，视为放弃申请。</p>
      <form className="apply-form" method="post" action={`${TRACK_PAGE}/correction`} noValidate>
        <ProofFields proof={d.proof} />
        <TextArea
          name="text" label="补正内容" value={d.correctionText} error={d.errors?.text} required rows={6} maxLength={5000}
          hint="请逐项说明补正的内容，例如更准确的文件名称、发文字号、年份或事项。"
        />
        <p><button className="btn" type="submit">提交补正</button></p>
      </form>
    </section>
  );
}

function Letters({ d }: { d: StatusPageData }) {
  if (!d.letters.length) return null;
  return (
    <section aria-labelledby="letters-heading">
      <h2 id="letters-heading">答复书</h2>
      <ul className="letter-list">
        {d.letters.map((l) => (
          <li key={l.id}>
            <p><strong>{l.number}</strong>（{l.issued_on}）{l.result && <>：{resultLabel(l.result)}</>}</p>
            <div className="download-forms">
              {(['docx', 'pdf'] as const).map((format) => (
                <form key={format} method="post" action="/yisqgk/letters">
                  <ProofFields proof={d.proof} />
                  <input type="hidden" name="letterId" value={l.id} />
                  <input type="hidden" name="format" value={format} />
                  <button className="btn btn-secondary" type="submit">
                    下载 {format === 'docx' ? 'Word 文档' : 'PDF 文件'}<span className="visually-hidden">（{l.number}）</span>
                  </button>
                </form>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderStatusPage(ctx: PageContext, d: StatusPageData): string {
  const v = d.view;
  const errors = d.errors ?? {};
  return renderDocument(
    <Layout ctx={ctx} title={titleOf('申请办理进度', errors)}>
      <Breadcrumb here="办理进度" />
      <h1>申请办理进度</h1>
      <ErrorSummary errors={errors} />
      {d.corrected && <p className="success" role="status">补正材料已提交，答复期限自收到补正之日起重新计算。</p>}
      <table className="meta-table">
        <caption>申请信息</caption>
        <tbody>
          <tr><th scope="row">查询码</th><td>{v.trackingCode}</td></tr>
          <tr><th scope="row">办理状态</th><td><strong>{v.statusLabel}</strong></td></tr>
          <tr><th scope="row">受理机关</th><td>{v.to}</td></tr>
          <tr><th scope="row">提交时间</th><td>{minute(v.submittedAt)}</td></tr>
          <tr><th scope="row">收到申请之日</th><td>{v.receivedAt ?? '尚未确认（在线申请以双方确认之日为收到申请之日）'}</td></tr>
          <tr><th scope="row">答复期限</th><td>{dueText(v)}</td></tr>
          {v.result && <tr><th scope="row">办理结果</th><td>{resultLabel(v.result)}</td></tr>}
          {v.payBy && v.status === 'awaiting_payment' && <tr><th scope="row">缴费期限</th><td>{v.payBy}</td></tr>}
          <tr><th scope="row">所需信息</th><td className="pre-wrap">{v.description}</td></tr>
        </tbody>
      </table>
      <CorrectionSection d={d} />
      <Letters d={d} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">办理过程</h2>
        <ol className="timeline">
          {v.timeline.map((t, i) => (
            <li key={i}><time dateTime={t.on}>{t.on}</time>{t.label}{t.detail && <p className="muted">{t.detail}</p>}</li>
          ))}
        </ol>
      </section>
      <p className="actions">
        <a href={TRACK_PAGE}>查询其他申请</a>
        <a href={YISQGK_HOME}>返回依申请公开</a>
      </p>
    </Layout>,
  );
}

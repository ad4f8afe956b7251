import { randomInt } from 'node:crypto';
import { SYSTEM_ACTOR, type AuditActor } from '../../platform/audit/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import { type Applicant, applicantKey, displayName } from './applicant.js';
import { stepProblem } from './clock/index.js';
import { DuplicateRequest, RequestStepRefused, TooManyRequests, TrackingRefused } from './info-requests.errors.js';
import { type RequestEventRow, type RequestRow, requestsRepository as repo } from './info-requests.repository.js';
import type { SubmitInput } from './info-requests.schemas.js';
import { STATUS_LABELS, publicTimeline } from './presenter.js';
import { type RequestContext, clockEvents, descriptionKey } from './request-context.js';

/** Crockford base32 without I L O U: codes read aloud over the phone survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Abuse limits for online submission (per person; the route also limits per IP). */
export const PER_APPLICANT_LIMIT = { count: 10, hours: 24 };
/** An open request with the same applicant and description within this many days is a duplicate. */
const DUPLICATE_DAYS = 30;


/** The office's last 补正告知 (第三十条): what to supplement and by when; null when none was sent. */
function latestCorrection(events: readonly RequestEventRow[]): { on: string; items: string[]; correctBy: string } | null {
  const e = [...events].reverse().find((x) => x.type === 'correction_requested');
  if (!e) return null;
  const data = JSON.parse(e.data) as { items?: unknown; correctBy?: unknown };
  return { on: e.on_date, items: Array.isArray(data.items) ? data.items.map(String) : [], correctBy: String(data.correctBy ?? '') };
}

export function createSubmitUseCases(ctx: RequestContext) {
  const { db, deps } = ctx;

  async function byCode(code: string, proof: { secret?: string; idLast6?: string }): Promise<RequestRow> {
    const row = await repo.findByTrackingCode(db, code.trim().toUpperCase());
    if (!row) throw new TrackingRefused();
    if (proof.secret && deps.cipher.matches('secret', `${row.tracking_code}:${proof.secret.trim().toUpperCase()}`, row.secret_digest)) return row;
    if (proof.idLast6 && /^[0-9A-Za-z]{6}$/.test(proof.idLast6.trim())) {
      const a = ctx.applicant(row);
      const id = a.type === 'natural' ? a.idNumber : a.creditCode;
      if (id.slice(-6).toUpperCase() === proof.idLast6.trim().toUpperCase()) return row;
    }
    throw new TrackingRefused();
  }

  return {
    /**
     * 在线申请: stored durably before the answer (the commit is the acknowledgement). Not yet
     * received in law: 第三十一条 counts an online application from the day both sides confirm it,
     * which the office does when it registers it.
     * @throws ValidationError (unknown organisation), DuplicateRequest, TooManyRequests
     */
    async submit(input: SubmitInput, meta: { ip?: string } = {}): Promise<{ trackingCode: string; secret: string; row: RequestRow }> {
      const org = await deps.orgs.findByCode(input.to.trim());
      if (!org || org.status !== 'active') {
        throw new ValidationError(`受理机关“${input.to.slice(0, 30)}”不存在或已停用，请选择正确的机关`, [{ path: 'body.to', message: '受理机关不存在或已停用' }]);
      }
      const now = deps.clock.now();
      const applicantDigest = deps.cipher.digest('applicant', applicantKey(input.applicant));
      const descriptionDigest = deps.cipher.digest('description', descriptionKey(input.description));
      const recent = await repo.recentByApplicant(db, applicantDigest, new Date(now.getTime() - DUPLICATE_DAYS * 86_400_000).toISOString());
      const dup = recent.find((r) => r.description_digest === descriptionDigest && r.status !== 'closed');
      if (dup) throw new DuplicateRequest(dup.tracking_code, shanghaiIso(dup.submitted_at).slice(0, 10));
      const since = now.getTime() - PER_APPLICANT_LIMIT.hours * 3_600_000;
      if (recent.filter((r) => Date.parse(r.submitted_at) >= since).length >= PER_APPLICANT_LIMIT.count) throw new TooManyRequests(PER_APPLICANT_LIMIT.count, PER_APPLICANT_LIMIT.hours);

      const secret = randomCode(10);
      const actor: AuditActor = { ...SYSTEM_ACTOR, name: `申请人（${displayName(input.applicant)}）`, ip: meta.ip ?? null };
      return db.transaction().execute(async (trx) => {
        let trackingCode = '';
        for (let i = 0; i < 5 && !trackingCode; i++) {
          const c = `${ctx.today().slice(0, 4)}-${randomCode(4)}-${randomCode(4)}`;
          if (!(await repo.findByTrackingCode(trx, c))) trackingCode = c;
        }
        const row = await ctx.insertRequest(trx, { trackingCode, secret, orgId: org.id, channel: 'online', source: 'public', status: 'awaiting_confirmation', input });
        const after = await ctx.append(trx, actor, row, { type: 'submitted', on: ctx.today(), summary: `在线提交政府信息公开申请（查询码 ${trackingCode}，向${org.name}）` });
        if (deps.mail && input.applicant.email) {
          // The secret is not in the mail: mail is not a safe channel, and the acknowledgement page showed it once.
          await deps.mail.enqueue(trx, {
            to: input.applicant.email, related: { type: 'info_request', id: row.id },
            subject: `已收到您的政府信息公开申请（查询码 ${trackingCode}）`,
            text: `${input.applicant.name}：\n\n您向${org.name}提交的政府信息公开申请已保存，查询码为 ${trackingCode}。\n按照《中华人民共和国政府信息公开条例》第三十一条，通过互联网提交的申请以双方确认之日为收到申请之日；${org.name}确认受理后，将在收到申请之日起20个工作日内答复。\n您可以凭查询码和查询密码（或证件号码后六位）在政府信息公开平台“依申请公开—查询”页面查看办理进度。\n\n${org.name}`,
          });
        }
        return { trackingCode, secret, row: after };
      });
    },

    /** The applicant's view: status, dates, what is asked of them, the reply. @throws TrackingRefused */
    async track(code: string, proof: { secret?: string; idLast6?: string }) {
      const row = await byCode(code, proof);
      const { events, clock } = await ctx.clockOf(row);
      const org = (await deps.orgs.listAllRows()).find((o) => o.id === row.org_id);
      return {
        trackingCode: row.tracking_code,
        status: clock.status,
        statusLabel: STATUS_LABELS[clock.status],
        to: org?.name ?? '',
        submittedAt: shanghaiIso(row.submitted_at),
        receivedAt: clock.receivedOn,
        dueDate: clock.dueOn,
        workdaysLeft: clock.workdaysLeft,
        correctBy: clock.correctBy,
        payBy: clock.payBy,
        result: clock.result,
        closedOn: clock.closedOn,
        description: row.description,
        timeline: publicTimeline(events),
        correction: latestCorrection(events),
        row,
      };
    },

    /** 补正 online (第三十条): the corrected application is received today; the clock restarts. */
    async correct(code: string, proof: { secret?: string; idLast6?: string }, text: string) {
      const row = await byCode(code, proof);
      const { clock } = await ctx.clockOf(row);
      const on = ctx.today();
      const problem = stepProblem(ctx.cal(), clock, { type: 'corrected', on }, on, ctx.rules);
      if (problem) throw new RequestStepRefused(problem, clock.status);
      const actor: AuditActor = { ...SYSTEM_ACTOR, name: `申请人（${row.applicant_display}）` };
      await db.transaction().execute((trx) => ctx.append(trx, actor, row, { type: 'corrected', on, data: { text, channel: 'online' }, summary: `申请人在线提交补正材料（查询码 ${row.tracking_code}）` }));
      return this.track(code, proof);
    },

    clockEvents,
  };
}

export type { Applicant };

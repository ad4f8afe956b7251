import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import { addWorkdays } from '../../platform/calendar/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { type ClockEvent, perItemFee, perVolumeFee, describeFee, stepProblem } from './clock/index.js';
import { assertCanApproveExtension, assertCanHandle } from './info-requests.policy.js';
import { RequestStepRefused } from './info-requests.errors.js';
import { type RequestRow, requestsRepository as repo } from './info-requests.repository.js';
import type { SubmitInput } from './info-requests.schemas.js';
import type { Conn, RequestContext } from './request-context.js';
import { CHANNEL_LABELS, type Channel, type ResultCode } from './vocabulary.js';

type Step = { type: ClockEvent['type'] | 'assigned' | 'note' | 'delivered'; on: string; data?: Record<string, unknown>; note?: string | null; summary: string };

/**
 * The office's steps on a request. Each is checked against the statutory clock (stepProblem) and
 * appended as one event (RequestContext.append): status and due date follow from the log.
 */
export function createHandlingUseCases(ctx: RequestContext) {
  const { db, deps } = ctx;

  /** Checks the step against the clock, then appends it, in one transaction with a fresh read. */
  async function step(p: Principal, actor: AuditActor, id: number, s: Step, then?: (trx: Conn, row: RequestRow) => Promise<void>): Promise<RequestRow> {
    return db.transaction().execute(async (trx) => {
      const row = await ctx.getInScope(p, id, trx);
      if (s.type !== 'assigned' && s.type !== 'note' && s.type !== 'delivered') {
        const { clock } = await ctx.clockOf(row, trx);
        const problem = stepProblem(ctx.cal(), clock, { ...(s.data ?? {}), type: s.type, on: s.on } as ClockEvent, ctx.today(), ctx.rules);
        if (problem) throw new RequestStepRefused(problem, clock.status);
      }
      const after = await ctx.append(trx, actor, row, s);
      if (then) await then(trx, after);
      return after;
    });
  }

  /** Mails the applicant (when they gave an address) inside the step's transaction: queued exactly when the step commits. */
  const tell = (subject: (row: RequestRow) => string, text: (row: RequestRow, name: string) => string) => async (trx: Conn, row: RequestRow) => {
    const a = ctx.applicant(row);
    if (!deps.mail || !a.email) return;
    await deps.mail.enqueue(trx, { to: a.email, related: { type: 'info_request', id: row.id }, subject: subject(row), text: text(row, a.name) });
  };

  async function registerNo(trx: Parameters<typeof repo.nextNumber>[0], orgId: number, on: string): Promise<string> {
    const year = Number(on.slice(0, 4));
    const n = await repo.nextNumber(trx, orgId, year, 'register');
    return `${year}-${String(n).padStart(4, '0')}`;
  }

  return {
    /**
     * 登记 an application that did not come online (当面、信函、平常信函、传真、电子邮件), with its
     * receipt date by channel (第三十一条).
     */
    async register(p: Principal, actor: AuditActor, input: SubmitInput & { channel: string; receivedOn: string; note?: string }): Promise<RequestRow> {
      assertCanHandle(p);
      const org = await deps.orgs.findByCode(input.to.trim());
      if (!org || org.status !== 'active' || !inScope(p, org.path)) {
        throw new ValidationError('受理机关不存在、已停用或不在您的管辖范围内', [{ path: 'body.to', message: '受理机关无效' }]);
      }
      if (input.receivedOn > ctx.today()) throw new ValidationError('收到申请之日不能晚于今天', [{ path: 'body.receivedOn', message: '不能晚于今天' }]);
      return db.transaction().execute(async (trx) => {
        const no = await registerNo(trx, org.id, input.receivedOn);
        const trackingCode = `${input.receivedOn.slice(0, 4)}-${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`;
        // Registered offline: there is no applicant secret to give (the office tells them the code).
        const row = await ctx.insertRequest(trx, { trackingCode, secret: randomUUID(), orgId: org.id, channel: input.channel, source: 'staff', status: 'in_progress', input });
        return ctx.append(trx, actor, row, {
          type: 'received', on: input.receivedOn, data: { channel: input.channel, registerNo: no }, note: input.note ?? null,
          summary: `登记${CHANNEL_LABELS[input.channel as Channel]}申请（登记号 ${no}，收到之日 ${input.receivedOn}）`,
        });
      });
    },

    /** 确认受理 an online application: the day both sides confirm is its receipt date (第三十一条). */
    async confirm(p: Principal, actor: AuditActor, id: number, receivedOn: string, note?: string): Promise<RequestRow> {
      assertCanHandle(p);
      return db.transaction().execute(async (trx) => {
        const row = await ctx.getInScope(p, id, trx);
        const { clock } = await ctx.clockOf(row, trx);
        const problem = stepProblem(ctx.cal(), clock, { type: 'received', on: receivedOn, channel: 'online' }, ctx.today(), ctx.rules);
        if (problem) throw new RequestStepRefused(problem, clock.status);
        const no = await registerNo(trx, row.handling_org_id, receivedOn);
        return ctx.append(trx, actor, row, { type: 'received', on: receivedOn, data: { channel: 'online', registerNo: no }, note: note ?? null, summary: `确认受理在线申请（登记号 ${no}，收到之日 ${receivedOn}）` });
      });
    },

    /** 交办: another organisation in the caller's scope handles it (the clock is not affected). */
    async assign(p: Principal, actor: AuditActor, id: number, orgId: number, note?: string) {
      assertCanHandle(p);
      const target = (await deps.orgs.listAllRows()).find((o) => o.id === orgId);
      if (!target || target.status !== 'active' || !inScope(p, target.path)) throw new ValidationError('承办机构不存在或不在您的管辖范围内', [{ path: 'body.orgId', message: '承办机构无效' }]);
      return step(p, actor, id, { type: 'assigned', on: ctx.today(), data: { orgId, orgName: target.name }, note: note ?? null, summary: `交由${target.name}承办` });
    },

    /** 补正告知 (第三十条): once, within 7 working days of receipt, listing everything missing. */
    async requestCorrection(p: Principal, actor: AuditActor, id: number, input: { on: string; items: string[]; correctWithinWorkdays?: number; correctBy?: string }) {
      assertCanHandle(p);
      const correctBy = input.correctBy ?? addWorkdays(ctx.cal(), input.on, input.correctWithinWorkdays ?? 15);
      return step(p, actor, id, { type: 'correction_requested', on: input.on, data: { correctBy, items: input.items }, summary: `一次性告知申请人补正（${input.items.length}项，补正期限至${correctBy}）` }, tell((row) => `请补正您的政府信息公开申请（查询码 ${row.tracking_code}）`, (row, name) => `${name}：\n\n您的政府信息公开申请（查询码 ${row.tracking_code}）内容不够明确，依照《中华人民共和国政府信息公开条例》第三十条，请补正以下内容：\n${input.items.map((it, i) => `${i + 1}. ${it}`).join('\n')}\n\n请于${correctBy}前通过政府信息公开平台“依申请公开—查询”页面在线提交补正，答复期限自收到补正之日起重新计算。无正当理由逾期不补正的，视为放弃申请。`));
    },

    /** A correction received offline (letter, in person). */
    async recordCorrection(p: Principal, actor: AuditActor, id: number, input: { on: string; note?: string }) {
      assertCanHandle(p);
      return step(p, actor, id, { type: 'corrected', on: input.on, data: { channel: 'offline' }, note: input.note ?? null, summary: `收到补正材料（${input.on}），答复期限重新起算` });
    },

    /** 征求第三方或其他机关意见 (第三十二条、第三十四条): the time does not count. */
    async startConsultation(p: Principal, actor: AuditActor, id: number, input: { on: string; party: string; kind: 'third_party' | 'other_organ' }) {
      assertCanHandle(p);
      const consultationId = randomUUID().slice(0, 8);
      return step(p, actor, id, { type: 'consultation_started', on: input.on, data: { consultationId, party: input.party, kind: input.kind }, summary: `书面征求${input.party}意见` });
    },

    async endConsultation(p: Principal, actor: AuditActor, id: number, input: { on: string; consultationId: string; opinion: 'agree' | 'object' | 'no_reply'; note?: string }) {
      assertCanHandle(p);
      const label = { agree: '同意公开', object: '不同意公开', no_reply: '逾期未答复' }[input.opinion];
      return step(p, actor, id, { type: 'consultation_ended', on: input.on, data: { consultationId: input.consultationId, opinion: input.opinion }, note: input.note ?? null, summary: `征求意见结束：${label}` });
    },

    /** 延期答复 (第三十三条第二款): approved by the head of the office (a leader), at most 20 working days. */
    async extend(p: Principal, actor: AuditActor, id: number, input: { on: string; workdays: number; reason: string }) {
      assertCanApproveExtension(p);
      return step(p, actor, id, { type: 'extended', on: input.on, data: { workdays: input.workdays, reason: input.reason, approvedBy: actor.name }, summary: `经批准延期答复${input.workdays}个工作日：${input.reason}` },
        // 第三十三条第二款: the applicant is told of the extension.
        tell((row) => `延期答复告知（查询码 ${row.tracking_code}）`, (row, name) => `${name}：\n\n您的政府信息公开申请（查询码 ${row.tracking_code}）因${input.reason}，需要延长答复期限。经政府信息公开工作机构负责人同意，依照《中华人民共和国政府信息公开条例》第三十三条第二款，答复期限延长${input.workdays}个工作日，延长后的答复期限为${row.due_on ?? ''}。`));
    },

    /** 收费通知 (第四十二条): 按件 or 按量 under 国办函〔2020〕109号; the clock pauses until payment. */
    async notifyFee(p: Principal, actor: AuditActor, id: number, input: { on: string; method: 'per_item' | 'per_volume'; quantity: number; previousItemsThisMonth?: number }) {
      assertCanHandle(p);
      const fee = input.method === 'per_item' ? perItemFee(input.previousItemsThisMonth ?? 0, input.quantity) : perVolumeFee(input.quantity);
      if (fee.amountYuan <= 0) throw new ValidationError(`按${input.method === 'per_item' ? '件' : '量'}计算应收费用为0元，不需要发出收费通知（${describeFee(fee)}）`, [{ path: 'body.quantity', message: '未达到收费标准' }]);
      const payBy = addWorkdays(ctx.cal(), input.on, ctx.rules.feePaymentWorkdays);
      return step(p, actor, id, { type: 'fee_notified', on: input.on, data: { payBy, amountYuan: fee.amountYuan, method: input.method, quantity: input.quantity, explanation: describeFee(fee) }, summary: `发出收费通知：${fee.amountYuan}元，缴费期限至${payBy}` },
        tell((row) => `信息处理费收费通知（查询码 ${row.tracking_code}）`, (row, name) => `${name}：\n\n您的政府信息公开申请（查询码 ${row.tracking_code}）申请数量、频次明显超过合理范围，依照《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》，应缴纳信息处理费${fee.amountYuan}元（${describeFee(fee)}）。\n请于${payBy}前缴纳；缴费期间不计入答复期限，逾期未缴纳的，本机关不再处理该申请。`));
    },

    async recordPayment(p: Principal, actor: AuditActor, id: number, input: { on: string }) {
      assertCanHandle(p);
      return step(p, actor, id, { type: 'fee_paid', on: input.on, summary: `申请人已缴纳信息处理费（${input.on}）` });
    },

    /**
     * Ends a request without a reply letter: the applicant withdrew (other.other), or a correction /
     * payment did not come in time (other.correctionOverdue / other.feeUnpaid — 条例第三十条、第四十二条).
     */
    async terminate(p: Principal, actor: AuditActor, id: number, input: { on: string; result: Extract<ResultCode, 'other.correctionOverdue' | 'other.feeUnpaid' | 'other.other'>; reason: string }) {
      assertCanHandle(p);
      return step(p, actor, id, { type: 'closed', on: input.on, data: { result: input.result, reason: input.reason }, summary: `终止办理：${input.reason}` });
    },

    /** A free-text handling note (内部办理记录), not shown to the applicant. */
    async note(p: Principal, actor: AuditActor, id: number, text: string) {
      assertCanHandle(p);
      return step(p, actor, id, { type: 'note', on: ctx.today(), note: text, summary: '添加办理记录' });
    },

    /** 送达: how and when the reply reached the applicant (第四十五条 登记、审核、办理、答复、归档). */
    async recordDelivery(p: Principal, actor: AuditActor, id: number, input: { on: string; method: string; note?: string }) {
      assertCanHandle(p);
      return step(p, actor, id, { type: 'delivered', on: input.on, data: { method: input.method }, note: input.note ?? null, summary: `答复已送达（${input.method}，${input.on}）` });
    },

    step,
  };
}

import { type AuditActor, SYSTEM_ACTOR } from '../../platform/audit/index.js';
import { type Principal, SYSTEM_PRINCIPAL } from '../../platform/auth/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import type { FileStore } from '../../platform/files/index.js';
import type { Mailer } from '../../platform/mail/index.js';
import { findCjkFonts } from '../../platform/render/index.js';
import { stepProblem } from './clock/index.js';
import { assertCanHandle } from './info-requests.policy.js';
import { RequestStepRefused } from './info-requests.errors.js';
import { requestsRepository as repo } from './info-requests.repository.js';
import { type LetterModel, buildLetter, renderLetterDocx, renderLetterPdf } from './letters/index.js';
import type { RequestContext } from './request-context.js';
import type { TemplateUseCases } from './templates.service.js';
import type { ResultCode } from './vocabulary.js';

export interface ReplyInput {
  /** The day the reply is made (答复日期). */
  on: string;
  result: ResultCode;
  /** The template's fields (reason, infoLocation …). */
  fields: Record<string, string>;
}

/**
 * 答复 (条例第三十六条—第三十九条): the result type, the letter in 公文 layout with its legal basis and
 * remedies, and the end of the clock — one transaction for the event, the letter row and the mail to
 * the applicant. The DOCX is made at once; the PDF on first download (it needs the CJK fonts).
 */
export function createReplyUseCases(ctx: RequestContext, templates: TemplateUseCases, io: { files: FileStore; mail?: Mailer }) {
  const { db, deps } = ctx;

  async function letterRow(requestId: number, letterId: number) {
    const l = await db.selectFrom('info_request_letters').selectAll().where('id', '=', letterId).where('request_id', '=', requestId).executeTakeFirst();
    if (!l) throw new NotFoundError('答复书', 'INFO_REQUEST_LETTER_NOT_FOUND');
    return l;
  }

  /** The letter as a file: DOCX as stored, PDF rendered once and kept. */
  async function file(l: { id: number; number: string; model: string; docx_key: string; pdf_key: string | null }, format: 'docx' | 'pdf') {
    const name = `${l.number}.${format}`;
    if (format === 'docx') return { name, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', path: io.files.path(l.docx_key) };
    let key = l.pdf_key;
    if (!key) {
      const pdf = await renderLetterPdf(JSON.parse(l.model) as LetterModel, await findCjkFonts());
      key = (await io.files.put(pdf)).key;
      await db.updateTable('info_request_letters').set({ pdf_key: key }).where('id', '=', l.id).execute();
    }
    return { name, mime: 'application/pdf', path: io.files.path(key) };
  }

  return {
    /** @throws RequestStepRefused (the clock's rules), LETTER_FIELD_MISSING (what the letter lacks) */
    async reply(p: Principal, actor: AuditActor, id: number, input: ReplyInput) {
      assertCanHandle(p);
      const row = await ctx.getInScope(p, id);
      const { clock } = await ctx.clockOf(row);
      const problem = stepProblem(ctx.cal(), clock, { type: 'closed', on: input.on, result: input.result }, ctx.today(), ctx.rules);
      if (problem) throw new RequestStepRefused(problem, clock.status);
      const [{ template, version }, settings, org] = await Promise.all([
        templates.effective(row.handling_org_id, input.result), templates.settings(row.handling_org_id),
        deps.orgs.listAllRows().then((all) => all.find((o) => o.id === row.handling_org_id)!),
      ]);
      const applicant = ctx.applicant(row);
      const year = Number(input.on.slice(0, 4));
      // The number is drawn inside the transaction below; the letter is built first with a stand-in so a
      // missing field fails before any number is used up.
      const draft = (number: string) => buildLetter({
        template, orgName: org.name, letterNumber: number, applicantName: applicant.name, receivedOn: clock.receivedOn ?? input.on,
        description: row.description, fields: input.fields, remedy: { reviewBody: settings.reviewBody, court: settings.court }, issuedOn: input.on,
      });
      draft(`${settings.letterPrefix}〔${year}〕0号`);
      return db.transaction().execute(async (trx) => {
        const n = await repo.nextNumber(trx, row.handling_org_id, year, 'letter');
        const model = draft(`${settings.letterPrefix}〔${year}〕${n}号`);
        const docx = await io.files.put(await renderLetterDocx(model));
        const letter = await trx.insertInto('info_request_letters').values({
          request_id: row.id, number: model.number, kind: 'reply', result: input.result, model: JSON.stringify(model), docx_key: docx.key, pdf_key: null,
          issued_on: input.on, created_at: deps.clock.now().toISOString(), created_by: actor.userId,
        }).returning('id').executeTakeFirstOrThrow();
        const fresh = (await repo.findById(trx, row.id))!;
        const after = await ctx.append(trx, actor, fresh, {
          type: 'closed', on: input.on, data: { result: input.result, letterId: letter.id, letterNumber: model.number, templateVersion: version, fields: input.fields },
          summary: `答复申请：${template.label}（${model.number}）`,
        });
        if (io.mail && applicant.email) {
          await io.mail.enqueue(trx, {
            to: applicant.email, related: { type: 'info_request', id: row.id },
            subject: `您的政府信息公开申请已答复（查询码 ${row.tracking_code}）`,
            text: `${applicant.name}：\n\n您向${org.name}提出的政府信息公开申请（查询码 ${row.tracking_code}）已于${input.on}答复，答复书文号为${model.number}。\n请凭查询码和查询密码（或证件号码后六位）在政府信息公开平台“依申请公开—查询”页面查看并下载答复书。\n\n${org.name}`,
          });
        }
        return { request: after, letterId: letter.id, number: model.number };
      });
    },

    /**
     * 逾期不补正 / 逾期未缴费 (条例第三十条, 第四十二条 and 国办函〔2020〕109号): requests whose applicant let the
     * deadline pass are ended by the system with the 告知书 of that result (other.correctionOverdue /
     * other.feeUnpaid), so the annual report counts them where the format says. Returns how many.
     */
    async lapseDue(log?: { warn(obj: object, msg: string): void }): Promise<number> {
      const today = ctx.today();
      const waiting = await db.selectFrom('info_requests').selectAll().where('status', 'in', ['awaiting_correction', 'awaiting_payment']).execute();
      const actor: AuditActor = { ...SYSTEM_ACTOR, name: '系统（申请人逾期，自动办结）' };
      let done = 0;
      for (const row of waiting) {
        const { events, clock } = await ctx.clockOf(row);
        const last = (type: string) => [...events].reverse().find((e) => e.type === type);
        let input: ReplyInput | null = null;
        if (clock.status === 'awaiting_correction' && clock.correctBy && today > clock.correctBy) {
          input = { on: today, result: 'other.correctionOverdue', fields: { noticeOn: last('correction_requested')!.on_date, correctionDueOn: clock.correctBy } };
        } else if (clock.status === 'awaiting_payment' && clock.payBy && today > clock.payBy) {
          const notice = last('fee_notified')!;
          input = { on: today, result: 'other.feeUnpaid', fields: { noticeOn: notice.on_date, fee: String((JSON.parse(notice.data) as { amountYuan: number }).amountYuan) } };
        }
        if (!input) continue;
        try {
          await this.reply(SYSTEM_PRINCIPAL, actor, row.id, input);
          done += 1;
        } catch (err) {
          // One request's problem (say, an edited template that lost a field) must not stop the others.
          log?.warn({ err, requestId: row.id }, 'could not end a lapsed information request');
        }
      }
      return done;
    },

    /** The request's letters (staff). */
    async letters(p: Principal, id: number) {
      const row = await ctx.getInScope(p, id);
      const rows = await db.selectFrom('info_request_letters').select(['id', 'number', 'kind', 'result', 'issued_on', 'created_at']).where('request_id', '=', row.id).orderBy('id').execute();
      return rows.map((l) => ({ id: l.id, number: l.number, kind: l.kind, result: l.result, issuedOn: l.issued_on, docxUrl: `/api/v1/info-requests/${row.id}/letters/${l.id}.docx`, pdfUrl: `/api/v1/info-requests/${row.id}/letters/${l.id}.pdf` }));
    },

    async staffFile(p: Principal, id: number, letterId: number, format: 'docx' | 'pdf') {
      const row = await ctx.getInScope(p, id);
      return file(await letterRow(row.id, letterId), format);
    },

    /** For the applicant, after the tracking check (the caller has already matched code and proof). */
    async publicLetters(requestId: number) {
      return db.selectFrom('info_request_letters').select(['id', 'number', 'issued_on', 'result']).where('request_id', '=', requestId).orderBy('id').execute();
    },

    async publicFile(requestId: number, letterId: number, format: 'docx' | 'pdf') {
      return file(await letterRow(requestId, letterId), format);
    },
  };
}

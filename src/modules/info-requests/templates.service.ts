import type { AuditActor } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { assertCanManageTemplates } from './info-requests.policy.js';
import { DEFAULT_REPLY_TEMPLATES, LetterTemplateInvalid, type ReplyTemplate, checkTemplate } from './letters/index.js';
import type { RequestContext } from './request-context.js';
import type { ResultCode } from './vocabulary.js';

export interface LetterSettings {
  orgId: number;
  /** 机关代字 of reply letters: 菏财依复 → 菏财依复〔2026〕3号. */
  letterPrefix: string;
  /** 行政复议机关 named in the remedy paragraph. */
  reviewBody: string;
  /** 行政诉讼 court named in the remedy paragraph. */
  court: string;
  isDefault: boolean;
}

/**
 * The reason library (答复模板): each result code's wording and legal basis, editable per organisation
 * and versioned (a letter records the version it used), and the organisation's letter settings.
 */
export function createTemplateUseCases(ctx: RequestContext) {
  const { db, deps } = ctx;

  async function orgRow(orgId: number) {
    const o = (await deps.orgs.listAllRows()).find((r) => r.id === orgId);
    if (!o) throw new ValidationError('机构不存在', [{ path: 'orgId', message: '机构不存在' }]);
    return o;
  }

  async function latest(orgId: number, code: ResultCode) {
    return db.selectFrom('info_request_reasons').selectAll().where('org_id', '=', orgId).where('code', '=', code).orderBy('version', 'desc').limit(1).executeTakeFirst();
  }

  return {
    /** The template in force for an organisation: its latest edit, or the platform's default (version 0). */
    async effective(orgId: number, code: ResultCode): Promise<{ template: ReplyTemplate; version: number }> {
      const base = DEFAULT_REPLY_TEMPLATES[code];
      const row = await latest(orgId, code);
      if (!row) return { template: base, version: 0 };
      return { template: { ...base, article: row.article, letterTitle: row.title, body: row.body, articleWhen: row.article === base.article ? base.articleWhen : undefined }, version: row.version };
    },

    async list(p: Principal, orgId: number) {
      const o = await orgRow(orgId);
      if (!inScope(p, o.path)) throw new ValidationError('该机构不在您的管辖范围内', [{ path: 'orgId', message: '不在管辖范围内' }]);
      const out = [];
      for (const code of Object.keys(DEFAULT_REPLY_TEMPLATES) as ResultCode[]) {
        const { template, version } = await this.effective(orgId, code);
        out.push({ ...template, version, edited: version > 0 });
      }
      return out;
    },

    /** Saves an edited template as a new version. @throws LetterTemplateInvalid naming what the edit broke. */
    async save(p: Principal, actor: AuditActor, orgId: number, code: ResultCode, edit: { article: string; letterTitle: string; body: string }) {
      assertCanManageTemplates(p);
      const o = await orgRow(orgId);
      if (!inScope(p, o.path)) throw new ValidationError('该机构不在您的管辖范围内', [{ path: 'orgId', message: '不在管辖范围内' }]);
      const candidate: ReplyTemplate = { ...DEFAULT_REPLY_TEMPLATES[code], ...edit };
      const problems = checkTemplate(candidate);
      if (problems.length) throw new LetterTemplateInvalid(problems);
      return db.transaction().execute(async (trx) => {
        const prev = await trx.selectFrom('info_request_reasons').select('version').where('org_id', '=', orgId).where('code', '=', code).orderBy('version', 'desc').limit(1).executeTakeFirst();
        const version = (prev?.version ?? 0) + 1;
        await trx.insertInto('info_request_reasons').values({ org_id: orgId, code, version, article: edit.article, title: edit.letterTitle, body: edit.body, created_at: deps.clock.now().toISOString(), created_by: actor.userId }).execute();
        await deps.audit.record(trx, actor, { action: 'info_request.template.save', entityType: 'info_request_template', entityId: `${orgId}:${code}`, orgId, summary: `修改答复模板“${candidate.label}”（第${version}版）`, after: edit });
        return { ...candidate, version, edited: true };
      });
    },

    /** Letter settings with sensible defaults: 复议机关 = the supervising government (行政复议法 2023 第二十四条). */
    async settings(orgId: number): Promise<LetterSettings> {
      const row = await db.selectFrom('info_request_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
      if (row) return { orgId, letterPrefix: row.letter_prefix, reviewBody: row.review_body, court: row.court, isDefault: false };
      const all = await deps.orgs.listAllRows();
      const o = all.find((r) => r.id === orgId)!;
      const parent = all.find((r) => r.id === o.parent_id);
      // A department's review body is its own government, a government's the one above it: the parent either way.
      return {
        orgId, letterPrefix: `${o.short_name ?? o.name}依申请公开答复`, reviewBody: parent?.name ?? '上一级人民政府',
        court: '有管辖权的人民法院', isDefault: true,
      };
    },

    async saveSettings(p: Principal, actor: AuditActor, orgId: number, s: { letterPrefix: string; reviewBody: string; court: string }) {
      assertCanManageTemplates(p);
      const o = await orgRow(orgId);
      if (!inScope(p, o.path)) throw new ValidationError('该机构不在您的管辖范围内', [{ path: 'orgId', message: '不在管辖范围内' }]);
      const now = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('info_request_settings').where('org_id', '=', orgId).execute();
        await trx.insertInto('info_request_settings').values({ org_id: orgId, letter_prefix: s.letterPrefix, review_body: s.reviewBody, court: s.court, updated_at: now, updated_by: actor.userId }).execute();
        await deps.audit.record(trx, actor, { action: 'info_request.settings.save', entityType: 'org', entityId: orgId, orgId, summary: `修改依申请公开文书设置（文号代字“${s.letterPrefix}”）`, after: s });
      });
      return this.settings(orgId);
    },
  };
}

export type TemplateUseCases = ReturnType<typeof createTemplateUseCases>;

import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { offsetOf, type Page } from '../../platform/db/index.js';
import { htmlToText, sanitizeBody } from '../../platform/html/index.js';
import type { Conn, DocumentContext } from './document-context.js';
import { parseDocNumber } from './doc-number.js';
import { DocumentStateConflict, DocumentVersionConflict, InvalidDocumentField } from './publications.errors.js';
import { assertCanEdit } from './publications.policy.js';
import { EVENT_LABELS, presentListItem } from './publications.presenter.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import type { CreateDocumentInput, DocumentListItem, DocumentView, ListDocumentsQuery, UpdateDocumentInput } from './publications.schemas.js';
import { topicLabel } from './topics.js';
import { timelinessOf } from './timeliness.js';
import { shanghaiDate } from '../../platform/time/index.js';
import type { DocumentStatus } from './vocabulary.js';

export const EDITABLE: DocumentStatus[] = ['draft', 'returned'];

/**
 * A document the caller may change now: an editor's role, in scope, and still a draft.
 * @throws ForbiddenError, DocumentNotFound, DocumentStateConflict (naming `action`)
 */
export async function editableDocument(ctx: DocumentContext, p: Principal, id: number, action: string): Promise<DocumentRow> {
  assertCanEdit(p);
  const doc = await ctx.getInScope(p, id);
  if (!EDITABLE.includes(doc.status as DocumentStatus)) throw new DocumentStateConflict(doc.status as DocumentStatus, action);
  return doc;
}

/** Normalises the fields both create and update accept. @throws InvalidDocumentField */
export function normaliseFields(input: Partial<CreateDocumentInput>, maxYear: number) {
  const out: Record<string, unknown> = {};
  if (input.docNumber !== undefined) {
    if (input.docNumber === null || input.docNumber === '') out.doc_number = null;
    else {
      const r = parseDocNumber(input.docNumber, { maxYear });
      if (!r.ok) throw new InvalidDocumentField('docNumber', r.reason);
      out.doc_number = r.value.normalized;
    }
  }
  if (input.topic !== undefined) {
    if (input.topic !== null && !topicLabel(input.topic)) throw new InvalidDocumentField('topic', `主题分类代码“${input.topic}”不存在`);
    out.topic = input.topic;
  }
  if (input.bodyHtml !== undefined) {
    out.body_html = sanitizeBody(input.bodyHtml);
    out.body_text = htmlToText(out.body_html as string);
  }
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) throw new InvalidDocumentField('validTo', '有效期截止日期不能早于起始日期');
  const simple: [keyof CreateDocumentInput, string][] = [
    ['orgId', 'org_id'], ['title', 'title'], ['writtenAt', 'written_at'], ['genre', 'genre'], ['keywords', 'keywords'], ['summary', 'summary'],
    ['disclosure', 'disclosure'], ['disclosureGround', 'disclosure_ground'], ['audience', 'audience'], ['validity', 'validity'], ['validFrom', 'valid_from'], ['validTo', 'valid_to'],
  ];
  for (const [k, col] of simple) if (input[k] !== undefined) out[col] = input[k];
  if (input.channels !== undefined) out.channels = JSON.stringify([...new Set(input.channels)]);
  if (input.isNormative !== undefined) out.is_normative = input.isNormative ? 1 : 0;
  if (input.disclosure === 'active') out.disclosure_ground = null;
  return out;
}

/** 起草 and editing of drafts; lists and history for the console. */
export function createDraftUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;

  async function checkJointOrgs(p: Principal, ids: number[]): Promise<void> {
    // A joint issuer (联合发文) may be any active organisation of the installation, not only the caller's subtree.
    for (const id of ids) {
      const o = await ctx.org(id);
      if (o.status !== 'active' || o.name === '（未知机构）') throw new InvalidDocumentField('jointOrgIds', `联合发文机关（编号 ${id}）不存在或已停用`);
    }
    void p;
  }

  return {
    async list(p: Principal, q: ListDocumentsQuery): Promise<Page<DocumentListItem>> {
      let orgIds = await ctx.scopeOrgIds(p);
      if (q.orgId !== undefined) orgIds = orgIds === null || orgIds.includes(q.orgId) ? [q.orgId] : [];
      const { rows, total } = await repo.list(db, {
        orgIds: orgIds ?? undefined, status: q.status, q: q.q, late: q.late === 'true', createdBy: q.mine === 'true' ? p.userId : undefined,
        overdueOn: q.overdue === 'true' ? shanghaiDate(deps.clock.now()) : undefined,
        offset: offsetOf(q), limit: q.pageSize,
      });
      const look = await ctx.lookup();
      return { items: rows.map((r) => presentListItem(r, look)), total };
    },

    async get(p: Principal, id: number): Promise<DocumentView> {
      return ctx.view(await ctx.getInScope(p, id));
    },

    /** @throws ForbiddenError, DocumentNotFound (organisation outside scope), InvalidDocumentField */
    async create(p: Principal, actor: AuditActor, input: CreateDocumentInput): Promise<DocumentView> {
      assertCanEdit(p);
      await ctx.assertOrgInScope(p, input.orgId);
      await checkJointOrgs(p, input.jointOrgIds);
      const fields = normaliseFields(input, deps.clock.now().getUTCFullYear() + 1);
      const now = deps.clock.now().toISOString();
      const { due_date } = timelinessOf(deps.calendar.current(), input.writtenAt, null);
      return db.transaction().execute(async (trx) => {
        const row = await repo.insert(trx, {
          ...(fields as object),
          due_date,
          org_id: input.orgId, title: input.title, disclosure: input.disclosure, status: 'draft', version: 1, source: 'editor',
          created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
        } as never);
        await repo.setOrgs(trx, row.id, input.jointOrgIds.filter((id) => id !== input.orgId));
        await ctx.snapshot(trx, row, 'create', actor);
        await ctx.record(trx, actor, row, { action: 'create', from: null, to: 'draft', summary: `起草文件“${row.title}”` });
        return ctx.view(row, trx);
      });
    },

    /** @throws DocumentStateConflict unless a draft; DocumentVersionConflict on a stale version. */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateDocumentInput): Promise<DocumentView> {
      assertCanEdit(p);
      const current = await ctx.getInScope(p, id);
      if (!EDITABLE.includes(current.status as DocumentStatus)) throw new DocumentStateConflict(current.status as DocumentStatus, '修改');
      if (input.orgId !== undefined) await ctx.assertOrgInScope(p, input.orgId);
      if (input.jointOrgIds) await checkJointOrgs(p, input.jointOrgIds);
      const fields = normaliseFields(input, deps.clock.now().getUTCFullYear() + 1);
      if (input.writtenAt !== undefined) fields.due_date = timelinessOf(deps.calendar.current(), input.writtenAt, null).due_date;
      return db.transaction().execute(async (trx) => {
        const ok = await repo.updateIfVersion(trx, id, input.version, { ...(fields as object), version: input.version + 1, updated_by: actor.userId, updated_at: deps.clock.now().toISOString() });
        if (!ok) throw new DocumentVersionConflict(current.version);
        if (input.jointOrgIds) await repo.setOrgs(trx, id, input.jointOrgIds.filter((o) => o !== (input.orgId ?? current.org_id)));
        const after = (await repo.findById(trx, id))!;
        await ctx.snapshot(trx, after, 'update', actor);
        await ctx.record(trx, actor, after, { action: 'update', from: current.status, to: current.status, summary: `修改文件“${after.title}”：${changed(current, after)}`, before: digestable(current), after: digestable(after) });
        return ctx.view(after, trx);
      });
    },

    /** Deletes a draft that never went public (published ones are withdrawn, never deleted). */
    async remove(p: Principal, actor: AuditActor, id: number): Promise<void> {
      assertCanEdit(p);
      const current = await ctx.getInScope(p, id);
      if (!EDITABLE.includes(current.status as DocumentStatus) || current.index_number) throw new DocumentStateConflict(current.status as DocumentStatus, '删除');
      await db.transaction().execute(async (trx) => {
        await deps.audit.record(trx, actor, { action: 'document.delete', entityType: 'document', entityId: id, orgId: current.org_id, summary: `删除草稿“${current.title}”`, before: digestable(current) });
        await repo.delete(trx, id);
      });
    },

    async events(p: Principal, id: number) {
      await ctx.getInScope(p, id);
      const rows = await repo.events(db, id);
      return rows.map((e) => ({ id: e.id, action: e.action, actionLabel: EVENT_LABELS[e.action] ?? e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note, actorName: e.actor_name, occurredAt: e.occurred_at }));
    },

    async versions(p: Principal, id: number) {
      await ctx.getInScope(p, id);
      const rows = await repo.versions(db, id);
      return rows.map((v) => ({ version: v.version, reason: v.reason, createdAt: v.created_at, createdBy: v.created_by, title: (JSON.parse(v.snapshot) as { title: string }).title }));
    },
  };
}

const LABELS: Partial<Record<keyof DocumentRow, string>> = {
  title: '标题', doc_number: '发文字号', written_at: '成文日期', topic: '主题分类', genre: '体裁', keywords: '主题词', summary: '内容概述', disclosure: '公开属性',
  disclosure_ground: '不公开理由', channels: '公开方式', audience: '公开范围', body_html: '正文', org_id: '发文机关', validity: '有效性', valid_from: '有效期起', valid_to: '有效期止', is_normative: '规范性文件',
};

function changed(a: DocumentRow, b: DocumentRow): string {
  const keys = (Object.keys(LABELS) as (keyof DocumentRow)[]).filter((k) => a[k] !== b[k]);
  return keys.length ? keys.map((k) => LABELS[k]).join('、') : '无字段变化';
}

/** The audit digest covers the fields people change, not the derived body text. */
function digestable(r: DocumentRow) {
  return { ...r, body_text: undefined };
}

export type { Conn };

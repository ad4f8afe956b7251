import type { AuditActor } from '../../../platform/audit/index.js';
import { SYSTEM_ACTOR } from '../../../platform/audit/index.js';
import type { Principal } from '../../../platform/auth/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import { InvalidDocumentField } from '../publications.errors.js';
import { assertCanEdit } from '../publications.policy.js';
import type { OrgLookup } from '../publications.presenter.js';
import { type DocumentRow, documentsRepository as docs } from '../publications.repository.js';
import { documentUrl } from '../public.service.js';
import { type NormativeDb, type RelatedDocRow, normativeRepository as repo } from './normative.repository.js';
import type { DocRef, PutRelationsInput, RelationsView } from './normative.schemas.js';
import { RELATION_EFFECT, RELATION_LABELS, type RelationKind, effectiveValidity } from './normative.vocabulary.js';
import { VALIDITY_LABELS } from '../vocabulary.js';
import { citeDoc, createValidityWriter, isPublicNow, todayOf } from './validity.js';

type DocCols = Pick<DocumentRow, 'id' | 'org_id' | 'title' | 'doc_number' | 'index_number' | 'status' | 'published_at' | 'validity' | 'valid_from' | 'valid_to' | 'is_normative'>;

/** A document as shown beside a relation, a register row or a cleanup item (有效性 as of `today`). */
export function presentDocRef(r: DocCols, look: OrgLookup, today: string): DocRef {
  const v = effectiveValidity(r, today);
  return {
    id: r.id, title: r.title, docNumber: r.doc_number, indexNumber: r.index_number, org: look(r.org_id), status: r.status, publishedAt: r.published_at,
    validity: v, validityLabel: v ? VALIDITY_LABELS[v] : null, validFrom: r.valid_from, validTo: r.valid_to, isNormative: r.is_normative === 1,
  };
}

/** A relation seen from the public side of a document page. */
export interface PublicRelation {
  kind: RelationKind;
  /** `废止` (this document repeals the other) or `被废止` (the other repeals this one). */
  label: string;
  direction: 'outgoing' | 'incoming';
  id: number;
  title: string;
  docNumber: string | null;
  publishedAt: string | null;
  url: string;
}

/**
 * Relations between documents (修改、废止、解读). When the newer document goes public, the original's 有效性
 * becomes 已修改/已废止 — 《政府网站发展指引》: 修改、废止、失效 must be marked on the original.
 */
export function createRelationUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as NormativeDb;
  const validity = createValidityWriter(ctx);

  /** Writes the pending 修改/废止 effects of `doc` (which is public now) on the documents it names. */
  async function applyEffects(trx: Conn, actor: AuditActor, doc: DocumentRow): Promise<number> {
    if (!isPublicNow(ctx, doc)) return 0; // a 定时发布 acts when its time comes (applyDue)
    const pending = await repo.pendingEffects(trx as unknown as NormativeDb, doc.id);
    let changed = 0;
    for (const rel of pending) {
      const target = await docs.findById(trx, rel.related_document_id);
      const to = RELATION_EFFECT[rel.kind as RelationKind];
      if (target && to) {
        const reason = `${citeDoc(doc)}${RELATION_LABELS[rel.kind as RelationKind].forward}本文件`;
        if (await validity.set(trx, actor, target, to, reason)) changed++;
      }
      await repo.markApplied(trx as unknown as NormativeDb, doc.id, rel.related_document_id, ctx.deps.clock.now().toISOString());
    }
    return changed;
  }

  async function view(conn: NormativeDb, id: number): Promise<RelationsView> {
    const [out, inc, look] = await Promise.all([repo.outgoing(conn, id), repo.incoming(conn, id), ctx.lookup(conn as unknown as Conn)]);
    const today = todayOf(ctx);
    const one = (dir: 'forward' | 'backward') => (r: RelatedDocRow) => ({
      kind: r.kind as RelationKind, label: RELATION_LABELS[r.kind as RelationKind][dir], appliedAt: r.applied_at, document: presentDocRef(r, look, today),
    });
    return { outgoing: out.map(one('forward')), incoming: inc.map(one('backward')) };
  }

  return {
    applyEffects,

    async get(p: Principal, id: number): Promise<RelationsView> {
      await ctx.getInScope(p, id);
      return view(db, id);
    },

    /**
     * Replaces the relations of a document (any status; the caller edits documents of its scope). The
     * documents named must be public; a document that is public already acts on them at once.
     * @throws DocumentNotFound, InvalidDocumentField
     */
    async put(p: Principal, actor: AuditActor, id: number, input: PutRelationsInput): Promise<RelationsView> {
      assertCanEdit(p);
      const doc = await ctx.getInScope(p, id);
      const seen = new Set<number>();
      const sourcePath = (await ctx.org(doc.org_id)).path;
      for (const [i, r] of input.relations.entries()) {
        const where = `第${i + 1}项`;
        if (r.relatedDocumentId === id) throw new InvalidDocumentField(`relations.${i}.relatedDocumentId`, `${where}：文件不能与自身建立关系`);
        if (seen.has(r.relatedDocumentId)) throw new InvalidDocumentField(`relations.${i}.relatedDocumentId`, `${where}：同一件文件只能建立一种关系`);
        seen.add(r.relatedDocumentId);
        const target = await docs.findById(ctx.db, r.relatedDocumentId);
        if (!target || !isPublicNow(ctx, target)) throw new InvalidDocumentField(`relations.${i}.relatedDocumentId`, `${where}：编号 ${r.relatedDocumentId} 的文件不存在或尚未公开（只能关联已公开的文件）`);
        // Only the issuing organ or one above it amends or repeals a document; anyone may interpret one.
        if (RELATION_EFFECT[r.kind] && !(await ctx.org(target.org_id)).path.startsWith(sourcePath)) {
          throw new InvalidDocumentField(`relations.${i}.relatedDocumentId`, `${where}：“${target.title}”不是本机关或下级机关制发的文件，不能由本文件修改或废止`);
        }
      }
      const before = await repo.outgoing(db, id);
      const kept = new Map(before.map((r) => [`${r.other_id}:${r.kind}`, r.applied_at]));
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as NormativeDb;
        const rows = input.relations.map((r) => ({ related_document_id: r.relatedDocumentId, kind: r.kind, applied_at: kept.get(`${r.relatedDocumentId}:${r.kind}`) ?? null }));
        await repo.replaceRelations(t, id, rows, ctx.deps.clock.now().toISOString(), actor.userId);
        const text = input.relations.map((r) => `${RELATION_LABELS[r.kind].forward}#${r.relatedDocumentId}`).join('、') || '无';
        await ctx.record(trx, actor, doc, {
          action: 'relations', from: doc.status, to: doc.status, summary: `设置文件“${doc.title}”的关联文件：${text}`,
          before: before.map((r) => ({ id: r.other_id, kind: r.kind })), after: input.relations,
        });
        await applyEffects(trx, actor, doc);
        return view(t, id);
      });
    },

    /** For the public document page: both directions, public documents only, with titles and addresses. */
    async relationsFor(documentId: number): Promise<PublicRelation[]> {
      const [out, inc] = await Promise.all([repo.outgoing(db, documentId), repo.incoming(db, documentId)]);
      const pub = (dir: 'outgoing' | 'incoming') => (r: RelatedDocRow): PublicRelation => ({
        kind: r.kind as RelationKind, label: RELATION_LABELS[r.kind as RelationKind][dir === 'outgoing' ? 'forward' : 'backward'], direction: dir,
        id: r.id, title: r.title, docNumber: r.doc_number, publishedAt: r.published_at, url: documentUrl(r.id),
      });
      return [...out.filter((r) => isPublicNow(ctx, r)).map(pub('outgoing')), ...inc.filter((r) => isPublicNow(ctx, r)).map(pub('incoming'))];
    },

    /** 定时发布 documents whose time came: their pending effects (the job runner calls this). */
    async applyDue(): Promise<number> {
      const ids = await repo.sourcesWithDueEffects(db, ctx.deps.clock.now().toISOString());
      let changed = 0;
      for (const id of ids) {
        changed += await ctx.db.transaction().execute(async (trx) => {
          const doc = await docs.findById(trx, id);
          return doc ? applyEffects(trx, SYSTEM_ACTOR, doc) : 0;
        });
      }
      return changed;
    },
  };
}

export type RelationUseCases = ReturnType<typeof createRelationUseCases>;

import type { AuditActor } from '../../../platform/audit/index.js';
import { shanghaiDate } from '../../../platform/time/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import { type DocumentRow, documentsRepository as docs } from '../publications.repository.js';
import { createSearchSync } from '../search-sync.js';
import { VALIDITY_LABELS, type Validity } from '../vocabulary.js';

/** The 有效性 a later change may write over: 修改 never revives a repealed or expired document. */
function overrides(current: string | null, to: Validity): boolean {
  if (current === to) return false;
  if (to === 'amended') return current === null || current === 'effective';
  return true;
}

const ENDED: readonly string[] = ['repealed', 'expired'];

/**
 * The day a document stopped being in force after its 有效性 becomes `to`: the day it first ended is
 * kept (已废止 then 已失效 does not move it); back in force clears it.
 */
function endedOnAfter(doc: Pick<DocumentRow, 'validity' | 'ended_on'>, to: Validity, day: string): string | null {
  if (!ENDED.includes(to)) return null;
  return ENDED.includes(doc.validity ?? '') && doc.ended_on ? doc.ended_on : day;
}

/**
 * Writes a document's 有效性 with the event shown on the document, the audit entry and a fresh search
 * entry (its 有效性 facet), all in `trx`. 《政府网站发展指引》: 修改、废止、失效 are marked on the original.
 */
export function createValidityWriter(ctx: DocumentContext) {
  const search = createSearchSync(ctx);
  return {
    /**
     * `endedOn`: the first day the document is no longer in force when that is not today (an expiry by
     * 有效期: the day after valid_to). Kept in `ended_on` for the annual report's 本年废止件数 / 现行有效件数.
     * @returns the updated row, or null when nothing changed.
     */
    async set(trx: Conn, actor: AuditActor, doc: DocumentRow, to: Validity, reason: string, endedOn?: string): Promise<DocumentRow | null> {
      if (!overrides(doc.validity, to)) return null;
      const now = ctx.deps.clock.now().toISOString();
      await docs.update(trx, doc.id, { validity: to, ended_on: endedOnAfter(doc, to, endedOn ?? todayOf(ctx)), updated_at: now });
      const after = (await docs.findById(trx, doc.id))!;
      const from = doc.validity ? VALIDITY_LABELS[doc.validity as Validity] : '未标注';
      await ctx.record(trx, actor, after, {
        action: 'validity', from: doc.status, to: doc.status, note: reason,
        summary: `文件“${doc.title}”的有效性由“${from}”改为“${VALIDITY_LABELS[to]}”：${reason}`,
        before: { validity: doc.validity }, after: { validity: to },
      });
      const visible = after.disclosure === 'active' && ['published', 'scheduled'].includes(after.status);
      if (visible) await search.upsert(trx, after);
      return after;
    },
  };
}

/** Today in Asia/Shanghai (validity dates are calendar dates there). */
export const todayOf = (ctx: DocumentContext) => shanghaiDate(ctx.deps.clock.now());

/** Ids of an organisation and every organisation under it. */
export async function subtreeIds(ctx: DocumentContext, orgId: number, conn?: Conn): Promise<number[]> {
  const o = await ctx.org(orgId, conn);
  const rows = await ctx.deps.orgs.listAllRows(conn);
  return rows.filter((r) => r.path.startsWith(o.path)).map((r) => r.id);
}

/** Visible on the portal now (published or a 定时发布 whose time came, 主动公开). */
export function isPublicNow(ctx: DocumentContext, d: Pick<DocumentRow, 'status' | 'disclosure' | 'published_at'>): boolean {
  return d.disclosure === 'active' && ['published', 'scheduled'].includes(d.status) && !!d.published_at && d.published_at <= ctx.deps.clock.now().toISOString();
}

/** `《标题》（菏政发〔2026〕5号）`: how a document is named in a reason. */
export const citeDoc = (d: Pick<DocumentRow, 'title' | 'doc_number'>) => `《${d.title}》${d.doc_number ? `（${d.doc_number}）` : ''}`;

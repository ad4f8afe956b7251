import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { extractText, maskFile } from '../../platform/files/index.js';
import { htmlToText, maskHtmlText } from '../../platform/html/index.js';
import { findPersonalInfo, maskPersonalInfo } from '../../platform/text/index.js';
import type { DocumentContext } from './document-context.js';
import { editableDocument } from './drafts.service.js';
import { documentsRepository as repo } from './publications.repository.js';
import type { CheckReport, DocumentView } from './publications.schemas.js';
import { PII_EXCEPTION_BASES, type PiiExceptionBasis } from './vocabulary.js';

export interface MaskResult {
  document: DocumentView;
  /** Places masked, e.g. 正文 3 处, 附件“名单.docx” 2 处. */
  masked: { place: string; count: number }[];
  /** Attachments whose format cannot be masked here (PDF, images): the editor uploads a masked file. */
  notMaskable: string[];
  report: CheckReport;
}

/**
 * 去标识化 and lawful exceptions (条例第十五条: personal information of third parties is not published
 * unless they agree or the public interest requires it; laws may require publication, e.g. 惩戒公示).
 */
export function createPrivacyUseCases(ctx: DocumentContext, check: (id: number) => Promise<CheckReport>) {
  const { db, deps } = ctx;

  const editable = (p: Principal, id: number) => editableDocument(ctx, p, id, '去标识化或记录例外');

  return {
    /** One-click masking of the title, body and the chosen attachments; keeps e.g. 3701**********1234. */
    async mask(p: Principal, actor: AuditActor, id: number, opts: { body: boolean; attachmentIds?: number[] }): Promise<MaskResult> {
      const doc = await editable(p, id);
      const now = deps.clock.now();
      const maskBlock = (s: string) => maskPersonalInfo(s, undefined, { now }).text;
      const count = (s: string) => findPersonalInfo(s, { now }).length;
      const masked: MaskResult['masked'] = [];
      const notMaskable: string[] = [];
      const patch: Record<string, unknown> = {};
      if (opts.body) {
        const n = count(doc.title) + count(doc.body_text);
        if (n > 0) {
          patch.title = maskBlock(doc.title);
          patch.body_html = maskHtmlText(doc.body_html, maskBlock);
          patch.body_text = htmlToText(patch.body_html as string);
          masked.push({ place: '标题和正文', count: n });
        }
      }
      const atts = await repo.attachments(db, id);
      const newFiles: { id: number; key: string; size: number; text: string; empty: boolean; originalKey: string }[] = [];
      for (const a of atts) {
        if (opts.attachmentIds && !opts.attachmentIds.includes(a.id)) continue;
        const n = count(a.text);
        if (n === 0) continue;
        const data = await deps.files.read(a.file_key);
        const out = await maskFile(data, a.file_type as never, maskBlock);
        if (!out) {
          notMaskable.push(a.name);
          continue;
        }
        const stored = await deps.files.put(out);
        const text = await extractText(out, a.file_type as never);
        newFiles.push({ id: a.id, key: stored.key, size: stored.size, text: text.text, empty: text.empty, originalKey: a.original_key ?? a.file_key });
        masked.push({ place: `附件“${a.name}”`, count: n });
      }
      if (masked.length) {
        await db.transaction().execute(async (trx) => {
          for (const f of newFiles) await repo.updateAttachment(trx, f.id, { file_key: f.key, size: f.size, text: f.text, text_empty: f.empty ? 1 : 0, original_key: f.originalKey });
          await repo.update(trx, id, { ...(patch as object), version: doc.version + 1, updated_at: now.toISOString(), updated_by: actor.userId });
          const after = (await repo.findById(trx, id))!;
          await ctx.snapshot(trx, after, 'mask', actor);
          const what = masked.map((m) => `${m.place} ${m.count} 处`).join('，');
          await ctx.record(trx, actor, after, { action: 'mask', from: doc.status, to: doc.status, note: what, summary: `对“${doc.title}”去标识化：${what}` });
        });
      }
      const fresh = (await repo.findById(db, id))!;
      return { document: await ctx.view(fresh), masked, notMaskable, report: await check(id) };
    },

    /** Records the lawful basis for publishing the personal information as it is. */
    async setException(p: Principal, actor: AuditActor, id: number, basis: PiiExceptionBasis, note: string): Promise<DocumentView> {
      const doc = await editable(p, id);
      const value = { basis, note, by: actor.name, at: deps.clock.now().toISOString() };
      return db.transaction().execute(async (trx) => {
        await repo.update(trx, id, { pii_exception: JSON.stringify(value), version: doc.version + 1, updated_at: value.at, updated_by: actor.userId });
        const after = (await repo.findById(trx, id))!;
        await ctx.record(trx, actor, after, { action: 'pii-exception', from: doc.status, to: doc.status, note: `${PII_EXCEPTION_BASES[basis]}：${note}`, summary: `“${doc.title}”记录个人信息公开的合法例外：${PII_EXCEPTION_BASES[basis]}`, after: value });
        return ctx.view(after, trx);
      });
    },

    async clearException(p: Principal, actor: AuditActor, id: number): Promise<DocumentView> {
      const doc = await editable(p, id);
      return db.transaction().execute(async (trx) => {
        await repo.update(trx, id, { pii_exception: null, version: doc.version + 1, updated_at: deps.clock.now().toISOString(), updated_by: actor.userId });
        const after = (await repo.findById(trx, id))!;
        await ctx.record(trx, actor, after, { action: 'pii-exception-removed', from: doc.status, to: doc.status, summary: `“${doc.title}”取消个人信息公开的合法例外` });
        return ctx.view(after, trx);
      });
    },
  };
}

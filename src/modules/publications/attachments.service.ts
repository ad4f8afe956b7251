import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { ALLOWED_TYPES, detectFileType, extractText, unsupportedAttachmentError } from '../../platform/files/index.js';
import type { DocumentContext } from './document-context.js';
import { editableDocument } from './drafts.service.js';
import { AttachmentNotFound } from './publications.errors.js';
import { presentAttachment } from './publications.presenter.js';
import { type AttachmentRow, documentsRepository as repo } from './publications.repository.js';

const MAX_ATTACHMENTS = 50;

/** Cleans a client-given file name: no path, no control characters, bounded length. */
export function safeFileName(name: string): string {
  const base = [...name.replace(/^.*[\\/]/, '')].filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f && !'<>:"|?*'.includes(ch)).join('').trim();
  return (base || '附件').slice(0, 200);
}

/** 附件: upload (stored by content, text extracted for search and the privacy check), remove, download. */
export function createAttachmentUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;

  const editable = (p: Principal, id: number) => editableDocument(ctx, p, id, '修改附件');

  return {
    /** @throws UnsupportedAttachmentTypeError (415), AttachmentUnreadableError (422); nothing is stored then. */
    async add(p: Principal, actor: AuditActor, id: number, file: { filename: string; data: Buffer }) {
      const doc = await editable(p, id);
      const name = safeFileName(file.filename);
      const kind = detectFileType(file.data, name);
      if (!(ALLOWED_TYPES as readonly string[]).includes(kind.type)) throw unsupportedAttachmentError(file.data, name);
      const extracted = await extractText(file.data, kind.type);
      const stored = await deps.files.put(file.data);
      const existing = await repo.attachments(db, id);
      if (existing.length >= MAX_ATTACHMENTS) throw new ValidationError(`每个文件最多 ${MAX_ATTACHMENTS} 个附件`);
      return db.transaction().execute(async (trx) => {
        const row = await repo.insertAttachment(trx, {
          document_id: id, name, file_key: stored.key, size: stored.size, mime: kind.mime, file_type: kind.type, text: extracted.text,
          text_empty: extracted.empty ? 1 : 0, original_key: null, sort_order: existing.length, created_at: deps.clock.now().toISOString(),
        });
        await repo.update(trx, id, { version: doc.version + 1, updated_at: deps.clock.now().toISOString(), updated_by: actor.userId });
        await ctx.record(trx, actor, doc, { action: 'attachment-add', from: doc.status, to: doc.status, note: name, summary: `为“${doc.title}”上传附件“${name}”（${kind.type}，${stored.size} 字节）`, after: { name, sha256: stored.sha256 } });
        return presentAttachment(row);
      });
    },

    async remove(p: Principal, actor: AuditActor, id: number, attachmentId: number): Promise<void> {
      const doc = await editable(p, id);
      const att = await repo.attachment(db, id, attachmentId);
      if (!att) throw new AttachmentNotFound();
      await db.transaction().execute(async (trx) => {
        await repo.deleteAttachment(trx, attachmentId);
        await repo.update(trx, id, { version: doc.version + 1, updated_at: deps.clock.now().toISOString(), updated_by: actor.userId });
        await ctx.record(trx, actor, doc, { action: 'attachment-remove', from: doc.status, to: doc.status, note: att.name, summary: `删除“${doc.title}”的附件“${att.name}”` });
      });
    },

    /** The file as staff see it (the masked copy once 去标识化 ran). */
    async download(p: Principal, id: number, attachmentId: number): Promise<{ row: AttachmentRow; data: Buffer }> {
      await ctx.getInScope(p, id);
      const row = await repo.attachment(db, id, attachmentId);
      if (!row) throw new AttachmentNotFound();
      return { row, data: await deps.files.read(row.file_key) };
    },
  };
}

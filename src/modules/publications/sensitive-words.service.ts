import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { isUniqueViolation } from '../../platform/db/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import type { DocumentContext } from './document-context.js';
import { SensitiveWordTaken } from './publications.errors.js';
import { assertCanManageWords } from './publications.policy.js';
import { documentsRepository as repo } from './publications.repository.js';

const present = (w: { id: number; word: string; level: string; note: string | null; created_at: string }) => ({ id: w.id, word: w.word, level: w.level as 'block' | 'warn', note: w.note, createdAt: w.created_at });

/** The office's sensitive-word list: `block` words stop publication, `warn` words are pointed out. */
export function createSensitiveWordUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;
  return {
    async list(p: Principal) {
      assertCanManageWords(p);
      return (await repo.sensitiveWords(db)).map(present);
    },
    async add(p: Principal, actor: AuditActor, input: { word: string; level: 'block' | 'warn'; note: string | null }) {
      assertCanManageWords(p);
      const now = deps.clock.now().toISOString();
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await repo.insertSensitiveWord(trx, { word: input.word, level: input.level, note: input.note, created_by: actor.userId, created_at: now, updated_at: now });
          await deps.audit.record(trx, actor, { action: 'sensitive-word.add', entityType: 'sensitive_word', entityId: row.id, summary: `敏感词库新增“${row.word}”（${row.level === 'block' ? '禁止发布' : '提示'}）`, after: present(row) });
          return present(row);
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new SensitiveWordTaken(input.word);
        throw err;
      }
    },
    async remove(p: Principal, actor: AuditActor, id: number) {
      assertCanManageWords(p);
      const row = await repo.sensitiveWord(db, id);
      if (!row) throw new NotFoundError('敏感词', 'SENSITIVE_WORD_NOT_FOUND');
      await db.transaction().execute(async (trx) => {
        await repo.deleteSensitiveWord(trx, id);
        await deps.audit.record(trx, actor, { action: 'sensitive-word.remove', entityType: 'sensitive_word', entityId: id, summary: `敏感词库删除“${row.word}”`, before: present(row) });
      });
    },
  };
}

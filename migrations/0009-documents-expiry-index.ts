import type { Migration } from 'kysely';
import type { Db, Engine } from './helpers.js';

/**
 * The expiry job (规范性文件 past their 有效期) looked for due documents with a full scan of `documents`:
 * 5–10 s at 1,000,000 documents, every minute, blocking the SQLite process. Normative documents with an
 * end date are few; this index finds them directly.
 */
export function documentsExpiryIndex(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema.createIndex('documents_normative_valid_to_idx').on('documents').columns(['is_normative', 'valid_to']).execute();
    },
    async down(db: Db) {
      await db.schema.dropIndex('documents_normative_valid_to_idx').execute();
    },
  };
}

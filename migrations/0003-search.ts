import { type Migration, sql } from 'kysely';
import type { Db, Engine } from './helpers.js';

/**
 * The full-text search index (platform/search, see its CONTEXT.md).
 * - `search_entries`: one row per searchable thing; `id` is assigned by the index as
 *   publishedSecond × 2^20 + n, so id order is publication order (no autoincrement).
 * - `search_exact_terms`: exact keys (normalized 发文字号 / 索引号) → entry.
 * - `search_stats`: entries per publication month, for estimating large result counts.
 * - SQLite: `search_fts`, a contentless FTS5 table (rowid = −search_entries.id) over the
 *   space-joined terms the app segments, tokenized on spaces only (`ascii`), plus filter tokens.
 * - PostgreSQL: `search_entries.tsv`, a weighted tsvector of the same terms, GIN-indexed.
 */
export function searchIndex(engine: Engine): Migration {
  return {
    async up(db: Db) {
      const idType = engine === 'postgres' ? 'bigint' : 'integer';
      let entries = db.schema
        .createTable('search_entries')
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('entity_id', idType, (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('org_id', 'integer', (c) => c.notNull())
        .addColumn('org_path', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('category_top', 'text')
        .addColumn('kind', 'text')
        .addColumn('status', 'text')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_norm', 'text', (c) => c.notNull())
        .addColumn('extra_terms', 'text', (c) => c.notNull().defaultTo('[]'))
        // Last, so the attributes before it are read without touching the snippet text's overflow pages.
        .addColumn('body', 'text', (c) => c.notNull())
        .addUniqueConstraint('search_entries_entity_uq', ['type', 'entity_id']);
      if (engine === 'postgres') entries = entries.addColumn('tsv', sql`tsvector`, (c) => c.notNull());
      await entries.execute();

      await db.schema
        .createTable('search_exact_terms')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('entry_id', idType, (c) => c.notNull())
        .addPrimaryKeyConstraint('search_exact_terms_pk', ['key', 'entry_id'])
        .execute();
      await db.schema.createIndex('search_exact_terms_entry_idx').on('search_exact_terms').column('entry_id').execute();

      await db.schema
        .createTable('search_stats')
        .addColumn('month', 'integer', (c) => c.primaryKey())
        .addColumn('entries', 'integer', (c) => c.notNull())
        .execute();

      if (engine === 'sqlite') {
        // Narrow covering index: candidate rows get visibility and facet attributes from it
        // without reading the wide table rows (one page each, because of the snippet text).
        await sql`create index search_entries_hits_idx on search_entries
          (id, published_at, org_id, category_top, kind, status, year, title_norm)`.execute(db);
        // rowid = −search_entries.id (newest first is FTS5's faster ascending walk). detail=column:
        // no positions (every stored term is one token, so no phrase query is ever needed, and
        // ranking does not use FTS5's bm25): smaller doclists, ~2× faster AND walks.
        await sql`create virtual table search_fts using fts5(
          title, body, extra, attrs,
          content='', contentless_delete=1, tokenize='ascii', detail=column)`.execute(db);
        // Bigger in-memory segments while importing: fewer level-0 segments to merge.
        await sql`insert into search_fts (search_fts, rank) values ('hashsize', 16777216)`.execute(db);
      } else {
        // Candidate queries test `tsv @@ q` row by row in id order; a TOASTed tsvector costs
        // several index lookups per row (measured 38 ms vs 3 ms per 1,000 rows). Keep it in the
        // row (compressed, MAIN) and push the snippet text out instead (read for 40 rows only).
        await sql`alter table search_entries set (toast_tuple_target = 8160)`.execute(db);
        await sql`alter table search_entries alter column tsv set storage main`.execute(db);
        await sql`alter table search_entries alter column body set storage external`.execute(db);
        await sql`create index search_entries_tsv_idx on search_entries using gin (tsv)`.execute(db);
        await sql`create index search_entries_org_path_idx on search_entries (org_path text_pattern_ops)`.execute(db);
        await sql`create index search_entries_category_idx on search_entries (category text_pattern_ops)`.execute(db);
        // (filter, id): "newest first" under a facet filter walks only that filter's rows.
        for (const column of ['org_id', 'year', 'category_top', 'kind']) {
          await db.schema.createIndex(`search_entries_${column}_idx`).on('search_entries').columns([column, 'id']).execute();
        }
      }
    },
    async down(db: Db) {
      if (engine === 'sqlite') await sql`drop table if exists search_fts`.execute(db);
      for (const t of ['search_stats', 'search_exact_terms', 'search_entries']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

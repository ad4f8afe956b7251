import type { SearchEntry } from '../../platform/search/index.js';
import { normalizeForSearch } from '../../platform/text/index.js';
import type { Conn, DocumentContext } from './document-context.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import { topicLabel } from './topics.js';
import { VALIDITY_LABELS, type Validity } from './vocabulary.js';

export const SEARCH_TYPE = 'document';

/** Keeps the search index in step with published documents (same transaction as the change). */
export function createSearchSync(ctx: DocumentContext) {
  async function entryOf(conn: Conn, doc: DocumentRow): Promise<SearchEntry> {
    const [atts, org] = await Promise.all([repo.attachments(conn, doc.id), ctx.org(doc.org_id, conn)]);
    const attachmentText = atts.map((a) => `${a.name}\n${a.text}`).join('\n');
    const publishedAt = doc.published_at ?? ctx.deps.clock.now().toISOString();
    return {
      type: SEARCH_TYPE,
      id: doc.id,
      title: doc.title,
      text: [doc.doc_number ?? '', doc.summary, doc.keywords, doc.body_text, attachmentText].filter(Boolean).join('\n'),
      extraTerms: [doc.doc_number, doc.index_number].filter((x): x is string => !!x).map(normalizeForSearch),
      orgId: doc.org_id,
      orgPath: org.path,
      category: doc.topic ? (topicLabel(doc.topic) ?? null) : null,
      kind: doc.genre,
      status: doc.validity ? VALIDITY_LABELS[doc.validity as Validity] : null,
      year: Number(new Date(new Date(publishedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 4)),
      publishedAt,
    };
  }

  return {
    entryOf,
    async upsert(conn: Conn, doc: DocumentRow): Promise<void> {
      await ctx.deps.search.upsert(conn, await entryOf(conn, doc));
    },
    async remove(conn: Conn, id: number): Promise<void> {
      await ctx.deps.search.remove(conn, SEARCH_TYPE, id);
    },
  };
}

import type { Conn, DocumentContext } from '../document-context.js';
import { type GazetteDb, gazetteRepository as repo } from './gazette.repository.js';
import type { IssueListItem } from './gazette.schemas.js';
import { IssueNotFound, isPublicNow, loadContents, pdfFileName, presentIssueBase, presentListItem } from './gazette.view.js';

const SHOWN = ['published', 'withdrawn'];

export interface PublicIssueItem {
  id: number;
  title: string;
  docNumber: string | null;
  orgName: string;
  /** Sanitised when saved (platform/html sanitizeBody); null when the document was withdrawn since. */
  bodyHtml: string | null;
}

export type PublicIssue = ReturnType<typeof presentIssueBase> & { sections: { title: string; items: PublicIssueItem[] }[] };

/** What the public reads of 政府公报: issues by year, an issue with the full text, its stored PDF. */
export function createGazettePublicUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as GazetteDb;

  async function orgSubtree(orgCode: string | undefined): Promise<number[] | undefined> {
    if (!orgCode) return undefined;
    const org = await ctx.deps.orgs.findByCode(orgCode);
    if (!org || org.status !== 'active') return [];
    const rows = await ctx.deps.orgs.listAllRows();
    return rows.filter((r) => r.path.startsWith(org.path)).map((r) => r.id);
  }

  return {
    /** Published (and withdrawn, marked) issues, newest first; the years that have any. */
    async list(orgCode: string | undefined, year: number | undefined): Promise<{ years: number[]; issues: IssueListItem[] }> {
      const orgIds = await orgSubtree(orgCode);
      const [years, { rows }] = await Promise.all([
        repo.years(db, { orgIds, statuses: SHOWN }),
        repo.listIssues(db, { orgIds, year, statuses: SHOWN, offset: 0, limit: 500 }),
      ]);
      const [counts, look] = await Promise.all([repo.itemCounts(db, rows.map((r) => r.id)), ctx.lookup()]);
      return { years, issues: rows.map((r) => presentListItem(r, look, counts)) };
    },

    /** A published or withdrawn issue with its documents' text. @throws IssueNotFound */
    async issue(id: number): Promise<PublicIssue> {
      const row = await repo.findIssue(db, id);
      if (!row || !SHOWN.includes(row.status)) throw new IssueNotFound();
      const look = await ctx.lookup(db as unknown as Conn);
      if (row.status === 'withdrawn') return { ...presentIssueBase(row, look), sections: [] };
      const contents = (await loadContents(ctx, db, id)).filter((s) => s.items.length > 0);
      const bodies = await repo.bodies(db, contents.flatMap((s) => s.items.map((i) => i.id)));
      return {
        ...presentIssueBase(row, look),
        sections: contents.map((s) => ({
          title: s.title,
          items: s.items.map((i) => ({ id: i.id, title: i.title, docNumber: i.doc_number, orgName: look(i.org_id).name, bodyHtml: isPublicNow(ctx, i) ? (bodies.get(i.id)?.html ?? '') : null })),
        })),
      };
    },

    /** The stored PDF of a published issue. @throws IssueNotFound */
    async pdf(id: number): Promise<{ key: string; path: string; size: number; fileName: string }> {
      const row = await repo.findIssue(db, id);
      if (!row || row.status !== 'published' || !row.pdf_key) throw new IssueNotFound();
      return { key: row.pdf_key, path: ctx.deps.files.path(row.pdf_key), size: row.pdf_size ?? 0, fileName: pdfFileName(row) };
    },
  };
}

export type GazettePublicUseCases = ReturnType<typeof createGazettePublicUseCases>;

import { ConflictError, NotFoundError } from '../../../platform/errors/index.js';
import { htmlToText } from '../../../platform/html/index.js';
import { findCjkFonts } from '../../../platform/render/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import type { OrgLookup } from '../publications.presenter.js';
import { type GazetteDb, type IssueItemRow, type IssueRow, gazetteRepository as repo } from './gazette.repository.js';
import { ISSUE_STATUS_LABELS, type IssueListItem, type IssueStatus, type IssueView } from './gazette.schemas.js';
import { chineseDate, renderGazettePdf } from './gazette.pdf.js';

export class IssueNotFound extends NotFoundError {
  constructor() {
    super('公报期次', 'GAZETTE_ISSUE_NOT_FOUND');
  }
}

export class IssueStateConflict extends ConflictError {
  constructor(status: string, action: string) {
    super('GAZETTE_ISSUE_STATE_CONFLICT', `该期公报当前状态为“${ISSUE_STATUS_LABELS[status as IssueStatus] ?? status}”，不能${action}`, { issueStatus: status });
  }
}

/** Visible on the portal now (published or a 定时发布 whose time came, 主动公开). */
export function isPublicNow(ctx: DocumentContext, d: Pick<IssueItemRow, 'status' | 'disclosure' | 'published_at'>): boolean {
  return d.disclosure === 'active' && ['published', 'scheduled'].includes(d.status) && !!d.published_at && d.published_at <= ctx.deps.clock.now().toISOString();
}

export function presentIssueBase(r: IssueRow, look: OrgLookup) {
  return {
    id: r.id, org: look(r.org_id), year: r.year, number: r.number, totalNumber: r.total_number, title: r.title, issueDate: r.issue_date,
    status: r.status as IssueStatus, statusLabel: ISSUE_STATUS_LABELS[r.status as IssueStatus], version: r.version, publishedAt: r.published_at,
    withdrawnAt: r.withdrawn_at, withdrawReason: r.withdraw_reason, pdfSize: r.pdf_size, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function presentListItem(r: IssueRow, look: OrgLookup, counts: Map<number, number>): IssueListItem {
  return { ...presentIssueBase(r, look), itemCount: counts.get(r.id) ?? 0 };
}

/** Sections in order, each with its documents in order (sections without documents kept for the editor). */
export async function loadContents(ctx: DocumentContext, conn: GazetteDb, issueId: number) {
  const [sections, items] = await Promise.all([repo.sections(conn, issueId), repo.items(conn, issueId)]);
  return sections.map((s) => ({ title: s.title, items: items.filter((i) => i.section_id === s.id).sort((a, b) => a.sort_order - b.sort_order) }));
}

export async function issueView(ctx: DocumentContext, conn: GazetteDb, row: IssueRow): Promise<IssueView> {
  const [contents, look] = await Promise.all([loadContents(ctx, conn, row.id), ctx.lookup(conn as unknown as Conn)]);
  return {
    ...presentIssueBase(row, look),
    sections: contents.map((s) => ({
      title: s.title,
      items: s.items.map((i) => ({ id: i.id, title: i.title, docNumber: i.doc_number, indexNumber: i.index_number, org: look(i.org_id), publishedAt: i.published_at, public: isPublicNow(ctx, i) })),
    })),
  };
}

/** The issue's PDF (pdfkit, Noto CJK): each document's sanitised body as text blocks. @throws CjkFontMissing */
export async function buildIssuePdf(ctx: DocumentContext, conn: GazetteDb, row: IssueRow): Promise<Buffer> {
  const [contents, look, fonts] = await Promise.all([loadContents(ctx, conn, row.id), ctx.lookup(conn as unknown as Conn), findCjkFonts()]);
  const bodies = await repo.bodies(conn, contents.flatMap((s) => s.items.map((i) => i.id)));
  return renderGazettePdf({
    title: row.title, orgName: look(row.org_id).name, year: row.year, number: row.number, totalNumber: row.total_number, issueDate: row.issue_date,
    sections: contents.filter((s) => s.items.length > 0).map((s) => ({
      title: s.title,
      items: s.items.map((i) => ({ title: i.title, docNumber: i.doc_number, orgName: look(i.org_id).name, bodyText: htmlToText(bodies.get(i.id)?.html ?? '') })),
    })),
  }, fonts);
}

/** `菏泽市人民政府公报2026年第3期.pdf` */
export const pdfFileName = (r: Pick<IssueRow, 'title'>) => `${r.title.replace(/[\\/:*?"<>|\s]+/g, '')}.pdf`;
export { chineseDate };

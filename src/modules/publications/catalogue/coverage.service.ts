import type { Principal } from '../../../platform/auth/index.js';
import { shanghaiIso } from '../../../platform/time/index.js';
import type { DocumentContext } from '../document-context.js';
import { documentUrl } from '../public.service.js';
import { type CatalogueDb, type LinkedDocument, catalogueRepository as repo } from './catalogue.repository.js';
import type { EntryView } from './catalogue.schemas.js';
import { createOrgScope, presentEntry, ruleOf } from './catalogue.presenter.js';
import { judgeCoverage } from './time-rule.js';

/** Documents linked to each entry, newest first. */
function byEntry(links: LinkedDocument[]): Map<number, LinkedDocument[]> {
  const out = new Map<number, LinkedDocument[]>();
  for (const l of links) out.set(l.entry_id, [...(out.get(l.entry_id) ?? []), l]);
  return out;
}

export interface PublicCatalogueOrg {
  code: string;
  name: string;
  entries: { entry: EntryView; total: number; documents: { id: number; title: string; publishedAt: string; url: string }[] }[];
}

/** How many linked documents the public table lists per entry (the rest are counted). */
export const PUBLIC_LINKS_PER_ENTRY = 5;

/**
 * 覆盖情况: whether each active entry of an organisation's catalogue is actually being published, by its
 * 公开时限 rule (see time-rule.ts), and the public catalogue with each entry's documents.
 */
export function createCoverageUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as CatalogueDb;
  const { deps } = ctx;
  const scope = createOrgScope(ctx);

  return {
    async coverage(p: Principal, orgId: number | undefined) {
      const org = await scope.orgOrOwn(p, orgId);
      const now = deps.clock.now();
      const rows = await repo.list(db, { orgIds: [org.id], status: 'active' });
      const links = byEntry(await repo.linkedVisible(db, rows.map((r) => r.id), now.toISOString()));
      const look = await ctx.lookup();
      const items = rows.map((r) => {
        const docs = links.get(r.id) ?? [];
        const last = docs[0];
        const judged = judgeCoverage(ruleOf(r), { count: docs.length, lastPublishedAt: last?.published_at ?? null }, now);
        return {
          entry: presentEntry(r, look), count: docs.length,
          lastDocument: last ? { id: last.document_id, title: last.title, publishedAt: last.published_at } : null,
          ...judged,
        };
      });
      // Uncovered first; within each group the catalogue's own order (rows come sorted).
      items.sort((a, b) => Number(a.covered) - Number(b.covered));
      const covered = items.filter((i) => i.covered).length;
      return { org: { id: org.id, code: org.code, name: org.name }, checkedAt: shanghaiIso(now), total: items.length, covered, uncovered: items.length - covered, items };
    },

    /** The public 基本目录: active entries of public organisations (one, or all that have a catalogue). */
    async publicCatalogue(orgCode: string | undefined): Promise<{ orgs: PublicCatalogueOrg[]; available: { code: string; name: string; count: number }[] }> {
      const publicOrgs = await deps.orgs.listPublic();
      const idByCode = new Map((await deps.orgs.listAllRows()).map((r) => [r.code, r.id]));
      const ids = publicOrgs.map((o) => idByCode.get(o.code)!).filter((id) => id !== undefined);
      const rows = await repo.list(db, { orgIds: ids, status: 'active' });
      const counts = new Map<number, number>();
      for (const r of rows) counts.set(r.org_id, (counts.get(r.org_id) ?? 0) + 1);
      const available = publicOrgs.filter((o) => counts.has(idByCode.get(o.code)!)).map((o) => ({ code: o.code, name: o.name, count: counts.get(idByCode.get(o.code)!)! }));
      const chosen = orgCode ? available.filter((o) => o.code === orgCode) : available;
      const chosenIds = new Set(chosen.map((o) => idByCode.get(o.code)!));
      const shown = rows.filter((r) => chosenIds.has(r.org_id));
      const links = byEntry(await repo.linkedVisible(db, shown.map((r) => r.id), deps.clock.now().toISOString()));
      const look = await ctx.lookup();
      const orgs = chosen.map((o) => ({
        code: o.code,
        name: o.name,
        entries: shown.filter((r) => r.org_id === idByCode.get(o.code)).map((r) => {
          const docs = links.get(r.id) ?? [];
          return {
            entry: presentEntry(r, look), total: docs.length,
            documents: docs.slice(0, PUBLIC_LINKS_PER_ENTRY).map((d) => ({ id: d.document_id, title: d.title, publishedAt: d.published_at, url: documentUrl(d.document_id) })),
          };
        }),
      }));
      return { orgs, available };
    },
  };
}

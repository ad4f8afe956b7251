import type { Principal } from '../../../platform/auth/index.js';
import { shanghaiDate, shanghaiIso } from '../../../platform/time/index.js';
import { createOrgScope } from '../catalogue/index.js';
import type { DocumentContext } from '../document-context.js';
import { documentUrl } from '../public.service.js';
import { columnTree } from './column-tree.js';
import { type ColumnRow, type ColumnsDb, columnsRepository as repo } from './columns.repository.js';
import type { StaleReport } from './columns.schemas.js';
import { presentColumn } from './columns.service.js';
import { VETO_THRESHOLDS } from './columns.vocabulary.js';

const DAY_MS = 86_400_000;

/** Whole calendar days (Asia/Shanghai) from the day of `iso` to the day of `now`. */
export function daysSince(iso: string, now: Date): number {
  return Math.round((Date.parse(shanghaiDate(now)) - Date.parse(shanghaiDate(new Date(iso)))) / DAY_MS);
}

/**
 * 栏目不更新 (国办秘函〔2019〕19号): which columns are overdue, which are blank (空白栏目), and whether the
 * organisation's site hits a veto line. A column counts its sub-columns' publications as its own.
 */
export function createFreshnessUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as ColumnsDb;
  const { deps } = ctx;
  const scope = createOrgScope(ctx);

  return {
    async stale(p: Principal, orgId: number | undefined): Promise<StaleReport> {
      const org = await scope.orgOrOwn(p, orgId);
      const now = deps.clock.now();
      const rows = await repo.listByOrg(db, org.id);
      const t = columnTree(rows);
      const shown = t.ordered.filter(({ row }) => t.effectiveActive(row.id));
      const direct = await repo.lastPublished(db, shown.map(({ row }) => row.id), now.toISOString());
      const look = await ctx.lookup();
      const items: StaleReport['items'] = [];
      for (const { row, depth } of shown) {
        const last = t.subtree(row.id).map((id) => direct.get(id)).filter((x): x is string => !!x).sort().pop() ?? null;
        const column = presentColumn(row, look(org.id), depth, true);
        // 动态要闻类 columns, and 通知公告/政策文件类 一级栏目, make up veto line (a).
        const countsForNewsNoticePolicy = row.kind === 'news' || ((row.kind === 'notice' || row.kind === 'policy') && row.parent_id === null);
        if (!last) {
          items.push({ column, state: 'empty', lastPublishedAt: null, daysSince: null, reason: '空白栏目：从未发布信息', countsForNewsNoticePolicy });
          continue;
        }
        const days = daysSince(last, now);
        if (row.max_days !== null && days > row.max_days) {
          items.push({ column, state: 'stale', lastPublishedAt: shanghaiIso(last), daysSince: days, reason: `已 ${days} 天未更新（应在 ${row.max_days} 天内更新）`, countsForNewsNoticePolicy });
        }
      }
      items.sort((a, b) => (a.state === b.state ? (b.daysSince ?? 0) - (a.daysSince ?? 0) : a.state === 'empty' ? -1 : 1));
      const staleItems = items.filter((i) => i.state === 'stale');
      const counts = {
        newsNoticePolicy: staleItems.filter((i) => i.countsForNewsNoticePolicy).length,
        stale: staleItems.length,
        empty: items.length - staleItems.length,
      };
      const reasons: string[] = [];
      if (counts.newsNoticePolicy >= VETO_THRESHOLDS.newsNoticePolicy) reasons.push(`动态要闻类栏目（2 周）和通知公告、政策文件类一级栏目（6 个月）未按期更新共 ${counts.newsNoticePolicy} 个，达到 ${VETO_THRESHOLDS.newsNoticePolicy} 个的单项否决线`);
      if (counts.stale >= VETO_THRESHOLDS.stale) reasons.push(`应更新但长期未更新的栏目 ${counts.stale} 个，达到 ${VETO_THRESHOLDS.stale} 个的单项否决线`);
      if (counts.empty >= VETO_THRESHOLDS.empty) reasons.push(`空白栏目 ${counts.empty} 个，达到 ${VETO_THRESHOLDS.empty} 个的单项否决线`);
      return {
        org: { id: org.id, code: org.code, name: org.name }, checkedAt: shanghaiIso(now), checked: shown.length,
        thresholds: { ...VETO_THRESHOLDS }, counts, veto: { hit: reasons.length > 0, reasons }, items,
      };
    },

    /**
     * A shown column of a public organisation with one page of its (and its sub-columns') visible documents,
     * newest first; null when there is no such column to show.
     */
    async publicColumn(orgCode: string, slug: string, page: number, pageSize: number) {
      const publicOrgs = await deps.orgs.listPublic();
      const pub = publicOrgs.find((o) => o.code === orgCode);
      const orgRow = pub ? await deps.orgs.findByCode(orgCode) : undefined;
      if (!pub || !orgRow) return null;
      const rows = await repo.listByOrg(db, orgRow.id);
      const t = columnTree(rows);
      const col = rows.find((r) => r.slug === slug);
      if (!col || !t.effectiveActive(col.id)) return null;
      const nowIso = deps.clock.now().toISOString();
      const { rows: docs, total } = await repo.visibleDocuments(db, t.subtree(col.id), nowIso, (page - 1) * pageSize, pageSize);
      const look = await ctx.lookup();
      const ref = (r: ColumnRow) => ({ name: r.name, slug: r.slug });
      return {
        org: { code: pub.code, name: pub.name },
        column: { ...ref(col), description: col.description },
        trail: t.ancestors(col.id).slice(0, -1).map(ref),
        children: t.ordered.filter(({ row }) => row.parent_id === col.id && row.status === 'active').map(({ row }) => ref(row)),
        total,
        items: docs.map((d) => ({
          id: d.id, title: d.title, docNumber: d.doc_number, indexNumber: d.index_number, org: look(d.org_id),
          publishedAt: d.published_at!, updatedAt: d.updated_at, summary: d.summary || d.body_text.slice(0, 200), url: documentUrl(d.id),
        })),
      };
    },
  };
}

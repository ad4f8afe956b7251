import type { Insertable } from 'kysely';
import type { AuditActor } from '../../../platform/audit/index.js';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError, ValidationError } from '../../../platform/errors/index.js';
import type { DocumentContext } from '../document-context.js';
import { type CatalogueDb, catalogueRepository as repo } from './catalogue.repository.js';
import { type ImportResult, importRowSchema } from './catalogue.schemas.js';
import type { CatalogueEntryTable } from './catalogue.tables.js';
import { assertCanManageCatalogue, createOrgScope } from './catalogue.presenter.js';
import { entryColumns } from './catalogue.service.js';
import { readCatalogue } from './paste-import.js';

const FIELD_LABELS: Record<string, string> = {
  category: '公开类别', itemL1: '一级事项', itemL2: '二级事项', content: '公开内容（要素）', basis: '公开依据', timeLimit: '公开时限',
  subject: '公开主体', channels: '公开渠道和载体', audience: '公开对象', mode: '公开方式', level: '公开层级',
};

/** The same entry twice: same 一级事项, 二级事项 and 公开内容. */
const keyOf = (l1: string, l2: string | null | undefined, content: string) => [l1, l2 ?? '', content].join('\u0001');

/** Some rows could not be read: nothing was imported. */
export class CatalogueImportRejected extends AppError {
  constructor(result: ImportResult) {
    const first = result.errors.slice(0, 3).map((e) => `第 ${e.row} 行：${e.messages.join('；')}`).join('；');
    super({
      code: 'CATALOGUE_IMPORT_REJECTED', status: 422, title: '目录导入未完成',
      detail: `有 ${result.errors.length} 行内容有误，未导入任何条目。${first}`,
      errors: result.errors.map((e) => ({ path: 'body.text', message: `第 ${e.row} 行：${e.messages.join('；')}` })),
      extensions: { rows: result.errors, warnings: result.warnings },
    });
  }
}

/**
 * Imports a pasted 标准目录 for one organisation, all or nothing: every bad row is reported by its line
 * (the header is line 1) and nothing is written; rows repeating an active entry are skipped.
 */
export function createCatalogueImportUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as CatalogueDb;
  const scope = createOrgScope(ctx);

  return {
    async importPasted(p: Principal, actor: AuditActor, input: { orgId: number; text: string; dryRun: boolean }): Promise<ImportResult> {
      assertCanManageCatalogue(p);
      const org = await scope.orgInScope(p, input.orgId);
      const parsed = readCatalogue(input.text);
      if (parsed.fatal) throw new ValidationError(parsed.fatal, [{ path: 'body.text', message: parsed.fatal }]);
      const existing = new Set((await repo.list(db, { orgIds: [org.id], status: 'active' })).map((e) => keyOf(e.item_l1, e.item_l2, e.content)));
      const result: ImportResult = { dryRun: input.dryRun, imported: 0, skipped: [], errors: [], warnings: parsed.warnings };
      const good: { row: number; values: ReturnType<typeof importRowSchema.parse> }[] = [];
      for (const row of parsed.rows) {
        const checked = importRowSchema.safeParse(row.values);
        const messages = [...row.problems];
        if (!checked.success) {
          for (const issue of checked.error.issues) {
            const label = FIELD_LABELS[String(issue.path[0])];
            messages.push(label && !issue.message.includes(label) ? `${label}：${issue.message}` : issue.message);
          }
        }
        if (messages.length || !checked.success) {
          result.errors.push({ row: row.line, messages: [...new Set(messages)] });
          continue;
        }
        const key = keyOf(checked.data.itemL1, checked.data.itemL2, checked.data.content);
        if (existing.has(key)) {
          result.skipped.push({ row: row.line, reason: '与已有条目（一级事项、二级事项、公开内容相同）重复，已跳过' });
          continue;
        }
        existing.add(key);
        good.push({ row: row.line, values: checked.data });
      }
      result.imported = good.length;
      if (input.dryRun) return result;
      if (result.errors.length) throw new CatalogueImportRejected(result);
      if (!good.length) return result;
      const now = ctx.deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const base = await repo.maxSortOrder(trx, org.id);
        const ids: number[] = [];
        for (const [i, g] of good.entries()) {
          const row = await repo.insert(trx, {
            ...entryColumns({ ...g.values, sortOrder: base + (i + 1) * 10 }, g.values.timeLimit),
            org_id: org.id, item_l1: g.values.itemL1, content: g.values.content, status: 'active',
            created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
          } as Insertable<CatalogueEntryTable>);
          ids.push(row.id);
        }
        await ctx.deps.audit.record(trx, actor, {
          action: 'catalogue.import', entityType: 'catalogue_entry', entityId: null, orgId: org.id,
          summary: `导入${org.name}基本目录条目 ${ids.length} 条${result.skipped.length ? `（跳过重复 ${result.skipped.length} 条）` : ''}`,
          after: { ids, skippedRows: result.skipped.map((s) => s.row) },
        });
      });
      return result;
    },
  };
}

/**
 * 专栏: a column tree per organisation with its 栏目不更新 rule (国办秘函〔2019〕19号), documents filed under
 * columns, the freshness view with the veto lines, and the public column pages and Atom feeds.
 */
import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';
import { registerColumnsApi } from './columns.routes.js';
import { createColumnTreeUseCases } from './columns.service.js';
import { createFreshnessUseCases } from './freshness.service.js';

/** Use cases of the columns part of 主动公开. `ensureDefaultColumns(orgId)` seeds the usual columns. */
export function createColumnsUseCases(ctx: DocumentContext) {
  return { ...createColumnTreeUseCases(ctx), ...createFreshnessUseCases(ctx) };
}

export type ColumnsUseCases = ReturnType<typeof createColumnsUseCases>;

/** Staff API and portal pages of the columns part. */
export function registerColumnsRoutes(app: FastifyInstance, svc: ColumnsUseCases, deps: { ctx: DocumentContext }): void {
  registerColumnsApi(app, svc, deps);
}

export type { ColumnTables } from './columns.tables.js';
export type { ColumnView } from './columns.schemas.js';
export { COLUMN_KINDS, COLUMN_KIND_LABELS, DEFAULT_MAX_DAYS } from './columns.vocabulary.js';

/**
 * 主动公开基本目录 (the 标准目录 of 国办发〔2019〕54号): entries per organisation with their 公开时限 rule,
 * documents filed under entries, coverage (is each entry actually being published?), paste import and the
 * public catalogue page `/xxgk/catalogue`.
 */
import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';
import { createCatalogueImportUseCases } from './catalogue-import.service.js';
import { registerCatalogueApi } from './catalogue.routes.js';
import { createCatalogueEntryUseCases } from './catalogue.service.js';
import { createCoverageUseCases } from './coverage.service.js';

/** Use cases of the catalogue part of 主动公开. */
export function createCatalogueUseCases(ctx: DocumentContext) {
  return { ...createCatalogueEntryUseCases(ctx), ...createCatalogueImportUseCases(ctx), ...createCoverageUseCases(ctx) };
}

export type CatalogueUseCases = ReturnType<typeof createCatalogueUseCases>;

/** Staff API and portal pages of the catalogue part. */
export function registerCatalogueRoutes(app: FastifyInstance, svc: CatalogueUseCases, deps: { ctx: DocumentContext }): void {
  registerCatalogueApi(app, svc, deps);
}

export type { CatalogueTables } from './catalogue.tables.js';
export { type EntryView, rowIdString } from './catalogue.schemas.js';
export { createOrgScope } from './catalogue.presenter.js';
export { parseTimeLimit, ruleLabel, type TimeRule } from './time-rule.js';

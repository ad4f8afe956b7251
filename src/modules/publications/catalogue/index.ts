import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';

/** Use cases of the catalogue part of 主动公开 (filled in by its owner). */
export function createCatalogueUseCases(_ctx: DocumentContext) {
  return {};
}

export type CatalogueUseCases = ReturnType<typeof createCatalogueUseCases>;

/** Staff API and portal pages of the catalogue part. */
export function registerCatalogueRoutes(_app: FastifyInstance, _svc: CatalogueUseCases, _deps: { ctx: DocumentContext }): void {}

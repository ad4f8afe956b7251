import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';

/** Use cases of the gazette part of 主动公开 (filled in by its owner). */
export function createGazetteUseCases(_ctx: DocumentContext) {
  return {};
}

export type GazetteUseCases = ReturnType<typeof createGazetteUseCases>;

/** Staff API and portal pages of the gazette part. */
export function registerGazetteRoutes(_app: FastifyInstance, _svc: GazetteUseCases, _deps: { ctx: DocumentContext }): void {}

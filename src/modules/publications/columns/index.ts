import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';

/** Use cases of the columns part of 主动公开 (filled in by its owner). */
export function createColumnsUseCases(_ctx: DocumentContext) {
  return {};
}

export type ColumnsUseCases = ReturnType<typeof createColumnsUseCases>;

/** Staff API and portal pages of the columns part. */
export function registerColumnsRoutes(_app: FastifyInstance, _svc: ColumnsUseCases, _deps: { ctx: DocumentContext }): void {}

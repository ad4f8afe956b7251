import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';

/** Use cases of the normative part of 主动公开 (filled in by its owner). */
export function createNormativeUseCases(_ctx: DocumentContext) {
  return {};
}

export type NormativeUseCases = ReturnType<typeof createNormativeUseCases>;

/** Staff API and portal pages of the normative part. */
export function registerNormativeRoutes(_app: FastifyInstance, _svc: NormativeUseCases, _deps: { ctx: DocumentContext }): void {}

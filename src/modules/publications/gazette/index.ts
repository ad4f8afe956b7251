import type { FastifyInstance } from 'fastify';
import type { DocumentContext } from '../document-context.js';
import { registerGazettePortal } from './gazette.portal.js';
import { createGazettePublicUseCases } from './gazette.public.js';
import { registerGazetteApi } from './gazette.routes.js';
import { createGazetteIssueUseCases } from './gazette.service.js';

export type { GazetteTables } from './gazette.tables.js';

/**
 * Use cases of 政府公报 (条例第二十三条: one of the channels of 主动公开): issues with sections of published
 * documents, publication with a stored PDF, withdrawal; and what the public reads.
 */
export function createGazetteUseCases(ctx: DocumentContext) {
  return {
    issues: createGazetteIssueUseCases(ctx),
    public: createGazettePublicUseCases(ctx),
  };
}

export type GazetteUseCases = ReturnType<typeof createGazetteUseCases>;

/** Staff API and portal pages of the gazette part. */
export function registerGazetteRoutes(app: FastifyInstance, svc: GazetteUseCases, deps: { ctx: DocumentContext }): void {
  registerGazetteApi(app, svc.issues);
  registerGazettePortal(app, { orgs: deps.ctx.deps.orgs, gazette: svc.public });
}

import { createAttachmentUseCases } from './attachments.service.js';
import { type PublicationDeps, createDocumentContext } from './document-context.js';
import { createDraftUseCases } from './drafts.service.js';
import { createImportUseCases } from './import.service.js';
import { createPrivacyUseCases } from './privacy.service.js';
import { createPublicUseCases } from './public.service.js';
import { createSensitiveWordUseCases } from './sensitive-words.service.js';
import { createWorkflowUseCases } from './workflow.service.js';
import { documentsRepository as repo } from './publications.repository.js';
import { createCatalogueUseCases } from './catalogue/index.js';
import { createColumnsUseCases } from './columns/index.js';
import { createGazetteUseCases } from './gazette/index.js';
import { createNormativeUseCases } from './normative/index.js';
import { createGuideUseCases } from './guides/index.js';
import { documentStatistics } from './normative/statistics.js';

export type { PublicationDeps };
export type PublicationService = ReturnType<typeof createPublicationService>;

/** 主动公开: drafts, attachments, the review workflow and its gate, import, and what the public reads. */
export function createPublicationService(deps: PublicationDeps) {
  const ctx = createDocumentContext(deps);
  const workflow = createWorkflowUseCases(ctx);
  const check = async (id: number) => workflow.gate.check((await repo.findById(ctx.db, id))!);
  return {
    drafts: createDraftUseCases(ctx),
    attachments: createAttachmentUseCases(ctx),
    workflow,
    privacy: createPrivacyUseCases(ctx, check),
    words: createSensitiveWordUseCases(ctx),
    imports: createImportUseCases(ctx, workflow),
    public: createPublicUseCases(ctx),
    catalogue: createCatalogueUseCases(ctx),
    columns: createColumnsUseCases(ctx),
    normative: createNormativeUseCases(ctx),
    gazette: createGazetteUseCases(ctx),
    guides: createGuideUseCases(ctx),
    /** Table 二 第二十条第（一）项 of the annual report: 规章 and 行政规范性文件 issued, repealed, in force. */
    statistics: { documents: (q: { orgIds: number[]; year: number }) => documentStatistics(deps.db, q) },
    /** Shared helpers for the sub-parts' routes (scope checks, org lookup). */
    ctx,
    invalidateOrgCache: ctx.invalidateOrgs,
  };
}

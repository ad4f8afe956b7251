import { createAppealUseCases } from './appeals/appeals.service.js';
import { createHandlingUseCases } from './handling.service.js';
import { createQueryUseCases } from './queries.service.js';
import { createReplyUseCases } from './reply.service.js';
import { createTemplateUseCases } from './templates.service.js';
import { type InfoRequestDeps, createRequestContext } from './request-context.js';
import { createSubmitUseCases } from './submit.service.js';
import { createStatistics } from './statistics/index.js';
import { createSuggestionUseCases } from './suggestions/suggestions.service.js';

/**
 * 依申请公开 (条例第二十七条—第四十五条): public submission and tracking, the office's handling steps
 * on the statutory clock, replies with letters, and the reads behind lists and the dashboard.
 */
export function createInfoRequestService(deps: InfoRequestDeps) {
  const ctx = createRequestContext(deps);
  const templates = createTemplateUseCases(ctx);
  return {
    ctx,
    templates,
    replies: createReplyUseCases(ctx, templates, { files: deps.files, mail: deps.mail }),
    submission: createSubmitUseCases(ctx),
    handling: createHandlingUseCases(ctx),
    queries: createQueryUseCases(ctx),
    appeals: createAppealUseCases(ctx),
    suggestions: createSuggestionUseCases(ctx),
    /** Tables 三 and 四 of the annual report and the requests behind each cell (statistics/). */
    statistics: createStatistics(deps.db),
  };
}

export type InfoRequestService = ReturnType<typeof createInfoRequestService>;
export type { InfoRequestDeps };

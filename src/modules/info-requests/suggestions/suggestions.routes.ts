import { REQUEST_READERS } from '../info-requests.policy.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/http/index.js';
import type { SuggestionUseCases } from './suggestions.service.js';
import { suggestionsQuery, suggestionsResponse } from './suggestions.schemas.js';

/** 依申请转主动 (条例第四十四条): a read for anyone in scope; the decision to publish stays with the office. */
export function registerSuggestionRoutes(app: FastifyInstance, suggestions: SuggestionUseCases): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/info-requests/proactive-suggestions', {
    config: { access: REQUEST_READERS },
    schema: {
      tags: ['info-requests'],
      summary: '依申请转主动建议：多个申请人申请相同或相近信息的申请分组（条例第四十四条）',
      querystring: suggestionsQuery,
      response: { 200: suggestionsResponse },
    },
  }, async (req) => suggestions.proactiveSuggestions(principalOf(req), req.query));
}

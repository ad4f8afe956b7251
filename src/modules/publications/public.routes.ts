import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiIso } from '../../platform/time/index.js';
import { documentIdParams } from './publications.schemas.js';
import type { PublicationService } from './publications.service.js';
import { VALIDITIES } from './vocabulary.js';

const facet = z.array(z.object({ value: z.string(), label: z.string(), count: z.number() }));
export const publicSearchQuery = z.object({
  q: z.string().max(1000, '查询词最多1000个字符').optional(),
  org: z.string().max(40).optional(),
  within: z.string().max(40).optional(),
  topic: z.string().regex(/^\d{2}(-\d{2})?$/, '主题分类代码格式有误，例如 02 或 02-01').optional(),
  genre: z.string().max(20).optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  validity: z.enum(VALIDITIES).optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  page: z.coerce.number().int().min(1).max(1000, '最多翻到第1000页').default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

const hit = z.object({
  id: z.number(), title: z.string(), titleHtml: z.string(), indexNumber: z.string().nullable(), docNumber: z.string().nullable(), org: z.string(), orgCode: z.string(),
  publishedAt: z.string(), snippet: z.string(), url: z.string(), exact: z.boolean().optional(),
});
export const publicSearchResult = z.object({
  total: z.number(), totalIsEstimate: z.boolean(), page: z.number(), pageSize: z.number(), hits: z.array(hit),
  facets: z.object({ org: facet, topic: facet, genre: facet, year: facet, validity: facet }), terms: z.array(z.string()), tookMs: z.number(),
});

const publicDocument = z.object({
  id: z.number(), indexNumber: z.string().nullable(), title: z.string(), docNumber: z.string().nullable(), writtenAt: z.string().nullable(), publishedAt: z.string().nullable(),
  orgs: z.array(z.object({ code: z.string(), name: z.string() })), topic: z.object({ code: z.string(), label: z.string() }).nullable(), genre: z.string().nullable(), keywords: z.string(),
  summary: z.string(), validity: z.string().nullable(), validityLabel: z.string().nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable(), isNormative: z.boolean(),
  bodyHtml: z.string(), attachments: z.array(z.object({ name: z.string(), size: z.number(), mime: z.string(), url: z.string() })),
  withdrawn: z.boolean(), withdrawnAt: z.string().nullable(), withdrawReason: z.string().nullable(), url: z.string(),
});

/** The public JSON API: search with filters and facets, and one document (OpenAPI documented). */
export function registerPublicDocumentRoutes(app: FastifyInstance, svc: PublicationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/public/documents', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: '检索已公开的政府信息（全文、筛选、分面）', querystring: publicSearchQuery, response: { 200: publicSearchResult } },
  }, async (req) => svc.public.search(req.query));

  r.get('/api/v1/public/documents/:id', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: '一件已公开的政府信息', params: documentIdParams, response: { 200: publicDocument } },
  }, async (req) => {
    const d = await svc.public.document(req.params.id);
    return {
      ...d,
      // Public times carry the +08:00 offset (docs/architecture.md: times ISO 8601 with offset).
      publishedAt: d.publishedAt ? shanghaiIso(d.publishedAt) : null,
      withdrawnAt: d.withdrawnAt ? shanghaiIso(d.withdrawnAt) : null,
      orgs: d.orgs.map((o) => ({ code: o.code, name: o.name })),
      bodyHtml: d.status === 'withdrawn' ? '' : d.bodyHtml,
      attachments: d.status === 'withdrawn' ? [] : d.attachments.map((a) => ({ name: a.name, size: a.size, mime: a.mime, url: `/xxgk/documents/${d.id}/attachments/${a.id}` })),
      withdrawn: d.status === 'withdrawn',
      url: `/xxgk/documents/${d.id}`,
    };
  });
}

import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '../../../platform/http/index.js';
import type { OrgService } from '../../orgs/index.js';
import { loadSite, pageContext, sendFresh } from '../../portal/index.js';
import { PUBLIC_ROUTE, nullIfNotFound, quote, readQuery, rowIdOf, sendNotFound } from '../normative/index.js';
import type { GazettePublicUseCases } from './gazette.public.js';
import { renderGazetteList, renderIssuePage } from './gazette.pages.js';

/** The public 政府公报 pages and the PDF download (the stored file, streamed, validated by its content key). */
export function registerGazettePortal(app: FastifyInstance, deps: { orgs: OrgService; gazette: GazettePublicUseCases }): void {
  const opts = PUBLIC_ROUTE;
  const missing = '没有找到这期公报：它可能尚未发布，或者地址有误。';
  const notFound = (req: FastifyRequest, reply: FastifyReply) => sendNotFound(req, reply, missing);

  app.get('/xxgk/gazette', opts, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const { org, notices, value } = readQuery(req, orgs, '主办机关');
    let year: number | undefined;
    const y = value('year');
    if (y) {
      if (/^\d{4}$/.test(y) && +y >= 1949 && +y <= 2100) year = +y;
      else notices.push(`年份${quote(y)}无效，已显示全部年份。`);
    }
    const { years, issues } = await deps.gazette.list(org, year);
    return sendFresh(req, reply, renderGazetteList(pageContext(req, name), { org, year, years, issues, orgs, notices }));
  });

  app.get('/xxgk/gazette/:id', opts, async (req, reply) => {
    const id = rowIdOf((req.params as { id?: string }).id);
    if (id === null) return notFound(req, reply);
    const [{ name }, issue] = await Promise.all([loadSite(deps.orgs), deps.gazette.issue(id).catch(nullIfNotFound)]);
    if (!issue) return notFound(req, reply);
    return sendFresh(req, reply, renderIssuePage(pageContext(req, name), issue), { status: issue.status === 'withdrawn' ? 410 : 200 });
  });

  app.get('/xxgk/gazette/:id.pdf', opts, async (req, reply) => {
    const id = rowIdOf((req.params as { id?: string }).id);
    const pdf = id === null ? null : await deps.gazette.pdf(id).catch(nullIfNotFound);
    if (!pdf) return notFound(req, reply);
    const stat = await fs.promises.stat(pdf.path).catch(() => null);
    if (!stat?.isFile()) {
      req.log.error({ issueId: id }, 'gazette PDF missing from the store');
      return notFound(req, reply);
    }
    const etag = `"${pdf.key}"`; // content-addressed: the key is a strong validator
    reply.header('etag', etag).header('cache-control', 'no-cache').header('content-type', 'application/pdf').header('content-disposition', contentDisposition(pdf.fileName));
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    reply.header('content-length', stat.size);
    return reply.send(fs.createReadStream(pdf.path));
  });
}

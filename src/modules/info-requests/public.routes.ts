import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiIso } from '../../platform/time/index.js';
import { correctionBody, submitBody, submitResponse, trackQuery, trackResponse } from './info-requests.schemas.js';
import type { InfoRequestService } from './info-requests.service.js';
import { sendLetter } from './reply.routes.js';

const tags = ['public'];
const codeParams = z.object({ trackingCode: z.string().max(40) });
const TRACK_LIMIT = { max: 60, timeWindow: '1 minute' };

/**
 * The public JSON contract of 依申请公开 (issue #4): submit, track with the secret (or the last six
 * characters of the ID), and send a 补正 online.
 */
export function registerPublicRequestRoutes(app: FastifyInstance, svc: InfoRequestService, opts: { submitsPerHour: number }): void {
  // Per IP (config.requestSubmitsPerHour): generous for a family sharing an address, tight for a script; per-person limits are in the service.
  const SUBMIT_LIMIT = { max: opts.submitsPerHour, timeWindow: '1 hour' };
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/public/requests', {
    config: { access: 'public', rateLimit: SUBMIT_LIMIT },
    schema: { tags, summary: '提交政府信息公开申请（条例第二十九条）', body: submitBody, response: { 201: submitResponse } },
  }, async (req, reply) => {
    const { trackingCode, secret, row } = await svc.submission.submit(req.body, { ip: req.ip });
    return reply.status(201).send({
      trackingCode, secret, status: row.status, submittedAt: shanghaiIso(row.submitted_at),
      trackUrl: `/yisqgk/track?code=${encodeURIComponent(trackingCode)}`,
    });
  });

  r.get('/api/v1/public/requests/:trackingCode', {
    config: { access: 'public', rateLimit: TRACK_LIMIT },
    schema: { tags, summary: '查询申请办理进度（查询码 + 查询密码，或证件号码后六位）', params: codeParams, querystring: trackQuery, response: { 200: trackResponse } },
  }, async (req) => {
    const { row: _row, ...view } = await svc.submission.track(req.params.trackingCode, req.query);
    return view;
  });

  r.get('/api/v1/public/requests/:trackingCode/letters/:letterId.:format', {
    config: { access: 'public', rateLimit: TRACK_LIMIT },
    schema: {
      tags, summary: '下载答复书（docx 或 pdf；查询码 + 查询密码或证件号码后六位）',
      params: z.object({ trackingCode: z.string().max(40), letterId: z.coerce.number().int().positive(), format: z.enum(['docx', 'pdf']) }), querystring: trackQuery,
    },
  }, async (req, reply) => {
    const { row } = await svc.submission.track(req.params.trackingCode, req.query);
    return sendLetter(reply, await svc.replies.publicFile(row.id, req.params.letterId, req.params.format));
  });

  r.post('/api/v1/public/requests/:trackingCode/correction', {
    config: { access: 'public', rateLimit: TRACK_LIMIT },
    schema: { tags, summary: '在线提交补正材料（条例第三十条）', params: codeParams, body: correctionBody, response: { 200: trackResponse } },
  }, async (req) => {
    const { row: _row, ...view } = await svc.submission.correct(req.params.trackingCode, req.body, req.body.text);
    return view;
  });
}

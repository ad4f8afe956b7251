import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, NotFoundError, ValidationError } from '../../../platform/errors/index.js';
import { shanghaiIso } from '../../../platform/time/index.js';
import type { OrgService } from '../../orgs/index.js';
import { PUBLIC_PAGE, type PageContext, loadSite, pageContext, renderErrorPage, sendFresh } from '../../portal/index.js';
import { RequestStepRefused, TrackingRefused } from '../info-requests.errors.js';
import type { InfoRequestService } from '../info-requests.service.js';
import { sendLetter } from '../reply.routes.js';
import { renderAcknowledgement, renderApplyForm } from './apply.page.js';
import { type FieldErrors, type FormValues, type Proof, formValues, parseApplication, parseCorrection, parseLetter, parseProof } from './form-parse.js';
import { renderYisqgkHome } from './home.page.js';
import { type StatusPageData, renderStatusPage, renderTrackForm } from './track.page.js';

/** Per IP, as the JSON API (public.routes.ts): generous for a family or an office sharing an address, tight for a script. */
const TRACK_LIMIT = { max: 60, timeWindow: '1 minute' };
/** The forms' POST routes: public, rate-limited, never cached (not PUBLIC_PAGE). */
const formRoute = (rateLimit: { max: number; timeWindow: string }) => ({ config: { access: 'public' as const, rateLimit }, schema: { hide: true } });

const first = (v: unknown): string | undefined => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : undefined;
};
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * Pages holding personal data or the tracking secret: `no-store`, so neither the browser's history
 * cache nor a proxy keeps them.
 */
function sendPrivate(reply: FastifyReply, html: string, status = 200) {
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/**
 * The applicant's pages of 依申请公开 (no JavaScript needed): `/yisqgk/` (how to apply), the
 * application form and its acknowledgement, tracking, the online 补正 and the letter downloads.
 * Everything after the query is a POST carrying the proof in the body, so the secret never lands in
 * an address, a Referer or an access log.
 */
export function registerInfoRequestPortal(app: FastifyInstance, svc: InfoRequestService, deps: { orgs: Pick<OrgService, 'listPublic'>; submitsPerHour: number }): void {
  // The same per-IP limit as the JSON API (config.requestSubmitsPerHour).
  const SUBMIT_LIMIT = { max: deps.submitsPerHour, timeWindow: '1 hour' };
  async function site(req: FastifyRequest) {
    const { name, orgs } = await loadSite(deps.orgs);
    return { ctx: pageContext(req, name), orgs };
  }

  /** The applicant's view, or null for a wrong code or proof (one answer for both: codes cannot be probed). */
  async function track(proof: Proof) {
    try {
      return await svc.submission.track(proof.code, proof);
    } catch (err) {
      if (err instanceof TrackingRefused) return null;
      throw err;
    }
  }

  const trackRefused = (reply: FastifyReply, ctx: PageContext, values: FormValues) =>
    sendPrivate(reply, renderTrackForm(ctx, { values: { code: values.code ?? '' }, errors: { '': new TrackingRefused().detail ?? '查询不到申请' } }), 404);

  async function statusPage(reply: FastifyReply, ctx: PageContext, view: NonNullable<Awaited<ReturnType<typeof track>>>, proof: Proof, extra: Partial<StatusPageData> = {}, status = 200) {
    const { row, ...shown } = view;
    const letters = await svc.replies.publicLetters(row.id);
    return sendPrivate(reply, renderStatusPage(ctx, { view: shown, proof, letters, ...extra }), status);
  }

  app.get('/yisqgk', PUBLIC_PAGE, async (_req, reply) => reply.redirect('/yisqgk/', 301));

  app.get('/yisqgk/', PUBLIC_PAGE, async (req, reply) => {
    const { ctx, orgs } = await site(req);
    return sendFresh(req, reply, renderYisqgkHome(ctx, orgs));
  });

  app.get('/yisqgk/apply', PUBLIC_PAGE, async (req, reply) => {
    const { ctx, orgs } = await site(req);
    const to = first((req.query as Record<string, unknown>).to);
    const values: FormValues = to && orgs.some((o) => o.code === to) ? { to } : {};
    return sendFresh(req, reply, renderApplyForm(ctx, { orgs, values, errors: {} }));
  });

  app.post('/yisqgk/apply', formRoute(SUBMIT_LIMIT), async (req, reply) => {
    const values = formValues(req.body);
    const { ctx, orgs } = await site(req);
    // The visitor's own input goes back to them on their own page, the ID number too (no-store).
    const again = (errors: FieldErrors, status: number, refusal?: { message: string; trackingCode?: string }) =>
      sendPrivate(reply, renderApplyForm(ctx, { orgs, values, errors, refusal }), status);
    const parsed = parseApplication(values);
    if (!parsed.ok) return again(parsed.errors, 400);
    try {
      const { trackingCode, secret, row } = await svc.submission.submit(parsed.value, { ip: req.ip });
      const orgName = orgs.find((o) => o.code === parsed.value.to.trim())?.name ?? '';
      return sendPrivate(reply, renderAcknowledgement(ctx, {
        trackingCode, secret, orgName, submittedAt: minute(shanghaiIso(row.submitted_at)), description: row.description,
      }), 201);
    } catch (err) {
      // An organisation disabled since the form was loaded.
      if (err instanceof ValidationError) return again({ to: err.detail ?? '请选择受理机关' }, 400);
      if (err instanceof AppError && (err.code === 'INFO_REQUEST_DUPLICATE' || err.code === 'INFO_REQUEST_RATE_LIMITED')) {
        const code = err.extensions?.trackingCode;
        return again({}, err.status, { message: err.detail ?? err.title, trackingCode: typeof code === 'string' ? code : undefined });
      }
      throw err;
    }
  });

  app.get('/yisqgk/track', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const { ctx } = await site(req);
    // The acknowledgement links here with the code (never the secret) filled in.
    const code = first((req.query as Record<string, unknown>).code)?.trim().slice(0, 40);
    return sendPrivate(reply, renderTrackForm(ctx, { values: code ? { code } : {}, errors: {} }));
  });

  /** The form's code and proof checked and the request found; otherwise the answer to send is already sent. */
  async function tracked(req: FastifyRequest, reply: FastifyReply) {
    const values = formValues(req.body);
    const { ctx } = await site(req);
    const proof = parseProof(values);
    if (!proof.ok) return { sent: sendPrivate(reply, renderTrackForm(ctx, { values: { code: values.code ?? '' }, errors: proof.errors }), 400) };
    const view = await track(proof.value);
    if (!view) return { sent: trackRefused(reply, ctx, values) };
    return { values, ctx, proof: proof.value, view };
  }

  app.post('/yisqgk/track', formRoute(TRACK_LIMIT), async (req, reply) => {
    const t = await tracked(req, reply);
    return 'sent' in t ? t.sent : statusPage(reply, t.ctx, t.view, t.proof);
  });

  app.post('/yisqgk/track/correction', formRoute(TRACK_LIMIT), async (req, reply) => {
    const t = await tracked(req, reply);
    if ('sent' in t) return t.sent;
    const { values, ctx, view } = t;
    const proof = { value: t.proof };
    const text = parseCorrection(values);
    if (!text.ok) return statusPage(reply, ctx, view, proof.value, { errors: text.errors, correctionText: values.text }, 400);
    try {
      const after = await svc.submission.correct(proof.value.code, proof.value, text.value);
      return statusPage(reply, ctx, after, proof.value, { corrected: true });
    } catch (err) {
      // No longer awaiting a 补正 (already sent, or the office moved on): say why on the status page.
      if (err instanceof RequestStepRefused) return statusPage(reply, ctx, view, proof.value, { errors: { '': err.detail ?? err.title } }, 409);
      throw err;
    }
  });

  app.post('/yisqgk/letters', formRoute(TRACK_LIMIT), async (req, reply) => {
    const values = formValues(req.body);
    const proof = parseProof(values);
    const letter = parseLetter(values);
    if (!proof.ok || !letter) {
      const { ctx } = await site(req);
      return sendPrivate(reply, renderTrackForm(ctx, { values: { code: values.code ?? '' }, errors: proof.ok ? { '': '请从办理进度页面下载答复书' } : proof.errors }), 400);
    }
    const view = await track(proof.value);
    if (!view) return trackRefused(reply, (await site(req)).ctx, values);
    try {
      return await sendLetter(reply, await svc.replies.publicFile(view.row.id, letter.letterId, letter.format));
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      return sendPrivate(reply, renderErrorPage({ status: 404, title: '答复书不存在', detail: '没有找到这份答复书，请回到办理进度页面重新下载。', requestId: req.id }, req), 404);
    }
  });
}

import type { Kysely, Selectable, Updateable } from 'kysely';
import nodemailer from 'nodemailer';
import type { Page } from '../db/index.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import type { Job } from '../jobs/index.js';
import type { Clock } from '../time/index.js';
import { normaliseMailAddress } from './address.js';
import type { MailOutboxTable, MailStatus, MailTables } from './mail.tables.js';
import { DEFAULT_MAX_ATTEMPTS, retryDelayMs } from './retry.js';

/** A mail to queue. `text` is required (every client shows it); `html` is an optional alternative. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** What the mail is about, shown in the admin view: `{ type: 'info_request', id: 42 }`. */
  related?: { type: string; id: string | number } | null;
}

/** A queued mail as the admin view sees it. Times are ISO 8601 UTC. */
export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  relatedType: string | null;
  relatedId: string | null;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  messageId: string | null;
}

/** What one delivery round did: delivered, failed but scheduled again, given up. */
export interface DeliverySummary {
  sent: number;
  retried: number;
  failed: number;
}

/** The part of a nodemailer transporter the mailer uses (tests or other transports may supply their own). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    messageId?: string;
    headers?: Record<string, string>;
  }): Promise<{ messageId?: string }>;
  close?(): void;
}

/** pino-compatible. */
export interface MailLogger {
  warn(obj: object, msg: string): void;
}

export interface MailerOptions {
  db: Kysely<any>;
  clock: Clock;
  /** A ready transport; otherwise one is built from `smtpUrl`. */
  transport?: MailTransport | null;
  /** `smtp://host:port` or `smtps://user:pass@host:port`; unset (and no transport): mails stay queued. */
  smtpUrl?: string | null;
  /** Sender, e.g. `政务公开平台 <noreply@example.gov.cn>`. */
  from: string;
  /** Attempts before a mail is marked failed (10). */
  maxAttempts?: number;
  /** SMTP connection, greeting and socket-idle timeouts in ms (10 s). */
  timeoutMs?: number;
  log?: MailLogger;
}

export interface Mailer {
  /** True when mail can be delivered (an SMTP URL or a transport was given). */
  readonly configured: boolean;
  enqueue(trx: Kysely<any>, mail: MailMessage): Promise<number>;
  deliverDue(limit?: number): Promise<DeliverySummary>;
  list(query: { status?: MailStatus; limit: number; offset: number }): Promise<Page<OutboxMail>>;
  get(id: number): Promise<OutboxMail | undefined>;
  retryNow(id: number): Promise<OutboxMail>;
  close(): Promise<void>;
}

/**
 * How long a claim keeps other processes away from a mail being sent. Far longer than one SMTP
 * conversation (three 10 s timeouts); a process that dies mid-send releases its mails when it runs out.
 */
export const CLAIM_MS = 10 * 60_000;
const MAX_ERROR_CHARS = 1000;

const defaultLog: MailLogger = { warn: (_obj, msg) => process.emitWarning(msg, 'MailWarning') };

/**
 * The outbox mailer: `enqueue` writes a row in the caller's transaction, `deliverDue` sends due rows
 * over SMTP and retries failures with backoff. See CONTEXT.md for the guarantees.
 *
 * @example
 *   const mailer = createMailer({ db, clock, smtpUrl: config.smtpUrl, from: config.mailFrom, log });
 *   await db.transaction().execute(async (trx) => { …change…; await mailer.enqueue(trx, { to, subject, text }); });
 *   await mailer.deliverDue(); // from a job
 * @throws Error when `from` is not an address (a configuration error).
 */
export function createMailer(opts: MailerOptions): Mailer {
  const db = opts.db as Kysely<MailTables>;
  const { clock } = opts;
  const log = opts.log ?? defaultLog;
  const maxAttempts = Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const timeout = opts.timeoutMs ?? 10_000;
  if (!/@/.test(opts.from)) throw new Error(`GONGKAI_MAIL_FROM 不是邮箱地址：${opts.from}`);
  const fromDomain = /@([^>\s]+)>?\s*$/.exec(opts.from)?.[1] ?? 'localhost';

  const transport: MailTransport | null =
    opts.transport ??
    (opts.smtpUrl
      ? nodemailer.createTransport({
          url: opts.smtpUrl,
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout,
          // Our mails carry no attachments: never let message content read files or fetch URLs.
          disableFileAccess: true,
          disableUrlAccess: true,
        })
      : null);
  let warned = false;

  const nowIso = () => clock.now().toISOString();

  async function get(id: number): Promise<OutboxMail | undefined> {
    const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? present(row) : undefined;
  }

  /**
   * One mail: claim it (a conditional update, no transaction held), talk to SMTP, record the outcome.
   * Returns false when the SMTP server could not be reached at all (the round should stop).
   */
  async function deliverOne(row: MailOutboxRow, summary: DeliverySummary): Promise<boolean> {
    const claimedAt = clock.now().toISOString();
    const claim = await db
      .updateTable('mail_outbox')
      .set({ attempts: row.attempts + 1, locked_until: new Date(Date.parse(claimedAt) + CLAIM_MS).toISOString() })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where('attempts', '=', row.attempts)
      .where('next_attempt_at', '<=', claimedAt)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', claimedAt)]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) return true; // another process took it, or an admin changed it
    const attempts = row.attempts + 1;
    // Only while the claim is still ours: status and attempts unchanged since we took it.
    const finish = (set: Updateable<MailOutboxTable>) =>
      db.updateTable('mail_outbox').set(set).where('id', '=', row.id).where('status', '=', 'pending').where('attempts', '=', attempts).execute();

    let messageId: string | undefined;
    try {
      const info = await transport!.sendMail({
        from: opts.from,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        ...(row.html_body ? { html: row.html_body } : {}),
        // The same Message-ID on every attempt, so a rare resend (a crash after the server accepted
        // the mail) can be recognised as a duplicate by the receiving side.
        messageId: `<gongkai.${row.id}.${Date.parse(row.created_at)}@${fromDomain}>`,
        headers: { 'X-Gongkai-Mail-Id': String(row.id) },
      });
      messageId = info.messageId;
    } catch (err) {
      const error = describeError(err);
      const giveUp = attempts >= maxAttempts;
      await finish({
        status: giveUp ? 'failed' : 'pending',
        locked_until: null,
        last_error: error,
        ...(giveUp ? {} : { next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(attempts)).toISOString() }),
      });
      if (giveUp) summary.failed += 1;
      else summary.retried += 1;
      log.warn({ mailId: row.id, attempts, error }, giveUp ? `邮件 ${row.id} 已发送失败 ${attempts} 次，停止重试` : `邮件 ${row.id} 发送失败，稍后重试`);
      return !isConnectionError(err);
    }
    await finish({ status: 'sent', locked_until: null, sent_at: nowIso(), message_id: messageId ?? null, last_error: null });
    summary.sent += 1;
    return true;
  }

  return {
    configured: transport !== null,

    /**
     * Queues a mail inside the caller's transaction: it exists exactly when that transaction commits.
     * @throws InvalidMailAddressError (400) when `to` is not a usable address.
     */
    async enqueue(trx, mail) {
      const to = normaliseMailAddress(mail.to);
      const subject = String(mail.subject ?? '').replace(/[\r\n]+/g, ' ').trim();
      if (subject === '') throw new Error('邮件主题不能为空');
      if (typeof mail.text !== 'string') throw new Error('邮件正文不能为空');
      const now = nowIso();
      const { id } = await (trx as Kysely<MailTables>)
        .insertInto('mail_outbox')
        .values({
          to_address: to,
          subject,
          text_body: mail.text,
          html_body: mail.html ?? null,
          related_type: mail.related?.type ?? null,
          related_id: mail.related ? String(mail.related.id) : null,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          locked_until: null,
          last_error: null,
          created_at: now,
          sent_at: null,
          message_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(id);
    },

    /**
     * Sends up to `limit` due mails, one at a time, without holding a transaction while talking to SMTP.
     * SMTP failures are recorded on the mail, never thrown (database errors are).
     */
    async deliverDue(limit = 20) {
      const summary: DeliverySummary = { sent: 0, retried: 0, failed: 0 };
      if (!transport) {
        if (!warned) {
          warned = true;
          log.warn({}, '未配置 GONGKAI_SMTP_URL：邮件保留在发件箱中，配置后将自动发送');
        }
        return summary;
      }
      const now = nowIso();
      const due = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(Math.max(1, Math.floor(limit)))
        .execute();
      for (const row of due) {
        // Server unreachable: the other mails would fail the same way, so they keep their attempts.
        if (!(await deliverOne(row, summary))) break;
      }
      return summary;
    },

    async list({ status, limit, offset }) {
      let q = db.selectFrom('mail_outbox');
      if (status) q = q.where('status', '=', status);
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('id', 'desc').limit(Math.min(Math.max(1, Math.floor(limit)), 200)).offset(Math.max(0, Math.floor(offset))).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(present), total: Number(count.n) };
    },

    get,

    /**
     * Makes a mail due now. A failed mail gets a fresh round of attempts.
     * @throws NotFoundError (404 MAIL_NOT_FOUND); ConflictError (409 MAIL_ALREADY_SENT).
     */
    async retryNow(id) {
      const row = await db.selectFrom('mail_outbox').select(['status']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError('邮件', 'MAIL_NOT_FOUND');
      if (row.status === 'sent') throw new ConflictError('MAIL_ALREADY_SENT', '该邮件已发送成功，无需重发');
      await db
        .updateTable('mail_outbox')
        .set(row.status === 'failed' ? { status: 'pending', attempts: 0, next_attempt_at: nowIso() } : { next_attempt_at: nowIso() })
        .where('id', '=', id)
        .where('status', '=', row.status)
        .execute();
      return (await get(id))!;
    },

    async close() {
      transport?.close?.();
    },
  };
}

/** A job for startJobs that delivers due mail every `everyMs` (1 minute). */
export function mailDeliveryJob(mailer: Mailer, everyMs = 60_000): Job {
  return { name: 'mail-delivery', everyMs, run: () => mailer.deliverDue() };
}

type MailOutboxRow = Selectable<MailOutboxTable>;

function present(r: MailOutboxRow): OutboxMail {
  return {
    id: Number(r.id),
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    relatedType: r.related_type,
    relatedId: r.related_id,
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    messageId: r.message_id,
  };
}

// nodemailer's codes for "could not reach or talk to the server at all" (as opposed to this mail being refused).
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED', 'ECONNRESET']);

function isConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; responseCode?: unknown } | null;
  // 421: the server is not taking mail at all just now (RFC 5321 §4.2.2), whatever the message.
  return (typeof e?.code === 'string' && CONNECTION_CODES.has(e.code)) || e?.responseCode === 421;
}

/** A short, storable description: nodemailer's code, the server's reply code, the message. */
function describeError(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode].filter((p) => p !== undefined && p !== null && p !== '').map(String);
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const text = parts.length ? `${parts.join(' ')}: ${message}` : message;
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

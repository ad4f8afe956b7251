import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-db.js';
import { type DbHandle, migrateToLatest, openDatabase } from '../db/index.js';
import { AppError, ConflictError, NotFoundError } from '../errors/index.js';
import { FakeClock } from '../time/index.js';
import { createMailer, DEFAULT_MAX_ATTEMPTS, InvalidMailAddressError, type Mailer, type MailerOptions, type MailTables, retryDelayMs } from './index.js';

const FROM = '政务公开平台 <noreply@heze.gov.cn>';
const SUBJECT = '【政府信息公开】您的申请（菏政公开〔2026〕第42号）已受理';
const TEXT = '张先生：\n\n您于2026年3月2日提交的政府信息公开申请已受理，我们将在20个工作日内答复。\n\n菏泽市人民政府办公室';

let tdb: TestDatabase;
let handle: DbHandle<MailTables>;
let sink: SmtpSink;
let clock: FakeClock;
let warnings: string[];
const mailers: Mailer[] = [];

function mailer(over: Partial<MailerOptions> = {}): Mailer {
  const m = createMailer({ db: handle.db, clock, smtpUrl: sink.url, from: FROM, log: { warn: (_o, msg) => warnings.push(msg) }, ...over });
  mailers.push(m);
  return m;
}

/** Queues a mail the way a service does: inside its transaction. */
function enqueue(m: Mailer, to = 'zhang.san@example.gov.cn', extra: { subject?: string; html?: string; related?: { type: string; id: number } } = {}) {
  return handle.db.transaction().execute((trx) => m.enqueue(trx, { to, subject: extra.subject ?? SUBJECT, text: TEXT, html: extra.html, related: extra.related }));
}

const row = (id: number) => handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

before(async () => {
  tdb = await createTestDatabase();
  handle = openDatabase<MailTables>(tdb.url);
  assert.equal(handle.engine, TEST_ENGINE);
  await migrateToLatest(handle.db, handle.engine);
  sink = createSmtpSink();
  await sink.start();
});

after(async () => {
  for (const m of mailers) await m.close();
  await sink.stop();
  await handle.close();
  await tdb.drop();
});

beforeEach(async () => {
  await handle.db.deleteFrom('mail_outbox').execute();
  await sink.start(); // a test may have left it stopped
  sink.mode = 'accept';
  sink.clear();
  clock = new FakeClock('2026-03-02T09:00:00+08:00');
  warnings = [];
});

describe(`mail outbox on ${TEST_ENGINE}`, () => {
  it('delivers a queued Chinese mail with subject, text and HTML intact, exactly once', async () => {
    const m = mailer();
    const html = '<p>张先生：</p><p>您的申请已<strong>受理</strong>。</p>';
    const id = await enqueue(m, 'zhang.san@example.gov.cn', { html, related: { type: 'info_request', id: 42 } });
    const queued = await row(id);
    assert.equal(queued.status, 'pending');
    assert.equal(queued.related_type, 'info_request');
    assert.equal(queued.related_id, '42');

    assert.deepEqual(await m.deliverDue(), { sent: 1, retried: 0, failed: 0 });
    const got = await sink.waitFor((x) => x.subject === SUBJECT);
    assert.equal(got.text.trim(), TEXT);
    assert.equal(got.html?.trim(), html);
    assert.deepEqual(got.to, ['zhang.san@example.gov.cn']);
    assert.deepEqual(got.envelope, { from: 'noreply@heze.gov.cn', to: ['zhang.san@example.gov.cn'] });
    assert.match(got.from, /政务公开平台/);

    const sent = await row(id);
    assert.equal(sent.status, 'sent');
    assert.equal(sent.attempts, 1);
    assert.equal(sent.sent_at, clock.now().toISOString());
    assert.equal(sent.locked_until, null);
    assert.ok(sent.message_id);
    assert.equal(got.messageId, sent.message_id);

    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    clock.advance(24 * 3600_000);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    assert.equal(sink.messages.length, 1);
  });

  it('never sends a mail whose transaction rolled back', async () => {
    const m = mailer();
    await assert.rejects(
      handle.db.transaction().execute(async (trx) => {
        await m.enqueue(trx, { to: 'li.si@example.gov.cn', subject: '不应发出', text: '回滚了' });
        throw new Error('business rule failed');
      }),
      /business rule failed/,
    );
    assert.equal((await m.list({ limit: 10, offset: 0 })).total, 0);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    assert.equal(sink.messages.length, 0);
  });

  it('refuses an invalid address with a Chinese error and queues nothing', async () => {
    const m = mailer();
    for (const bad of ['', 'zhangsan', 'zhang@', '@example.cn', 'a b@example.cn', 'a@example', 'x@y.cn, z@w.cn', '张三@example.cn', 'a..b@example.cn']) {
      await assert.rejects(enqueue(m, bad), (err: unknown) => {
        assert.ok(err instanceof InvalidMailAddressError, `${bad}: ${String(err)}`);
        assert.ok(err instanceof AppError);
        assert.equal(err.code, 'MAIL_ADDRESS_INVALID');
        assert.equal(err.status, 400);
        assert.match(err.detail!, /不是有效的电子邮箱地址/);
        return true;
      });
    }
    assert.equal((await m.list({ limit: 10, offset: 0 })).total, 0);
    // Full-width characters from a Chinese input method and a Chinese domain are accepted, normalised.
    const id = await enqueue(m, ' ｚｈａｎｇ＠Example．GOV．cn ');
    assert.equal((await row(id)).to_address, 'zhang@example.gov.cn');
    const id2 = await enqueue(m, 'wang@菏泽.中国');
    assert.equal((await row(id2)).to_address, 'wang@xn--sxwt00c.xn--fiqs8s');
  });

  it('keeps mail while SMTP is down and delivers it once after it comes back', async () => {
    const m = mailer();
    await sink.stop();
    const first = await enqueue(m, 'a@example.gov.cn', { subject: '第一封' });
    const second = await enqueue(m, 'b@example.gov.cn', { subject: '第二封' });

    // The server cannot be reached: one mail is charged an attempt, the round stops there.
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 1, failed: 0 });
    const a = await row(first);
    assert.equal(a.status, 'pending');
    assert.equal(a.attempts, 1);
    assert.match(a.last_error ?? '', /ECONNREFUSED|ESOCKET|ECONNECTION/);
    assert.equal(a.next_attempt_at, new Date(clock.now().getTime() + 60_000).toISOString());
    assert.equal(a.locked_until, null);
    assert.equal((await row(second)).attempts, 0);

    // Not due yet: nothing is tried.
    await sink.start();
    clock.advance(30_000);
    assert.deepEqual(await m.deliverDue(), { sent: 1, retried: 0, failed: 0 }); // only the untouched second mail
    assert.equal((await row(first)).status, 'pending');

    clock.advance(30_000);
    assert.deepEqual(await m.deliverDue(), { sent: 1, retried: 0, failed: 0 });
    const delivered = await row(first);
    assert.equal(delivered.status, 'sent');
    assert.equal(delivered.attempts, 2);
    clock.advance(3600_000);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    assert.deepEqual(sink.messages.map((x) => x.subject).sort(), ['第一封', '第二封']);
  });

  it('retries with backoff 1, 2, 4 … 60 min and marks the mail failed after the last attempt', async () => {
    const m = mailer();
    await sink.stop();
    const id = await enqueue(m);
    const delays: number[] = [];
    for (let i = 1; i <= DEFAULT_MAX_ATTEMPTS; i++) {
      const r = await m.deliverDue();
      const now = clock.now().getTime();
      const after = await row(id);
      assert.equal(after.attempts, i);
      if (i < DEFAULT_MAX_ATTEMPTS) {
        assert.deepEqual(r, { sent: 0, retried: 1, failed: 0 });
        assert.equal(after.status, 'pending');
        delays.push((Date.parse(after.next_attempt_at) - now) / 60_000);
        clock.set(after.next_attempt_at);
      } else {
        assert.deepEqual(r, { sent: 0, retried: 0, failed: 1 });
        assert.equal(after.status, 'failed');
        assert.ok(after.last_error);
      }
    }
    assert.deepEqual(delays, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
    clock.advance(24 * 3600_000);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });

    // An administrator retries it once the server is back: a fresh round of attempts.
    await sink.start();
    const again = await m.retryNow(id);
    assert.equal(again.status, 'pending');
    assert.equal(again.attempts, 0);
    assert.deepEqual(await m.deliverDue(), { sent: 1, retried: 0, failed: 0 });
    assert.equal(sink.messages.length, 1);
    await assert.rejects(m.retryNow(id), (err) => err instanceof ConflictError && err.code === 'MAIL_ALREADY_SENT');
    await assert.rejects(m.retryNow(999_999), (err) => err instanceof NotFoundError && err.code === 'MAIL_NOT_FOUND');
  });

  it('treats a server that refuses (421 greeting, 451 after DATA) as a failure to retry', async () => {
    const m = mailer({ maxAttempts: 2 });
    const id = await enqueue(m);
    sink.mode = 'reject-connect';
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 1, failed: 0 });
    assert.match((await row(id)).last_error ?? '', /421/);
    sink.mode = 'reject-data';
    clock.advance(retryDelayMs(1));
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 1 });
    const r = await row(id);
    assert.equal(r.status, 'failed');
    assert.match(r.last_error ?? '', /451/);
    assert.equal(sink.messages.length, 0);
  });

  it('leaves mail pending and warns once when no SMTP server is configured', async () => {
    const m = mailer({ smtpUrl: null });
    assert.equal(m.configured, false);
    const id = await enqueue(m);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    clock.advance(3600_000);
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /GONGKAI_SMTP_URL/);
    const r = await row(id);
    assert.equal(r.status, 'pending');
    assert.equal(r.attempts, 0);
    // Once configured (next start), the same row goes out.
    assert.deepEqual(await mailer().deliverDue(), { sent: 1, retried: 0, failed: 0 });
    assert.equal(sink.messages.length, 1);
  });

  it('sends each mail once when two deliverers run at the same time', async () => {
    const a = mailer();
    const b = mailer();
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push(await enqueue(a, `user${i}@example.gov.cn`, { subject: `通知${i}` }));
    const [ra, rb] = await Promise.all([a.deliverDue(), b.deliverDue()]);
    assert.equal(ra.sent + rb.sent, 6);
    assert.equal(sink.messages.length, 6);
    assert.equal(new Set(sink.messages.map((x) => x.subject)).size, 6);
    for (const id of ids) assert.equal((await row(id)).attempts, 1);
  });

  it('skips a mail another process is sending until its claim runs out', async () => {
    const m = mailer();
    const id = await enqueue(m);
    const lockedUntil = new Date(clock.now().getTime() + 60_000).toISOString();
    await handle.db.updateTable('mail_outbox').set({ attempts: 1, locked_until: lockedUntil }).where('id', '=', id).execute();
    await m.retryNow(id); // due now, but still claimed
    assert.deepEqual(await m.deliverDue(), { sent: 0, retried: 0, failed: 0 });
    clock.advance(60_000); // the other process died: its claim expires
    assert.deepEqual(await m.deliverDue(), { sent: 1, retried: 0, failed: 0 });
    assert.equal((await row(id)).attempts, 2);
  });

  it('lists the outbox newest first, by status, with paging', async () => {
    const m = mailer();
    for (let i = 0; i < 3; i++) await enqueue(m, `p${i}@example.gov.cn`, { subject: `待发${i}` });
    await m.deliverDue(2);
    const all = await m.list({ limit: 10, offset: 0 });
    assert.equal(all.total, 3);
    assert.deepEqual(all.items.map((x) => x.subject), ['待发2', '待发1', '待发0']);
    const pending = await m.list({ status: 'pending', limit: 10, offset: 0 });
    assert.deepEqual(pending.items.map((x) => x.subject), ['待发2']);
    assert.equal(pending.total, 1);
    const sent = await m.list({ status: 'sent', limit: 1, offset: 1 });
    assert.equal(sent.total, 2);
    assert.deepEqual(sent.items.map((x) => [x.subject, x.status, x.attempts, x.text]), [['待发0', 'sent', 1, TEXT]]);
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the sink received, parsed with mailparser. */
export interface SinkMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  headers: Map<string, unknown>;
  /** The SMTP envelope (MAIL FROM / RCPT TO). */
  envelope: { from: string | null; to: string[] };
}

/**
 * How the sink answers: `accept` everything; `reject-connect` greets with 421 (service not available),
 * `reject-data` refuses the message with 451 after DATA (a temporary failure at the last step).
 */
export type SinkMode = 'accept' | 'reject-connect' | 'reject-data';

export interface SmtpSink {
  /** Listens on 127.0.0.1: a random free port the first time, the same port when started again. */
  start(): Promise<void>;
  /** Stops listening (SMTP "down"); `start()` brings it back on the same port. */
  stop(): Promise<void>;
  readonly port: number;
  /** `smtp://127.0.0.1:<port>` */
  readonly url: string;
  readonly messages: SinkMessage[];
  mode: SinkMode;
  /** Resolves with the first received message matching, or rejects after `timeoutMs` (5 s). */
  waitFor(predicate: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  clear(): void;
}

/**
 * A real SMTP server for tests (no TLS, no authentication) that keeps what it receives.
 *
 * @example
 *   const sink = createSmtpSink(); await sink.start();
 *   const mailer = createMailer({ db, clock, smtpUrl: sink.url, from: '平台 <noreply@example.gov.cn>' });
 *   await sink.waitFor((m) => m.subject === '受理通知');
 */
export function createSmtpSink(): SmtpSink {
  const messages: SinkMessage[] = [];
  const waiters = new Set<{ predicate: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }>();
  let server: SMTPServer | null = null;
  let port = 0;

  const refusal = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

  const sink: SmtpSink = {
    mode: 'accept',
    messages,
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },

    async start() {
      if (server) return;
      const s = new SMTPServer({
        secure: false,
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        closeTimeout: 1000,
        onConnect(_session, cb) {
          cb(sink.mode === 'reject-connect' ? refusal(421, 'Service not available (test sink)') : null);
        },
        onData(stream, session, cb) {
          simpleParser(stream)
            .then((parsed) => {
              if (sink.mode === 'reject-data') return cb(refusal(451, 'Requested action aborted (test sink)'));
              const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
              const m: SinkMessage = {
                from: parsed.from?.text ?? '',
                to,
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: parsed.html || null,
                messageId: parsed.messageId ?? null,
                headers: parsed.headers as Map<string, unknown>,
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                  to: session.envelope.rcptTo.map((r) => r.address),
                },
              };
              messages.push(m);
              for (const w of [...waiters]) {
                if (w.predicate(m)) {
                  waiters.delete(w);
                  w.resolve(m);
                }
              }
              cb();
            })
            .catch((err: Error) => cb(err));
        },
      });
      await new Promise<void>((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        s.once('error', onError);
        s.listen(port, '127.0.0.1', () => {
          s.off('error', onError);
          port = (s.server.address() as AddressInfo).port;
          resolve();
        });
      });
      s.on('error', () => {}); // a client hanging up mid-conversation must not crash the test process
      server = s;
    },

    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },

    waitFor(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<SinkMessage>((resolve, reject) => {
        const w = {
          predicate,
          resolve: (m: SinkMessage) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`SMTP sink: no matching message within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(w);
      });
    },

    clear() {
      messages.length = 0;
    },
  };
  return sink;
}

/**
 * Outgoing mail, domain-free: an outbox table written in the caller's transaction and delivered over
 * SMTP (nodemailer) with retries, so nothing is lost while the mail server is down. See CONTEXT.md.
 */
export { normaliseMailAddress } from './address.js';
export { InvalidMailAddressError } from './errors.js';
export type { MailOutboxTable, MailStatus, MailTables } from './mail.tables.js';
export {
  CLAIM_MS,
  createMailer,
  mailDeliveryJob,
  type DeliverySummary,
  type Mailer,
  type MailerOptions,
  type MailLogger,
  type MailMessage,
  type MailTransport,
  type OutboxMail,
} from './mailer.js';
export { DEFAULT_MAX_ATTEMPTS, retryDelayMs } from './retry.js';

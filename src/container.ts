import type { Config } from './config/config.js';
import type { Database } from './database.js';
import { AuditLog } from './platform/audit/index.js';
import { type DbHandle, createChangeSignal, migrateToLatest, openDatabase } from './platform/db/index.js';
import { type Clock, systemClock } from './platform/time/index.js';
import { SYSTEM_ACTOR } from './platform/audit/index.js';
import { createAuditLogService } from './modules/audit-log/index.js';
import { createCalendarService } from './modules/calendar/index.js';
import { createSessionService, createUserService } from './modules/identity/index.js';
import { createOrgService } from './modules/orgs/index.js';
import { createPublicationService, indexTemplateProblem } from './modules/publications/index.js';
import { createFileStore } from './platform/files/index.js';
import { createSearchIndex } from './platform/search/index.js';
import { createFieldCipher, loadMasterKey } from './platform/crypto/index.js';
import { createMailer } from './platform/mail/index.js';
import { createInfoRequestService } from './modules/info-requests/index.js';
import { type ReportSources, createAnnualReportService } from './modules/annual-reports/index.js';
import { createPlanService } from './modules/plans/index.js';
import { createBulletinUseCases } from './modules/plans/bulletins/index.js';
import { createAssessmentUseCases } from './modules/plans/assessment/index.js';
import path from 'node:path';

export interface ContainerOptions {
  clock?: Clock;
  /** Reuse an open database (tests); otherwise opened from config.databaseUrl. */
  handle?: DbHandle<Database>;
}

export type Container = Awaited<ReturnType<typeof createContainer>>;

/**
 * Wires every service with its explicit dependencies (composition root). Shared by
 * the HTTP app and the CLI so both behave the same.
 */
export async function createContainer(config: Config, opts: ContainerOptions = {}) {
  const templateProblem = indexTemplateProblem(config.indexTemplate);
  if (templateProblem) throw new Error(`环境变量 GONGKAI_INDEX_TEMPLATE 有误：${templateProblem}`);
  const handle = opts.handle ?? openDatabase<Database>(config.databaseUrl);
  const clock = opts.clock ?? systemClock;
  await migrateToLatest(handle.db, handle.engine);
  const db = handle.db;
  const changes = createChangeSignal(handle);
  const audit = new AuditLog(handle.engine, clock, changes);
  const orgs = createOrgService({ db, audit, clock });
  const users = createUserService({ db, audit, clock, orgs });
  const sessions = createSessionService({
    db,
    audit,
    clock,
    maxFailures: config.loginMaxFailures,
    lockMinutes: config.loginLockMinutes,
    sessionHours: config.sessionHours,
  });
  const calendar = createCalendarService({ db, audit, clock });
  await calendar.ensureReferenceData(SYSTEM_ACTOR);
  const auditLog = createAuditLogService({ db, audit });
  const files = createFileStore(path.join(config.dataDir, 'files'));
  const search = createSearchIndex(db, handle.engine);
  const publications = createPublicationService({ db, audit, clock, orgs, calendar, search, files, indexTemplate: config.indexTemplate });
  const cipher = createFieldCipher(loadMasterKey({ envKey: config.secretKey ?? undefined, dataDir: config.dataDir }));
  const mailer = createMailer({ db, clock, smtpUrl: config.smtpUrl, from: config.mailFrom });
  const infoRequests = createInfoRequestService({ db, audit, clock, calendar, orgs, cipher, files, mail: mailer });
  // The annual report reads requests, appeals and documents through their modules' statistics.
  const sources: ReportSources = {
    requestTable: (q) => infoRequests.statistics.requestTable(q),
    countedRequests: (q) => infoRequests.statistics.countedRequests(q as Parameters<typeof infoRequests.statistics.countedRequests>[0]),
    appealTable: (q) => infoRequests.statistics.appealTable(q),
    countedAppeals: (q) => infoRequests.statistics.countedAppeals(q as Parameters<typeof infoRequests.statistics.countedAppeals>[0]),
    documentCounts: (q) => publications.statistics.documents(q),
  };
  const annualReports = createAnnualReportService({ db, audit, clock, orgs, sources, deadlines: config.reportDeadlines });
  // 分工方案台账: evidence of kind 'document' must be public (the publications module's public read).
  const plans = createPlanService({
    db, audit, clock, orgs, calendar, files, mail: mailer, documents: publications.public,
    remindWorkdays: config.planRemindWorkdays, evidenceLimit: config.attachmentLimit,
  });
  const close = async () => {
    await changes.close();
    await mailer.close();
    await handle.close();
  };
  // 季通报 and 考核 read the ledger's tables and the request counts in their own transactions.
  const planBulletins = createBulletinUseCases({ db, audit, clock, orgs });
  const assessments = createAssessmentUseCases({ db, audit, clock, orgs });
  return { config, handle, db, clock, changes, audit, orgs, users, sessions, calendar, auditLog, files, search, publications, cipher, mailer, infoRequests, annualReports, plans, planBulletins, assessments, close };
}

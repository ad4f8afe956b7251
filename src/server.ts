import { buildApp } from './app.js';
import { loadConfig } from './config/config.js';
import { createContainer } from './container.js';
import { seedDemo } from './seed/demo-seed.js';
import { seedDemoDocuments } from './seed/demo-documents.js';
import { seedDemoReports } from './seed/demo-reports.js';
import { seedDemoPlans } from './seed/demo-plans.js';
import { startJobs } from './platform/jobs/index.js';
import { mailDeliveryJob } from './platform/mail/index.js';
import { planReminderJob } from './modules/plans/index.js';

/** Starts the platform: migrate, seed an empty database with the demo government, listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const container = await createContainer(config);
  const credentials = await seedDemo(container);
  if (credentials) {
    await seedDemoDocuments(container);
    await seedDemoReports(container);
    await seedDemoPlans(container);
  }
  const { app } = await buildApp(container);
  // 定时发布: scheduled documents are already visible from their time (queries compare it); the job
  // turns their status to published and writes the audit entry.
  // 规范性文件: expiry (valid_to passed) and the 修改/废止 effects of scheduled documents once public.
  const stopJobs = startJobs([
    { name: 'publish-due', everyMs: 30_000, run: () => container.publications.workflow.publishDue() },
    { name: 'normative-due', everyMs: 60_000, run: () => container.publications.normative.expireDue() },
    // 依申请公开: applicants who let a 补正 or payment deadline pass get the 告知书 and the request ends.
    { name: 'info-request-lapses', everyMs: 15 * 60_000, run: () => container.infoRequests.replies.lapseDue(app.log) },
    // 分工方案台账: reminders to the units before a task's deadline and once it is overdue (hourly).
    planReminderJob(container.plans, app.log),
    mailDeliveryJob(container.mailer),
  ], app.log);
  const close = async () => {
    await stopJobs();
    await app.close();
    await container.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host}:${config.port}`;
  console.log(`\n政务公开平台已启动：${base}/  管理后台：${base}/admin/  数据库：${container.handle.engine}`);
  if (credentials) console.log(`首次启动已生成演示账号，密码见：${credentials.file}`);
  else console.log(`演示账号（如有）见：${config.dataDir}/demo-credentials.txt`);
}

main().catch((err) => {
  console.error('启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});

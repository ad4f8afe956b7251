#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { loadConfig } from './config/config.js';
import { createContainer } from './container.js';
import { runWorkdaysCommand } from './cli/workdays.js';
import { runBackup, runRestore } from './cli/backup.js';
import { runImportDocuments, runSearch } from './cli/documents.js';
import { runReportAnnual, runReportCheck } from './cli/report.js';
import { runPlanParse } from './cli/plan.js';

/** `gongkai <command>`: honours PORT, GONGKAI_DATA_DIR and DATABASE_URL exactly like the server. */
export async function runCli(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  let code = 0;
  const program = new Command('gongkai').description('政务公开平台命令行').exitOverride().configureOutput({ writeOut: out, writeErr: err });

  const withContainer = async <T>(fn: (c: Awaited<ReturnType<typeof createContainer>>) => Promise<T>): Promise<T> => {
    const c = await createContainer(loadConfig());
    try {
      return await fn(c);
    } finally {
      await c.close();
    }
  };

  const workdays = program.command('workdays').description('工作日计算（法定节假日与调休）');
  for (const [name, args, desc] of [
    ['add', '<date> <n>', '从 date 起（不含当日）数第 n 个工作日'],
    ['between', '<from> <to>', '两日期之间的工作日数（不含 from，含 to）'],
    ['is', '<date>', '判断日期类型：workday | weekend | holiday | adjusted-workday'],
  ] as const) {
    workdays.command(`${name} ${args}`).description(desc).action(async (...a: unknown[]) => {
      const params = a.slice(0, name === 'is' ? 1 : 2) as string[];
      // The answer goes to stdout (scripts read it); error messages and usage to stderr.
      const lines: string[] = [];
      code = await withContainer(async (c) => runWorkdaysCommand(c.calendar.current(), [name, ...params], (l) => lines.push(l)));
      for (const l of lines) (code === 0 ? out : err)(l);
    });
  }

  program.command('audit').description('审计').command('verify').description('校验审计链完整性').action(async () => {
    const r = await withContainer((c) => c.audit.verify(c.db));
    (r.ok ? out : err)(r.message);
    code = r.ok ? 0 : 1;
  });

  program.command('backup').description('在线备份数据库').requiredOption('--out <file>', '备份文件路径').action(async (o: { out: string }) => {
    code = await runBackup(loadConfig(), o.out, out, err);
  });

  program.command('restore <file>').description('从备份恢复数据库（请先停止服务）').action(async (file: string) => {
    code = await runRestore(loadConfig(), file, out, err);
  });

  program.command('import').description('导入').command('documents <file>').description('从 JSONL 文件批量导入并发布政府信息（一行一件）')
    .option('--strict-privacy', '含疑似个人信息的行不导入（默认导入并提示）')
    .action(async (file: string, o: { strictPrivacy?: boolean }) => {
      code = await withContainer((c) => runImportDocuments(c, file, o, out, err));
    });

  program.command('search <query>').description('检索已公开的政府信息（与门户、公开接口结果相同）')
    .option('--json', '以 JSON 输出')
    .option('--org <code>', '发文机关编码').option('--topic <code>', '主题分类代码').option('--year <year>', '发布年份').option('--page <n>', '页码')
    .action(async (query: string, o: { json?: boolean; org?: string; topic?: string; year?: string; page?: string }) => {
      code = await withContainer((c) => runSearch(c, query, o, out));
    });

  const report = program.command('report').description('政府信息公开工作年度报告');
  report.command('annual').description('输出年度报告（已发布版本；未发布时为按平台数据实时统计的草稿）')
    .requiredOption('--org <code>', '机构编码').requiredOption('--year <yyyy>', '报告年度')
    .option('--format <format>', 'json | html | docx | pdf', 'json').option('--out <file>', '写入文件（默认标准输出）')
    .option('--live', '不用已发布版本，按当前数据实时统计').option('--scope <scope>', 'self（本机关）| subtree（含下辖机构），实时统计时使用')
    .action(async (o: { org: string; year: string; format: string; out?: string; live?: boolean; scope?: string }) => {
      code = await withContainer((c) => runReportAnnual(c, o, out, err));
    });
  report.command('check <file>').description('校验一份年度报告 JSON（逐条列出未通过的校验，未通过时退出码为 1）')
    .option('--previous <file>', '上年报告 JSON（核对上年结转和现行有效件数）').option('--json', '以 JSON 输出')
    .action((file: string, o: { previous?: string; json?: boolean }) => {
      code = runReportCheck(file, o, out, err);
    });
  report.command('import <file>').description('导入历史年报或平台外编制的年报（2021年格式或2019年试行格式 JSON）')
    .option('--source <text>', '来源说明', '')
    .action(async (file: string, o: { source: string }) => {
      code = await withContainer(async (c) => {
        const { readFileSync } = await import('node:fs');
        const { SYSTEM_PRINCIPAL, } = await import('./platform/auth/index.js');
        const { SYSTEM_ACTOR } = await import('./platform/audit/index.js');
        const r = await c.annualReports.supervision.importHistory(SYSTEM_PRINCIPAL, SYSTEM_ACTOR, JSON.parse(readFileSync(file, 'utf8')), o.source || file);
        out(`已${r.replaced ? '替换' : '导入'} ${r.org.name}${r.year}年度报告（${r.format === '2019' ? '2019年试行格式' : '2021年格式'}）${r.ok ? '' : `，有${r.problems.length}处未通过校验`}`);
        return 0;
      });
    });

  const plan = program.command('plan').description('工作计划（工作要点、分工方案、任务清单）');
  plan.command('parse <file>').description('从 .txt 或 .docx 提取任务、责任单位和完成时限（无需数据库）')
    .option('--json', '以 JSON 输出（格式见 plan-format.md）')
    .action(async (file: string, o: { json?: boolean }) => {
      code = await runPlanParse(file, o, out, err);
    });

  program.command('seed').description('向空数据库写入演示数据').action(async () => {
    const { seedDemo } = await import('./seed/demo-seed.js');
    const file = await withContainer((c) => seedDemo(c));
    out(file ? `已写入演示数据，账号密码见 ${file.file}` : '数据库已有组织机构，未写入演示数据');
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    err(`错误：${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  return code;
}

const isMain = process.argv[1] && /cli\.(ts|js)$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2)).then((c) => process.exit(c));
}

import fs from 'node:fs';
import { SYSTEM_PRINCIPAL } from '../platform/auth/index.js';
import type { Container } from '../container.js';
import { type ExportFormat, checkLegacyReport, checkReport, renderReportFile } from '../modules/annual-reports/index.js';

/**
 * `gongkai report annual`: the report of an organisation and year as JSON, HTML, DOCX or PDF — the
 * published version when there is one, else the live draft (said on stderr), or the live one with --live.
 */
export async function runReportAnnual(c: Container, o: { org: string; year: string; format: string; out?: string; live?: boolean; scope?: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const year = Number(o.year);
  if (!/^\d{4}$/.test(o.year)) { err(`年度应为四位数字：${o.year}`); return 2; }
  if (!['json', 'html', 'docx', 'pdf'].includes(o.format)) { err(`格式应为 json、html、docx 或 pdf：${o.format}`); return 2; }
  if (o.scope && o.scope !== 'self' && o.scope !== 'subtree') { err('--scope 应为 self 或 subtree'); return 2; }
  const format = o.format as ExportFormat;
  let exported;
  if (o.scope) {
    const ws = await c.annualReports.reports.workspace(SYSTEM_PRINCIPAL, o.org, year, { scope: o.scope as 'self' | 'subtree' });
    exported = { report: ws.report, published: false, publishedOn: null };
  } else {
    exported = await c.annualReports.reports.forExport(SYSTEM_PRINCIPAL, o.org, year, o.live ? 'live' : 'auto');
  }
  if (!exported.published) err(`注意：${exported.report.org.name}${year}年度报告尚未发布，以下为按平台当前数据实时统计的草稿`);
  const file = await renderReportFile(exported.report, format, { publishedOn: exported.publishedOn ?? undefined });
  if (o.out) {
    fs.writeFileSync(o.out, file.body);
    err(`已写入 ${o.out}（${file.body.length} 字节）`);
  } else if (format === 'docx' || format === 'pdf') {
    process.stdout.write(file.body);
  } else {
    out(file.body.toString('utf8').replace(/\n$/, ''));
  }
  return 0;
}

function readJson(file: string, what: string, err: (s: string) => void): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    err(`无法读取${what} ${file}：${(e as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    err(`${what} ${file} 不是有效的 JSON：${(e as Error).message}`);
    return undefined;
  }
}

/**
 * `gongkai report check FILE.json [--previous LAST_YEAR.json]`: every failed check in Chinese with its
 * row and column; exit 1 when any fails, 2 when a file cannot be read. No database is needed.
 */
export function runReportCheck(file: string, o: { previous?: string; json?: boolean }, out: (s: string) => void, err: (s: string) => void): number {
  const report = readJson(file, '报告', err);
  if (report === undefined) return 2;
  const previous = o.previous ? readJson(o.previous, '上年报告', err) : undefined;
  if (o.previous && previous === undefined) return 2;
  const legacy = (report as { format?: unknown } | null)?.format === '2019';
  const r = legacy ? checkLegacyReport(report) : checkReport(report, previous);
  if (o.json) {
    out(JSON.stringify({ ok: r.ok, problems: r.problems }, null, 2));
  } else if (r.ok) {
    out(`校验通过：${file}${legacy ? '（2019年试行格式）' : ''}${o.previous ? `，并与上年报告 ${o.previous} 核对一致` : ''}`);
  } else {
    out(`校验未通过：${file}，共${r.problems.length}处`);
    r.problems.forEach((p, i) => out(`${i + 1}. ${p.message}${p.path ? `  [${p.path}]` : ''}`));
  }
  return r.ok ? 0 : 1;
}

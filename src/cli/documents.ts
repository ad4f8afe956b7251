import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import type { Container } from '../container.js';

/**
 * `gongkai import documents FILE.jsonl`: one JSON object a line; bad lines are reported with their
 * number and skipped; progress goes to stderr every batch so large files show they are moving.
 * Exit 0 when every line went in, 1 when some were skipped, 2 when the file cannot be read.
 */
export async function runImportDocuments(c: Container, file: string, opts: { strictPrivacy?: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    err(`错误：找不到导入文件 ${file}`);
    return 2;
  }
  const total = fs.statSync(abs).size;
  const stream = fs.createReadStream(abs, { encoding: 'utf8' });
  let lastReport = 0;
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const actor = { ...SYSTEM_ACTOR, name: '数据导入' };
  const summary = await c.publications.imports.importLines(actor, lines, {
    baseDir: path.dirname(abs),
    strictPrivacy: opts.strictPrivacy,
    onProgress: (done, s) => {
      const now = Date.now();
      if (now - lastReport < 1000) return;
      lastReport = now;
      const pct = total ? Math.min(100, Math.round((stream.bytesRead / total) * 100)) : 100;
      err(`进度：已读 ${done} 行（${pct}%），导入 ${s.imported}，跳过 ${s.skipped}`);
    },
  });
  for (const e of summary.errors) err(`第 ${e.line} 行：${e.message}（已跳过）`);
  for (const w of summary.warnings) err(`第 ${w.line} 行提示：${w.message}`);
  out(`导入完成：共 ${summary.lines} 行，导入 ${summary.imported} 件，跳过 ${summary.skipped} 行，用时 ${(summary.ms / 1000).toFixed(1)} 秒`);
  return summary.skipped > 0 ? 1 : 0;
}

/** `gongkai search QUERY --json`: the same search the portal and the public API run. */
export async function runSearch(c: Container, query: string, opts: { json?: boolean; org?: string; topic?: string; year?: string; page?: string }, out: (s: string) => void): Promise<number> {
  const r = await c.publications.public.search({ q: query, org: opts.org, topic: opts.topic, year: opts.year ? Number(opts.year) : undefined, page: opts.page ? Number(opts.page) : 1, pageSize: 10 });
  const result = {
    total: r.total,
    hits: r.hits.map((h) => ({ id: h.id, title: h.title, indexNumber: h.indexNumber, docNumber: h.docNumber, org: h.org, publishedAt: h.publishedAt, snippet: h.snippet, url: h.url })),
    facets: r.facets,
  };
  if (opts.json) out(JSON.stringify(result, null, 2));
  else {
    out(`共 ${r.totalIsEstimate ? '约 ' : ''}${r.total} 条结果（${r.tookMs} 毫秒）`);
    for (const [i, h] of r.hits.entries()) out(`${i + 1}. ${h.title}  ${h.docNumber ?? ''}  ${h.indexNumber ?? ''}  ${h.org}  ${h.publishedAt.slice(0, 10)}  ${h.url}`);
  }
  return 0;
}

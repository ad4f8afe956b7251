import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AuditActor } from '../../platform/audit/index.js';
import { detectFileType, extractText, ALLOWED_TYPES, unsupportedAttachmentError } from '../../platform/files/index.js';
import { htmlToText, looksLikeHtml, sanitizeBody, textToHtml } from '../../platform/html/index.js';
import { findPersonalInfo } from '../../platform/text/index.js';
import type { DocumentContext } from './document-context.js';
import { safeFileName } from './attachments.service.js';
import { parseDocNumber } from './doc-number.js';
import { documentsRepository as repo } from './publications.repository.js';
import { findTopic } from './topics.js';
import { DISCLOSURES, GENRES, type Disclosure } from './vocabulary.js';
import type { createWorkflowUseCases } from './workflow.service.js';

/** One line of `gongkai import documents FILE.jsonl` (issue #3 contract). */
const importLine = z.object({
  title: z.string().trim().min(2, 'title 至少2个字').max(300, 'title 最多300个字'),
  docNumber: z.string().trim().max(60).nullish(),
  org: z.string().trim().min(1, 'org 不能为空'),
  writtenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'writtenAt 应为 YYYY-MM-DD'),
  publishedAt: z.string().trim().nullish(),
  topic: z.string().trim().nullish(),
  genre: z.string().trim().nullish(),
  disclosure: z.string().trim().nullish(),
  body: z.string().max(1_000_000, 'body 超过100万字符').default(''),
  attachments: z.array(z.object({ name: z.string().min(1), path: z.string().min(1) })).max(50).default([]),
});

const DISCLOSURE_BY_LABEL: Record<string, Disclosure> = { 主动公开: 'active', 依申请公开: 'on_request', 不予公开: 'withheld' };

export interface ImportIssue { line: number; message: string }
export interface ImportSummary { lines: number; imported: number; skipped: number; errors: ImportIssue[]; warnings: ImportIssue[]; ms: number }
export interface ImportOptions {
  /** Folder attachment paths are relative to (the JSONL file's folder). */
  baseDir: string;
  /** Refuse lines whose text holds personal information instead of importing them with a warning. */
  strictPrivacy?: boolean;
  onProgress?: (done: number, summary: ImportSummary) => void;
  batchSize?: number;
}

/**
 * Migrates an existing site's documents: each line becomes a published document (索引号 assigned,
 * searchable at once, audited as an import). A bad line is reported with its number and skipped.
 */
export function createImportUseCases(ctx: DocumentContext, workflow: ReturnType<typeof createWorkflowUseCases>) {
  const { db, deps } = ctx;

  async function prepare(raw: string, lineNo: number, opts: ImportOptions, warn: (m: string) => void) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new Error('不是有效的 JSON');
    }
    const parsed = importLine.safeParse(json);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '行'}：${i.message}`).join('；'));
    const v = parsed.data;
    const orgRow = (await deps.orgs.findByCode(v.org)) ?? (await deps.orgs.listAllRows()).find((o) => o.name === v.org);
    if (!orgRow) throw new Error(`org“${v.org}”不是已有机构的编码或全称`);
    let docNumber: string | null = null;
    if (v.docNumber) {
      const r = parseDocNumber(v.docNumber, { maxYear: 9999 });
      if (!r.ok) throw new Error(`docNumber：${r.reason}`);
      docNumber = r.value.normalized;
    }
    let topic: string | null = null;
    if (v.topic) {
      topic = findTopic(v.topic) ?? null;
      if (!topic) warn(`topic“${v.topic}”不在主题分类中，已留空`);
    }
    let genre: string | null = null;
    if (v.genre) {
      genre = (GENRES as readonly string[]).includes(v.genre) ? v.genre : '其他';
      if (genre === '其他' && v.genre !== '其他') warn(`genre“${v.genre}”不在公文种类中，记为“其他”`);
    }
    const disclosure = v.disclosure ? (DISCLOSURE_BY_LABEL[v.disclosure] ?? ((DISCLOSURES as readonly string[]).includes(v.disclosure) ? (v.disclosure as Disclosure) : undefined)) : 'active';
    if (!disclosure) throw new Error(`disclosure“${v.disclosure}”只能是主动公开、依申请公开或不予公开`);
    const when = v.publishedAt ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(v.publishedAt) ? `${v.publishedAt}T09:00:00+08:00` : v.publishedAt) : deps.clock.now();
    if (Number.isNaN(when.getTime())) throw new Error('publishedAt 应为 YYYY-MM-DD 或 ISO 8601 时间');
    if (when.getTime() > deps.clock.now().getTime() + 60_000) throw new Error('publishedAt 不能晚于现在（定时发布请在管理后台操作）');
    if (v.writtenAt > when.toISOString().slice(0, 10) && new Date(`${v.writtenAt}T00:00:00+08:00`).getTime() > when.getTime()) throw new Error('writtenAt 不能晚于 publishedAt');
    const bodyHtml = sanitizeBody(looksLikeHtml(v.body) ? v.body : textToHtml(v.body));
    const bodyText = htmlToText(bodyHtml);
    const files = [];
    for (const a of v.attachments) {
      const file = path.resolve(opts.baseDir, a.path);
      let data: Buffer;
      try {
        data = await fs.readFile(file);
      } catch {
        throw new Error(`附件“${a.name}”的文件 ${a.path} 无法读取`);
      }
      const name = safeFileName(a.name);
      const kind = detectFileType(data, name);
      if (!(ALLOWED_TYPES as readonly string[]).includes(kind.type)) throw new Error(unsupportedAttachmentError(data, name).detail ?? `附件“${a.name}”格式不受支持`);
      const text = await extractText(data, kind.type);
      if (text.empty && kind.type !== 'image') warn(`附件“${a.name}”没有文字内容`);
      files.push({ name, data, kind, text });
    }
    const pii = findPersonalInfo([v.title, bodyText, ...files.map((f) => f.text.text)].join('\n'), { now: deps.clock.now() });
    if (pii.length) {
      const m = `含有 ${pii.length} 处疑似个人信息（首处：${pii[0].context}）`;
      if (opts.strictPrivacy) throw new Error(`${m}，已按 --strict-privacy 跳过`);
      warn(`${m}，已导入，请尽快核查并去标识化`);
    }
    void lineNo;
    return { v, orgId: orgRow.id, docNumber, topic, genre, disclosure, when, bodyHtml, bodyText, files };
  }

  type Prepared = Awaited<ReturnType<typeof prepare>>;

  async function insertOne(trx: any, actor: AuditActor, p: Prepared, lineNo: number): Promise<void> {
    const now = deps.clock.now().toISOString();
    const row = await repo.insert(trx, {
      org_id: p.orgId, status: 'approved', version: 1, title: p.v.title, doc_number: p.docNumber, written_at: p.v.writtenAt, topic: p.topic, genre: p.genre,
      disclosure: p.disclosure, disclosure_ground: p.disclosure === 'active' ? null : null, body_html: p.bodyHtml, body_text: p.bodyText, source: 'import',
      created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
    });
    for (const [i, f] of p.files.entries()) {
      const stored = await deps.files.put(f.data);
      await repo.insertAttachment(trx, { document_id: row.id, name: f.name, file_key: stored.key, size: stored.size, mime: f.kind.mime, file_type: f.kind.type, text: f.text.text, text_empty: f.text.empty ? 1 : 0, original_key: null, sort_order: i, created_at: now });
    }
    if (p.disclosure === 'active') {
      await workflow.goPublic(trx, actor, row, p.when, 'import', `导入文件第 ${lineNo} 行`);
    } else {
      await repo.update(trx, row.id, { status: 'filed' });
      await ctx.record(trx, actor, row, { action: 'import', from: null, to: 'filed', note: `导入文件第 ${lineNo} 行`, summary: `导入“${row.title}”（${p.disclosure === 'on_request' ? '依申请公开' : '不予公开'}，不在门户发布）` });
    }
  }

  return {
    async importLines(actor: AuditActor, lines: AsyncIterable<string>, opts: ImportOptions): Promise<ImportSummary> {
      const started = Date.now();
      const summary: ImportSummary = { lines: 0, imported: 0, skipped: 0, errors: [], warnings: [], ms: 0 };
      const batchSize = opts.batchSize ?? 100;
      let batch: { p: Prepared; line: number }[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const items = batch;
        batch = [];
        try {
          await db.transaction().execute(async (trx) => {
            for (const it of items) await insertOne(trx, actor, it.p, it.line);
          });
          summary.imported += items.length;
        } catch {
          // Find the line that failed: retry one by one so the good ones still go in.
          for (const it of items) {
            try {
              await db.transaction().execute(async (trx) => insertOne(trx, actor, it.p, it.line));
              summary.imported += 1;
            } catch (err) {
              summary.skipped += 1;
              summary.errors.push({ line: it.line, message: `写入失败：${(err as Error).message}` });
            }
          }
        }
        opts.onProgress?.(summary.lines, summary);
      };
      for await (const raw of lines) {
        summary.lines += 1;
        const lineNo = summary.lines;
        if (!raw.trim()) continue;
        try {
          const p = await prepare(raw, lineNo, opts, (m) => summary.warnings.push({ line: lineNo, message: m }));
          batch.push({ p, line: lineNo });
          if (batch.length >= batchSize) await flush();
        } catch (err) {
          summary.skipped += 1;
          summary.errors.push({ line: lineNo, message: (err as Error).message });
        }
      }
      await flush();
      summary.ms = Date.now() - started;
      return summary;
    },
  };
}

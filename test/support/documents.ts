import { Document, Packer, Paragraph, TextRun } from 'docx';
import { idCardCheckChar } from '../../src/platform/text/index.js';
import type { Session, TestApp } from './test-app.js';

/** A valid 18-digit ID number (check char computed, never typed). */
export function idNumber(first17 = '11010519491231002'): string {
  return first17 + idCardCheckChar(first17);
}

/** A real .docx whose paragraphs are the given lines. */
export async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return Packer.toBuffer(doc);
}

/** multipart/form-data body with one file field, for inject(). */
export function multipart(filename: string, data: Buffer, mime = 'application/octet-stream'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----gongkai${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const BASE_DOC = {
  title: '菏泽市财政局关于2026年度预算公开工作的通知',
  docNumber: '菏财字[2026]3号',
  writtenAt: '2026-02-27',
  topic: '04-01',
  genre: '通知',
  keywords: '预算 公开',
  bodyHtml: '<p>各县区财政局：</p><p>为做好2026年度预算公开工作，现将有关事项通知如下。</p>',
};

/** Logs the demo users in once each and runs a document through draft → review → publication. */
export function documentActions(t: TestApp) {
  const sessions: Record<string, Session> = {};
  const as = async (username: string, opts: Parameters<TestApp['as']>[1]) => {
    sessions[username] ??= await t.login(username);
    return t.as(sessions[username], opts);
  };
  const orgId = () => t.orgId('hz-czj');
  return {
    as,
    async create(payload: Record<string, unknown> = {}) {
      const res = await as('editor', { method: 'POST', url: '/api/v1/documents', payload: { orgId: await orgId(), ...BASE_DOC, ...payload } });
      if (res.statusCode !== 201) throw new Error(`create failed ${res.statusCode} ${res.body}`);
      return res.json() as { id: number; version: number; [k: string]: unknown };
    },
    submit: (id: number) => as('editor', { method: 'POST', url: `/api/v1/documents/${id}/submit` }),
    approve: (id: number, opinion = '不涉密，同意公开') => as('reviewer', { method: 'POST', url: `/api/v1/documents/${id}/review`, payload: { decision: 'approve', opinion } }),
    withdraw: (id: number, reason: string) => as('leader', { method: 'POST', url: `/api/v1/documents/${id}/withdraw`, payload: { reason } }),
    publish: (id: number, publishAt?: string) => as('leader', { method: 'POST', url: `/api/v1/documents/${id}/publish`, payload: publishAt ? { publishAt } : {} }),
    async publishAll(payload: Record<string, unknown> = {}) {
      const d = await this.create(payload);
      for (const step of [() => this.submit(d.id), () => this.approve(d.id), () => this.publish(d.id)]) {
        const r = await step();
        if (r.statusCode !== 200) throw new Error(`workflow failed ${r.statusCode} ${r.body}`);
      }
      return (await as('editor', { method: 'GET', url: `/api/v1/documents/${d.id}` })).json();
    },
  };
}

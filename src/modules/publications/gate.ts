import { extractLinks } from '../../platform/html/index.js';
import type { DocumentContext } from './document-context.js';
import { runDocumentChecks } from './document-checks.js';
import { parsePiiException } from './publications.presenter.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import type { CheckReport } from './publications.schemas.js';
import { PII_EXCEPTION_BASES, type Disclosure } from './vocabulary.js';

const INTERNAL_DOC = /^\/xxgk\/documents\/(\d{1,10})(?:[/?#]|$)/;

/**
 * Runs the publication checks on a stored document (body, title, attachments, fields), loading what
 * the pure checks need: the sensitive-word list and the state of every link of the body.
 */
export function createGate(ctx: DocumentContext) {
  const { db } = ctx;

  /** Why a link of the body is broken, or null. External links are checked for form only (no network here). */
  async function linkProblem(href: string, kind: string): Promise<string | null> {
    const h = href.trim();
    if (!h) return kind === 'img' ? '图片地址为空' : '链接地址为空';
    if (h.startsWith('#') || h.startsWith('mailto:')) return null;
    if (/^(file:|[a-zA-Z]:\\|\\\\)/.test(h)) return `“${h}”指向编辑者本机的文件，公众无法打开`;
    if (/^https?:\/\//i.test(h)) {
      try {
        const u = new URL(h);
        if (!u.hostname.includes('.') && u.hostname !== 'localhost') return `“${h}”的域名不完整`;
        if (['localhost', '127.0.0.1'].includes(u.hostname)) return `“${h}”指向本机地址，公众无法打开`;
        return null;
      } catch {
        return `“${h}”不是有效的网址`;
      }
    }
    if (h.startsWith('/')) {
      const m = INTERNAL_DOC.exec(h);
      if (m) {
        const target = await repo.findById(db, Number(m[1]));
        if (!target || !['published', 'scheduled'].includes(target.status)) return `“${h}”指向的文件不存在或未发布`;
      }
      return null;
    }
    return `“${h}”不是完整的网址（应以 http:// 或 https:// 开头）`;
  }

  return {
    async check(doc: DocumentRow): Promise<CheckReport> {
      const [atts, words] = await Promise.all([repo.attachments(db, doc.id), repo.sensitiveWords(db)]);
      const links = await Promise.all(extractLinks(doc.body_html).map(async (l) => ({ href: l.href, problem: await linkProblem(l.href, l.kind) })));
      const ex = parsePiiException(doc.pii_exception);
      return runDocumentChecks({
        title: doc.title,
        bodyText: doc.body_text,
        attachments: atts.map((a) => ({ id: a.id, name: a.name, text: a.text, textEmpty: a.text_empty === 1, size: a.size, fileType: a.file_type })),
        writtenAt: doc.written_at,
        topic: doc.topic,
        disclosure: doc.disclosure as Disclosure,
        disclosureGround: doc.disclosure_ground,
        piiException: ex ? { basisLabel: PII_EXCEPTION_BASES[ex.basis] } : null,
        sensitiveWords: words,
        links,
        now: ctx.deps.clock.now(),
      });
    },
  };
}

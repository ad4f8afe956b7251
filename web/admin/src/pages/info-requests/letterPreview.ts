// A preview of a reply letter's body as the server's letter model builds it (letters/letter-model.ts):
// `{key}` is replaced by its value, `[[ … ]]` is kept only when every placeholder inside is filled.
import type { ReplyTemplate } from './types';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const SEGMENT = /\[\[([\s\S]*?)\]\]/g;

/** The basis the letter cites: `articleWhen.article` once its field is filled. */
export function effectiveArticle(t: ReplyTemplate, fields: Record<string, string | undefined>): string {
  return t.articleWhen && fields[t.articleWhen.field]?.trim() ? t.articleWhen.article : t.article;
}

/**
 * The body's paragraphs with what is known filled in; an unfilled required field shows as 【label】.
 * `reserved` are applicantName, receivedOn, description and orgName.
 */
export function previewParagraphs(t: ReplyTemplate, fields: Record<string, string | undefined>, reserved: Record<string, string>): string[] {
  const values: Record<string, string> = { ...reserved, article: effectiveArticle(t, fields) };
  for (const f of t.fields) {
    const v = fields[f.key]?.trim();
    if (v) values[f.key] = v;
  }
  const labels = new Map(t.fields.map((f) => [f.key, f.label]));
  const filled = (s: string) => [...s.matchAll(PLACEHOLDER)].every((m) => !!values[m[1]!]);
  const body = t.body.replace(SEGMENT, (_, inner: string) => (filled(inner) ? inner : ''));
  return body
    .replace(PLACEHOLDER, (_, key: string) => values[key] ?? `【${labels.get(key) ?? key}】`)
    .split('\n')
    .filter((p) => p.trim());
}

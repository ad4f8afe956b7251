/**
 * 索引号 (index number). The 条例 (第十二条) requires an 索引 in the 公开目录 but sets no format; sites use
 * `机构代码/年份-流水号` (e.g. 000014349/2019-00001) and many variants (domain.md §4.3), so the format is a
 * per-installation template. Tokens: {orgCode}, {yyyy}, {seq:N} (zero-padded to N digits).
 */
export const DEFAULT_INDEX_TEMPLATE = '{orgCode}/{yyyy}-{seq:5}';

const TOKEN = /\{(orgCode|yyyy|seq(?::(\d{1,2}))?)\}/g;

/** Chinese reason why a template cannot be used, or null. */
export function indexTemplateProblem(template: string): string | null {
  const tokens = [...template.matchAll(TOKEN)].map((m) => m[1].split(':')[0]);
  const leftover = template.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) return '索引号模板含有无法识别的占位符，可用：{orgCode}、{yyyy}、{seq:位数}';
  if (!tokens.includes('seq')) return '索引号模板必须包含流水号 {seq:位数}，否则无法保证唯一';
  if (!tokens.includes('orgCode')) return '索引号模板必须包含机构代码 {orgCode}';
  if (tokens.filter((t) => t === 'seq').length > 1) return '索引号模板只能有一个流水号';
  return null;
}

/** Fills a template. @throws Error when the serial does not fit its width (the template must be widened). */
export function formatIndexNumber(template: string, v: { orgCode: string; year: number; seq: number }): string {
  return template.replace(TOKEN, (_all, name: string, width?: string) => {
    if (name === 'orgCode') return v.orgCode;
    if (name === 'yyyy') return String(v.year);
    const w = width ? Number(width) : 1;
    const s = String(v.seq);
    if (s.length > w) throw new Error(`流水号 ${v.seq} 超出模板位数 ${w}`);
    return s.padStart(w, '0');
  });
}

/** A regular expression matching index numbers made by the template (for exact lookup in search). */
export function indexNumberPattern(template: string): RegExp {
  let re = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    re += escape(template.slice(last, m.index)) + (m[1] === 'orgCode' ? '[A-Za-z0-9-]{2,40}' : m[1] === 'yyyy' ? '\\d{4}' : `\\d{${m[2] ?? '1,'}}`);
    last = (m.index ?? 0) + m[0].length;
  }
  return new RegExp(`^${re}${escape(template.slice(last))}$`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

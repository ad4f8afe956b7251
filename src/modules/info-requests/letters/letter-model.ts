import { AppError, type FieldProblem } from '../../../platform/errors/index.js';
import { RESERVED_KEYS, type ReplyField, type ReplyTemplate, remedyText } from './reply-types.js';

/** What a letter says, ready for the DOCX and PDF renderers (every text final, no placeholder left). */
export interface LetterModel {
  title: string;
  /** 文号, e.g. 菏财依复〔2026〕3号. */
  number: string;
  /** 张三： */
  addressee: string;
  paragraphs: string[];
  /** The legal basis cited in the paragraphs. */
  basis: string;
  /** The remedy paragraph, null when the template leaves it out. */
  remedy: string | null;
  /** The issuing organ. */
  signature: string;
  /** 2026年3月2日 */
  date: string;
}

export interface LetterInput {
  template: ReplyTemplate;
  orgName: string;
  letterNumber: string;
  applicantName: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  description: string;
  /** Values of the template's fields, by key. */
  fields: Record<string, string | undefined>;
  remedy: { reviewBody: string; court: string };
  /** YYYY-MM-DD */
  issuedOn: string;
}

/** 400: something the letter needs is not filled in; `errors` lists every missing item. */
export class LetterFieldMissing extends AppError {
  constructor(errors: FieldProblem[]) {
    super({ code: 'LETTER_FIELD_MISSING', status: 400, title: '答复书内容不完整', detail: errors.map((e) => e.message).join('；'), errors });
  }
}

/** 400: a value cannot be used as given (a date that is not a date, an amount that is not a number). */
export class LetterFieldInvalid extends AppError {
  constructor(errors: FieldProblem[]) {
    super({ code: 'LETTER_FIELD_INVALID', status: 400, title: '答复书内容有误', detail: errors.map((e) => e.message).join('；'), errors });
  }
}

/** 400: an edited template cannot produce a letter (see `checkTemplate`). */
export class LetterTemplateInvalid extends AppError {
  constructor(problems: string[]) {
    super({ code: 'LETTER_TEMPLATE_INVALID', status: 400, title: '答复模板有误', detail: problems.join('；'), extensions: { problems } });
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const SEGMENT = /\[\[([\s\S]*?)\]\]/g;
const keysIn = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** `2026-03-02` → `2026年3月2日`; null unless a real calendar date. */
export function chineseDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${y}年${mo}月${d}日`;
}

/**
 * What an (edited) template gets wrong, in Chinese; empty when usable. Checked: title, basis and body present,
 * `[[ ]]` balanced, the basis cited (`{article}`), every placeholder reserved or declared, required fields
 * outside `[[ ]]` and optional ones only inside.
 */
export function checkTemplate(t: ReplyTemplate): string[] {
  const problems: string[] = [];
  if (!t.letterTitle.trim()) problems.push('文书标题不能为空');
  if (!t.article.trim()) problems.push('法律依据不能为空');
  if (!t.body.trim()) problems.push('答复正文不能为空');
  const outside = t.body.replace(SEGMENT, '');
  if (outside.includes('[[') || outside.includes(']]')) problems.push('可选段落标记“[[ ]]”不成对');
  if (!keysIn(t.body).includes('article')) problems.push('正文须引用法律依据（占位符{article}）');
  const declared = new Map(t.fields.map((f) => [f.key, f]));
  const reserved = new Set<string>(RESERVED_KEYS);
  for (const key of new Set(keysIn(t.body))) if (!reserved.has(key) && !declared.has(key)) problems.push(`占位符{${key}}没有对应的填写项`);
  const outsideKeys = new Set(keysIn(outside));
  const insideKeys = new Set(keysIn([...t.body.matchAll(SEGMENT)].map((m) => m[1]).join('')));
  for (const f of t.fields) {
    if (reserved.has(f.key)) problems.push(`填写项“${f.label}”的名称{${f.key}}为保留名称`);
    else if (f.required && !outsideKeys.has(f.key)) problems.push(`必填项“${f.label}”须出现在正文中（不在“[[ ]]”内）`);
    else if (!f.required && outsideKeys.has(f.key)) problems.push(`选填项“${f.label}”须放在“[[ ]]”内`);
    else if (!f.required && !insideKeys.has(f.key)) problems.push(`选填项“${f.label}”未在正文中使用`);
  }
  if (t.articleWhen && !declared.has(t.articleWhen.field)) problems.push(`法律依据的条件{${t.articleWhen.field}}没有对应的填写项`);
  return problems;
}

/**
 * Line breaks inside a value are folded (paragraphs come from the template: after Chinese text into nothing,
 * after Latin into a space); surrounding quotes and trailing sentence punctuation are dropped: the templates
 * quote and punctuate around each placeholder.
 */
const tidy = (v: string) =>
  v
    .replace(/(\P{ASCII})?\s*[\r\n]+\s*/gu, (_, prev: string | undefined) => prev ?? ' ')
    .trim()
    .replace(/^[“"‘']+|[”"’']+$/gu, '')
    .replace(/[。；;，,、.！!]+$/u, '')
    .trim();

/** The printable value of a field; a FieldProblem when it is present but unusable. */
function printable(field: ReplyField | undefined, raw: string): string | FieldProblem {
  const v = tidy(raw);
  const path = `fields.${field?.key ?? ''}`;
  if (field?.kind === 'date') {
    if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(v)) return v;
    return chineseDate(v) ?? { path, message: `${field.label}应为日期（如2026-03-02）` };
  }
  if (field?.kind === 'amount') {
    const n = v.replace(/\s*元$/u, '');
    return /^\d+(\.\d{1,2})?$/.test(n) ? n : { path, message: `${field.label}应为金额（元），如3000或120.50` };
  }
  return v;
}

/**
 * Fills the template into the letter. Passages `[[ … ]]` whose placeholders are not all filled are dropped;
 * a placeholder left unfilled elsewhere is a missing item.
 * @throws LetterTemplateInvalid, LetterFieldMissing (naming every missing item, “请填写不予公开的理由”),
 *   LetterFieldInvalid (bad dates and amounts)
 */
export function buildLetter(input: LetterInput): LetterModel {
  const t = input.template;
  const problems = checkTemplate(t);
  if (problems.length) throw new LetterTemplateInvalid(problems);

  const missing: FieldProblem[] = [];
  const invalid: FieldProblem[] = [];
  const need = (path: string, label: string, v: string | undefined) => {
    const s = tidy(v ?? '');
    if (!s) missing.push({ path, message: `请填写${label}` });
    return s;
  };
  const applicantName = need('applicantName', '申请人姓名或名称', input.applicantName);
  const description = need('description', '申请公开的政府信息内容', input.description);
  const orgName = need('orgName', '答复机关名称', input.orgName);
  const number = need('letterNumber', '答复书文号', input.letterNumber);
  const reviewBody = need('remedy.reviewBody', '行政复议机关', input.remedy?.reviewBody);
  const court = need('remedy.court', '行政诉讼的管辖法院', input.remedy?.court);
  const dateOf = (path: string, label: string, v: string) => {
    const s = need(path, label, v);
    const d = s ? chineseDate(s) : '';
    if (d === null) invalid.push({ path, message: `${label}应为日期（如2026-03-02）` });
    return d ?? '';
  };
  const receivedOn = dateOf('receivedOn', '收到申请的日期', input.receivedOn);
  const date = dateOf('issuedOn', '答复日期', input.issuedOn);

  const values = new Map<string, string>();
  const declared = new Map(t.fields.map((f) => [f.key, f]));
  const unusable = new Set<string>();
  for (const f of t.fields) {
    const raw = input.fields[f.key];
    if (raw === undefined || !tidy(raw)) continue;
    const p = printable(f, raw);
    if (typeof p === 'string') values.set(f.key, p);
    else {
      invalid.push(p);
      unusable.add(f.key);
    }
  }
  const article = t.articleWhen && values.has(t.articleWhen.field) ? t.articleWhen.article : t.article;
  for (const [k, v] of Object.entries({ applicantName, receivedOn, description, orgName, article })) if (v) values.set(k, v);

  const fill = (text: string) => text.replace(PLACEHOLDER, (_, key: string) => values.get(key) ?? '');
  const body = t.body.replace(SEGMENT, (_, inner: string) => (keysIn(inner).every((k) => values.has(k)) ? inner : ''));
  for (const key of new Set(keysIn(body))) {
    if (values.has(key) || unusable.has(key) || RESERVED_KEYS.includes(key as (typeof RESERVED_KEYS)[number])) continue; // reserved: reported above
    missing.push({ path: `fields.${key}`, message: `请填写${declared.get(key)?.label ?? key}` });
  }
  if (missing.length) throw new LetterFieldMissing(missing);
  if (invalid.length) throw new LetterFieldInvalid(invalid);

  const documentName = /(答复书|告知书|决定书|通知书)$/u.exec(t.letterTitle.trim())?.[1] ?? '答复书';
  return {
    title: t.letterTitle.trim(),
    number,
    addressee: `${applicantName}：`,
    paragraphs: fill(body).split('\n').map((p) => p.trim()).filter(Boolean),
    basis: article,
    remedy: t.remedy ? remedyText({ reviewBody, court, documentName }) : null,
    signature: orgName,
    date,
  };
}

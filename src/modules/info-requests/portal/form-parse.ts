/**
 * The portal's HTML forms as the JSON contracts of the API: an application form becomes the
 * `submitBody` shape and is validated by the same schema (same Chinese messages), and each problem
 * is put back next to the form field it belongs to.
 */
import type { z } from 'zod';
import { correctionBody, type SubmitInput, submitBody } from '../info-requests.schemas.js';

/** A form body as name → value (the first value of a repeated name; non-strings dropped). */
export type FormValues = Record<string, string>;
/** Problems by form field name; `''` is a problem of the whole form. */
export type FieldErrors = Record<string, string>;

export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string') out[k] = s;
  }
  return out;
}

/** Form field names of the natural person's fieldset, by applicant key. */
export const NATURAL_FIELDS = { name: 'personName', idType: 'idType', idNumber: 'idNumber', phone: 'personPhone', email: 'personEmail', address: 'personAddress' } as const;
/** Form field names of the organisation's fieldset, by applicant key. */
export const ORG_FIELDS = {
  orgType: 'orgType', name: 'orgName', creditCode: 'creditCode', legalRepresentative: 'legalRepresentative', contactName: 'contactName',
  phone: 'orgPhone', email: 'orgEmail', address: 'orgAddress',
} as const;

/** Every field of the application form in page order (the error summary follows it). */
export const APPLY_FIELD_ORDER = [
  'to', 'applicantType', ...Object.values(NATURAL_FIELDS), ...Object.values(ORG_FIELDS), 'description', 'purpose', 'delivery',
] as const;

/**
 * Choices come from selects and radios: the API's messages list the codes a JSON client may send,
 * a person only needs to be told to choose.
 */
const CHOICE_MESSAGES: Record<string, string> = {
  to: '请选择受理机关',
  applicantType: '请选择申请人类型：自然人，或者法人或其他组织',
  idType: '请选择身份证件类型',
  orgType: '请选择组织类型',
  delivery: '请选择获取信息的方式',
};

const optional = (v: string | undefined) => (v && v.trim() ? v : undefined);

/** The form's values in the shape of `submitBody` (only the chosen applicant fieldset is read). */
export function applicationOf(v: FormValues): Record<string, unknown> {
  const type = v.applicantType;
  const applicant = type === 'natural'
    ? {
      type, name: v.personName ?? '', idType: v.idType ?? '', idNumber: v.idNumber ?? '', phone: v.personPhone ?? '',
      email: optional(v.personEmail), address: optional(v.personAddress),
    }
    : type === 'organization'
      ? {
        type, orgType: v.orgType || undefined, name: v.orgName ?? '', creditCode: v.creditCode ?? '', legalRepresentative: v.legalRepresentative ?? '',
        contactName: v.contactName ?? '', phone: v.orgPhone ?? '', email: optional(v.orgEmail), address: optional(v.orgAddress),
      }
      : undefined;
  return { to: v.to ?? '', applicant, description: v.description ?? '', purpose: optional(v.purpose), delivery: v.delivery || undefined };
}

/** The form field a problem of `submitBody` belongs to ('' when none does). */
function fieldOf(path: readonly PropertyKey[], type: string | undefined): string {
  const [head, key] = path.map(String);
  if (head !== 'applicant') return ['to', 'description', 'purpose', 'delivery'].includes(head) ? head : '';
  if (key === undefined || key === 'type') return 'applicantType';
  const names: Record<string, string> = type === 'organization' ? ORG_FIELDS : NATURAL_FIELDS;
  return names[key] ?? '';
}

/** Keeps the first problem of each field and orders them as the form does. */
export function orderErrors(errors: FieldErrors): FieldErrors {
  const order: readonly string[] = ['', ...APPLY_FIELD_ORDER];
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

export function zodErrors(issues: readonly z.core.$ZodIssue[], type: string | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path, type);
    errors[field] ??= CHOICE_MESSAGES[field] ?? issue.message;
  }
  return orderErrors(errors);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Validates an application form with the API's schema. */
export function parseApplication(v: FormValues): Parsed<SubmitInput> {
  const r = submitBody.safeParse(applicationOf(v));
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: zodErrors(r.error.issues, v.applicantType) };
}

/** What proves the visitor may see a request: the tracking code with the secret or the ID's last six. */
export interface Proof {
  code: string;
  secret?: string;
  idLast6?: string;
}

/** Reads the tracking form (and the hidden fields of the status page's forms). */
export function parseProof(v: FormValues): Parsed<Proof> {
  const code = (v.code ?? '').trim();
  const secret = (v.secret ?? '').replace(/\s/g, '');
  const idLast6 = (v.idLast6 ?? '').trim();
  const errors: FieldErrors = {};
  if (!code) errors.code = '请填写查询码';
  else if (code.length > 40) errors.code = '查询码格式不正确，请核对后重新填写';
  if (!secret && !idLast6) errors.secret = '请填写查询密码，或者填写证件号码后六位';
  else if (secret.length > 40) errors.secret = '查询密码格式不正确，请核对后重新填写';
  if (idLast6 && !/^[0-9A-Za-z]{6}$/.test(idLast6)) errors.idLast6 = '证件号码后六位应为6位数字或字母';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { code, ...(secret ? { secret } : {}), ...(idLast6 ? { idLast6 } : {}) } };
}

/** The 补正 text, with the API's messages. */
export function parseCorrection(v: FormValues): Parsed<string> {
  const r = correctionBody.shape.text.safeParse(v.text ?? '');
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: { text: r.error.issues[0].message } };
}

/** A letter download: a row id and a format, or nothing. */
export function parseLetter(v: FormValues): { letterId: number; format: 'docx' | 'pdf' } | null {
  const id = v.letterId ?? '';
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) return null;
  return v.format === 'docx' || v.format === 'pdf' ? { letterId: Number(id), format: v.format } : null;
}

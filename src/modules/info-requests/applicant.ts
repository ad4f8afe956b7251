import { z } from 'zod';
import { idCardCheckChar, isValidCreditCode, isValidIdCard18 } from '../../platform/text/index.js';

/**
 * The applicant (条例第二十九条第一项: 姓名或者名称、身份证明、联系方式) as the public contract of issue #4
 * gives it, validated with Chinese messages that name the field.
 */

/** 身份证件 types: the resident ID is checked by its check digit; others by shape only. */
export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_id', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_id: '外国人永久居留身份证',
  other: '其他有效身份证件',
};
/** What people and other systems write for these types. */
const ID_TYPE_ALIASES: Record<string, IdType> = {
  idcard: 'resident_id', id_card: 'resident_id', resident: 'resident_id', resident_id: 'resident_id', 身份证: 'resident_id', 居民身份证: 'resident_id',
  passport: 'passport', 护照: 'passport',
  hk_macao_permit: 'hk_macao_permit', 港澳通行证: 'hk_macao_permit', 港澳居民来往内地通行证: 'hk_macao_permit',
  taiwan_permit: 'taiwan_permit', 台胞证: 'taiwan_permit', 台湾居民来往大陆通行证: 'taiwan_permit',
  foreign_permanent_id: 'foreign_permanent_id', 外国人永久居留身份证: 'foreign_permanent_id',
  other: 'other', 其他: 'other',
};
export const ORG_TYPES = ['commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;
export type OrgApplicantType = (typeof ORG_TYPES)[number];

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}(\d{1,6})?$/;
/** Digits of a phone number as people write it: +86, spaces, hyphens and brackets dropped. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s\-()（）]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
}
const phone = z.string({ message: '请填写联系电话' }).trim().min(1, '请填写联系电话').max(30, '联系电话过长')
  .transform(normalizePhone)
  .refine((p) => MOBILE.test(p) || LANDLINE.test(p), '联系电话格式不正确：请填写11位手机号码，或带区号的固定电话');
const email = z.string().trim().max(200).email('电子邮箱格式不正确').optional().or(z.literal('').transform(() => undefined));
const text = (label: string, max: number) => z.string({ message: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const naturalApplicant = z.strictObject({
  type: z.literal('natural'),
  name: text('姓名', 50),
  idType: z.string({ message: '请选择身份证件类型' }).trim()
    .transform((v, ctx) => {
      const t = ID_TYPE_ALIASES[v] ?? ID_TYPE_ALIASES[v.toLowerCase()];
      if (!t) ctx.addIssue({ code: 'custom', message: `身份证件类型“${v.slice(0, 20)}”无法识别：可填 ${ID_TYPES.join('、')}` });
      return t ?? 'other';
    }),
  idNumber: text('身份证件号码', 40).transform((v) => v.replace(/\s/g, '').toUpperCase()),
  phone,
  email,
  address: z.string().trim().max(200, '通信地址不能超过200个字').optional(),
}).superRefine((a, ctx) => {
  if (a.idType !== 'resident_id') {
    if (!/^[A-Z0-9-]{5,30}$/.test(a.idNumber)) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证件号码格式不正确' });
    return;
  }
  if (!/^\d{17}[\dX]$/.test(a.idNumber)) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码应为18位（最后一位可以是X）' });
  else if (idCardCheckChar(a.idNumber.slice(0, 17)) !== a.idNumber[17]) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码校验位错误，请核对后重新填写' });
  // The birth date is checked against a far date: the schema has no clock, and a check digit already caught typing errors.
  else if (!isValidIdCard18(a.idNumber, '2100-01-01')) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码中的地区码或出生日期不正确' });
});

export const organizationApplicant = z.strictObject({
  type: z.literal('organization'),
  orgType: z.enum(ORG_TYPES, { message: '请选择组织类型：commercial（商业企业）、research（科研机构）、publicInterest（社会公益组织）、legalService（法律服务机构）、other（其他）' }),
  name: text('单位名称', 100),
  creditCode: text('统一社会信用代码', 18).transform((v) => v.replace(/\s/g, '').toUpperCase())
    .refine((v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), '统一社会信用代码应为18位数字或大写字母')
    .refine((v) => !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) || isValidCreditCode(v), '统一社会信用代码校验位错误，请核对后重新填写'),
  legalRepresentative: text('法定代表人或负责人', 50),
  contactName: text('联系人姓名', 50),
  phone,
  email,
  address: z.string().trim().max(200, '通信地址不能超过200个字').optional(),
});

export const applicantSchema = z.discriminatedUnion('type', [naturalApplicant, organizationApplicant], {
  message: '申请人类型应为 natural（自然人）或 organization（法人或其他组织）',
});
export type Applicant = z.output<typeof applicantSchema>;

/** The table 三 column of an applicant. */
export const applicantColumn = (a: Applicant) => (a.type === 'natural' ? 'natural' : a.orgType);

/** The identity that duplicate detection and per-person limits compare (ID number or credit code). */
export const applicantKey = (a: Applicant) => (a.type === 'natural' ? `${a.idType}:${a.idNumber}` : `credit:${a.creditCode}`);

/** A name as lists show it: 张** for a person (personal data), the full name for an organisation. */
export function displayName(a: Applicant): string {
  if (a.type === 'organization') return a.name;
  const chars = Array.from(a.name);
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/** Masks for views that show contact data to staff without a reason to see all of it. */
export function maskApplicant(a: Applicant): Record<string, string | undefined> {
  const keep = (s: string, head: number, tail: number) => (s.length <= head + tail ? '*'.repeat(s.length) : `${s.slice(0, head)}${'*'.repeat(s.length - head - tail)}${s.slice(-tail)}`);
  return {
    name: displayName(a),
    idNumber: a.type === 'natural' ? keep(a.idNumber, 4, 4) : undefined,
    creditCode: a.type === 'organization' ? a.creditCode : undefined,
    phone: keep(a.phone, 3, 4),
    email: a.email ? a.email.replace(/^(.).*(@.*)$/, '$1***$2') : undefined,
    address: a.address ? `${Array.from(a.address).slice(0, 6).join('')}***` : undefined,
  };
}

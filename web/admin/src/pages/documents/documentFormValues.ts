import dayjs, { type Dayjs } from 'dayjs';
import type { Disclosure, DocumentInput, DocumentView, Validity, Vocabulary } from '../../api/types';

/** The editor form's values (dates as dayjs, the topic as a cascader path). */
export interface DocumentFormValues {
  orgId?: number;
  jointOrgIds: number[];
  title: string;
  docNumber?: string;
  writtenAt?: Dayjs | null;
  topic?: string[];
  genre?: string | null;
  keywords?: string;
  summary?: string;
  disclosure: Disclosure;
  disclosureGround?: string | null;
  channels: string[];
  audience?: string;
  bodyHtml?: string;
  isNormative: boolean;
  validity?: Validity | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

/** Form field names the server's errors (`body.<name>`) are shown on. */
export const DOCUMENT_FIELDS = [
  'orgId', 'jointOrgIds', 'title', 'docNumber', 'writtenAt', 'topic', 'genre', 'keywords', 'summary', 'disclosure', 'disclosureGround',
  'channels', 'audience', 'bodyHtml', 'isNormative', 'validity', 'validFrom', 'validTo',
];

const day = (s: string | null): Dayjs | null => (s ? dayjs(s) : null);
const date = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/** `02-01` → `['02', '02-01']`, `22` → `['22']`. */
export function topicPath(code: string | null | undefined): string[] | undefined {
  if (!code) return undefined;
  return code.length > 2 ? [code.slice(0, 2), code] : [code];
}

export function blankValues(orgId: number | undefined): DocumentFormValues {
  return {
    orgId,
    jointOrgIds: [],
    title: '',
    disclosure: 'active',
    channels: ['政府网站'],
    audience: '全社会',
    bodyHtml: '',
    isNormative: false,
    keywords: '',
    summary: '',
  };
}

export function toFormValues(d: DocumentView): DocumentFormValues {
  return {
    orgId: d.org.id,
    jointOrgIds: d.orgs.filter((o) => o.id !== d.org.id).map((o) => o.id),
    title: d.title,
    docNumber: d.docNumber ?? '',
    writtenAt: day(d.writtenAt),
    topic: topicPath(d.topic?.code),
    genre: d.genre,
    keywords: d.keywords,
    summary: d.summary,
    disclosure: d.disclosure,
    disclosureGround: d.disclosureGround,
    channels: d.channels,
    audience: d.audience,
    bodyHtml: d.bodyHtml,
    isNormative: d.isNormative,
    validity: d.validity,
    validFrom: day(d.validFrom),
    validTo: day(d.validTo),
  };
}

export function toInput(v: DocumentFormValues): DocumentInput {
  return {
    orgId: v.orgId!,
    jointOrgIds: (v.jointOrgIds ?? []).filter((id) => id !== v.orgId),
    title: v.title.trim(),
    docNumber: v.docNumber?.trim() || null,
    writtenAt: date(v.writtenAt),
    topic: v.topic?.length ? v.topic[v.topic.length - 1]! : null,
    genre: v.genre ?? null,
    keywords: (v.keywords ?? '').trim(),
    summary: (v.summary ?? '').trim(),
    disclosure: v.disclosure,
    disclosureGround: v.disclosure === 'active' ? null : (v.disclosureGround ?? null),
    channels: v.channels ?? [],
    audience: v.audience?.trim() || '全社会',
    bodyHtml: v.bodyHtml ?? '',
    isNormative: !!v.isNormative,
    validity: v.validity ?? null,
    validFrom: v.isNormative ? date(v.validFrom) : null,
    validTo: v.isNormative ? date(v.validTo) : null,
  };
}

/** Cascader options over the 主题分类 tree (a top level without children is itself a choice). */
export function topicOptions(vocab: Vocabulary) {
  return vocab.topics.map((t) => ({
    value: t.code,
    label: t.label,
    children: t.children.length ? t.children.map((c) => ({ value: c.code, label: c.label })) : undefined,
  }));
}

import type { AttachmentRow, DocumentRow } from './publications.repository.js';
import type { DocumentListItem, DocumentView } from './publications.schemas.js';
import { topicLabel } from './topics.js';
import {
  DISCLOSURE_GROUNDS, DISCLOSURE_LABELS, PII_EXCEPTION_BASES, STATUS_LABELS, VALIDITY_LABELS,
  type Disclosure, type DisclosureGround, type DocumentStatus, type PiiExceptionBasis, type Validity,
} from './vocabulary.js';

export interface OrgRef { id: number; code: string; name: string }
export type OrgLookup = (id: number) => OrgRef;

export interface PiiException { basis: PiiExceptionBasis; note: string; by: string; at: string }

export function parsePiiException(raw: string | null): PiiException | null {
  return raw ? (JSON.parse(raw) as PiiException) : null;
}

function topicOf(code: string | null) {
  const label = code ? topicLabel(code) : undefined;
  return code && label ? { code, label } : null;
}

export function presentListItem(r: DocumentRow, org: OrgLookup): DocumentListItem {
  return {
    id: r.id,
    status: r.status as DocumentStatus,
    statusLabel: STATUS_LABELS[r.status as DocumentStatus],
    version: r.version,
    indexNumber: r.index_number,
    title: r.title,
    docNumber: r.doc_number,
    writtenAt: r.written_at,
    publishAt: r.publish_at,
    publishedAt: r.published_at,
    org: org(r.org_id),
    topic: topicOf(r.topic),
    disclosure: r.disclosure as Disclosure,
    disclosureLabel: DISCLOSURE_LABELS[r.disclosure as Disclosure],
    dueDate: r.due_date,
    lateDays: r.late_days,
    updatedAt: r.updated_at,
  };
}

export function presentAttachment(a: AttachmentRow) {
  return { id: a.id, name: a.name, size: a.size, mime: a.mime, fileType: a.file_type, textEmpty: a.text_empty === 1, masked: a.original_key !== null, textLength: a.text.length };
}

export function presentDocument(r: DocumentRow, jointOrgIds: number[], attachments: AttachmentRow[], org: OrgLookup): DocumentView {
  const ex = parsePiiException(r.pii_exception);
  const ground = r.disclosure_ground as DisclosureGround | null;
  return {
    ...presentListItem(r, org),
    orgs: [r.org_id, ...jointOrgIds.filter((id) => id !== r.org_id)].map(org),
    genre: r.genre,
    keywords: r.keywords,
    summary: r.summary,
    disclosureGround: ground,
    disclosureGroundLabel: ground ? (DISCLOSURE_GROUNDS[ground]?.label ?? null) : null,
    channels: JSON.parse(r.channels) as string[],
    audience: r.audience,
    bodyHtml: r.body_html,
    isNormative: r.is_normative === 1,
    validity: r.validity as Validity | null,
    validityLabel: r.validity ? VALIDITY_LABELS[r.validity as Validity] : null,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    piiException: ex ? { ...ex, basisLabel: PII_EXCEPTION_BASES[ex.basis] } : null,
    withdrawnAt: r.withdrawn_at,
    withdrawReason: r.withdraw_reason,
    source: r.source,
    attachments: attachments.map(presentAttachment),
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export const EVENT_LABELS: Record<string, string> = {
  create: '起草', update: '修改', submit: '提交审核', recall: '撤回审核申请', approve: '保密审查通过', return: '退回修改',
  publish: '签发发布', schedule: '签发（定时发布）', 'scheduled-publish': '定时发布生效', withdraw: '撤回发布', file: '签发登记（不主动公开）',
  mask: '去标识化', 'pii-exception': '记录合法例外', 'pii-exception-removed': '取消合法例外', 'attachment-add': '上传附件', 'attachment-remove': '删除附件', import: '导入发布', catalogue: '归入基本目录', columns: '归入专栏', validity: '有效性变更', relations: '设置关联文件',
};

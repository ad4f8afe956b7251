import { Tag } from 'antd';
import type { DocumentStatus, FindingSeverity } from '../../api/types';
import { DOCUMENT_STATUS_COLORS, DOCUMENT_STATUS_LABELS, SEVERITY_COLORS, SEVERITY_LABELS, WARNING_TAG_STYLE } from '../../common/documents';

const styleFor = (color: string) => (color === 'warning' ? WARNING_TAG_STYLE : undefined);

/** A document's workflow state as a coloured tag (草稿, 待保密审查, 已发布 …). */
export function StatusTag({ status }: { status: DocumentStatus }) {
  const color = DOCUMENT_STATUS_COLORS[status];
  return (
    <Tag color={color} style={styleFor(color)}>
      {DOCUMENT_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 须处理 / 提示 / 已记录例外. */
export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const color = SEVERITY_COLORS[severity];
  return (
    <Tag color={color} style={styleFor(color)}>
      {SEVERITY_LABELS[severity]}
    </Tag>
  );
}

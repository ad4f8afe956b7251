import { Descriptions, Typography } from 'antd';
import type { DocumentView } from '../../api/types';
import BodyEditor from './BodyEditor';

const orNone = (v: string | null | undefined) => (v && v.trim() ? v : '—');

/** 文件信息, read-only: what a reviewer or leader reads (disabled form fields would be too faint to read). */
export default function DocumentDetails({ doc }: { doc: DocumentView }) {
  const disclosure = doc.disclosureGroundLabel ? `${doc.disclosureLabel}（${doc.disclosureGroundLabel}）` : doc.disclosureLabel;
  const validPeriod = doc.validFrom || doc.validTo ? `${doc.validFrom ?? '—'} 至 ${doc.validTo ?? '长期'}` : '—';
  return (
    <div data-testid="document-details">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'title', label: '标题', span: 'filled', children: doc.title },
          { key: 'orgs', label: '发文机关', children: doc.orgs.map((o) => o.name).join('、') },
          { key: 'docNumber', label: '发文字号', children: orNone(doc.docNumber) },
          { key: 'writtenAt', label: '成文日期', children: orNone(doc.writtenAt) },
          { key: 'topic', label: '主题分类', children: orNone(doc.topic?.label) },
          { key: 'genre', label: '体裁（公文种类）', children: orNone(doc.genre) },
          { key: 'keywords', label: '主题词', children: orNone(doc.keywords) },
          { key: 'summary', label: '内容概述', span: 'filled', children: orNone(doc.summary) },
          { key: 'disclosure', label: '公开属性', span: 'filled', children: disclosure },
          { key: 'channels', label: '公开方式', children: doc.channels.join('、') || '—' },
          { key: 'audience', label: '公开范围', children: doc.audience },
          { key: 'normative', label: '规范性文件', children: doc.isNormative ? '是' : '否' },
          { key: 'validity', label: '有效性', children: orNone(doc.validityLabel) },
          ...(doc.isNormative ? [{ key: 'valid', label: '有效期', children: validPeriod }] : []),
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16, margin: '16px 0 8px' }}>
        正文
      </Typography.Title>
      {doc.bodyHtml ? <BodyEditor value={doc.bodyHtml} readOnly /> : <Typography.Text type="secondary">（无正文，见附件）</Typography.Text>}
    </div>
  );
}

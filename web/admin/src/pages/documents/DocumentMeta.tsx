import { Descriptions, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { DocumentView } from '../../api/types';
import { formatDateTime } from '../../common/format';
import { StatusTag } from './StatusTag';

// 条例第二十六条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开.
const PUBLISH_WITHIN_WORKDAYS = 20;

/** Until publication the server has no due date yet: the calendar computes the expected one. */
function useExpectedDue(doc: DocumentView): string | null {
  const [due, setDue] = useState<string | null>(null);
  const { writtenAt, dueDate } = doc;
  useEffect(() => {
    let live = true;
    if (!writtenAt || dueDate) return;
    api.calendar
      .deadline(writtenAt, PUBLISH_WITHIN_WORKDAYS)
      .then((r) => live && setDue(r.due))
      .catch(() => live && setDue(null)); // e.g. the year's holidays are not entered yet
    return () => {
      live = false;
    };
  }, [writtenAt, dueDate]);
  return dueDate ?? (writtenAt ? due : null);
}

function Timeliness({ doc }: { doc: DocumentView }) {
  if (doc.lateDays === null) return <>—</>;
  if (doc.lateDays > 0) return <Tag color="error">逾期 {doc.lateDays} 个工作日</Tag>;
  return <Tag color="success">按时发布</Tag>;
}

/** 索引号, status, dates and timeliness of one document. */
export default function DocumentMeta({ doc }: { doc: DocumentView }) {
  const due = useExpectedDue(doc);
  const published = doc.status === 'scheduled' ? `${formatDateTime(doc.publishAt)}（定时）` : formatDateTime(doc.publishedAt);
  const items = [
    { key: 'status', label: '状态', children: <StatusTag status={doc.status} /> },
    {
      key: 'index',
      label: '索引号',
      children: doc.indexNumber ? <span data-testid="document-index-number">{doc.indexNumber}</span> : <Typography.Text type="secondary">签发时生成</Typography.Text>,
    },
    { key: 'org', label: '发文机关', children: doc.orgs.map((o) => o.name).join('、') },
    { key: 'version', label: '版本', children: `第 ${doc.version} 版` },
    { key: 'published', label: '发布时间', children: published || '—' },
    {
      key: 'due',
      label: '应发布日期',
      children: due ? (
        <span data-testid="document-due-date">
          {due}
          <Typography.Text type="secondary">（成文日期后{PUBLISH_WITHIN_WORKDAYS}个工作日）</Typography.Text>
        </span>
      ) : (
        <Typography.Text type="secondary">填写成文日期后计算</Typography.Text>
      ),
    },
    { key: 'late', label: '时效', children: <Timeliness doc={doc} /> },
    { key: 'updated', label: '更新时间', children: formatDateTime(doc.updatedAt) },
  ];
  if (doc.status === 'withdrawn') {
    items.push(
      { key: 'withdrawnAt', label: '撤回时间', children: formatDateTime(doc.withdrawnAt) },
      { key: 'withdrawReason', label: '撤回原因（向公众显示）', children: doc.withdrawReason ?? '—' },
    );
  }
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }} styles={{ label: { whiteSpace: 'nowrap' } }} items={items} data-testid="document-meta" />;
}

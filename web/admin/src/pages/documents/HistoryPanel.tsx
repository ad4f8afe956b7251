import { Card, Empty, Table, Tabs, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { DocumentEvent, DocumentStatus, DocumentVersion } from '../../api/types';
import { DOCUMENT_STATUS_LABELS } from '../../common/documents';
import { formatDateTime } from '../../common/format';

const statusLabel = (s: string | null) => (s ? (DOCUMENT_STATUS_LABELS[s as DocumentStatus] ?? s) : '');

const VERSION_REASONS: Record<string, string> = { create: '起草', update: '修改', mask: '去标识化', import: '导入' };

const versionColumns: TableProps<DocumentVersion>['columns'] = [
  { title: '版本', dataIndex: 'version', key: 'version', width: 80, render: (v: number) => `第 ${v} 版` },
  { title: '原因', dataIndex: 'reason', key: 'reason', width: 110, render: (r: string) => VERSION_REASONS[r] ?? r },
  { title: '时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
  { title: '标题', dataIndex: 'title', key: 'title' },
];

function EventItem({ e }: { e: DocumentEvent }) {
  const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
  return (
    <div data-testid="document-event">
      <Typography.Text strong>{e.actionLabel}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        {e.actorName} · {formatDateTime(e.occurredAt)}
      </Typography.Text>
      {moved && (
        <div>
          <Tag>{statusLabel(e.fromStatus)}</Tag>→<Tag style={{ marginInlineStart: 8 }}>{statusLabel(e.toStatus)}</Tag>
        </div>
      )}
      {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
    </div>
  );
}

interface Props {
  documentId: number;
  events: DocumentEvent[];
  /** Changes whenever the document changed, to reload the versions. */
  version: number;
}

/** 办理过程 (who did what, when, with which opinion) and 历史版本 (snapshots kept at every save). */
export default function HistoryPanel({ documentId, events, version }: Props) {
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  const [tab, setTab] = useState('events');

  useEffect(() => {
    if (tab !== 'versions') return;
    let live = true;
    api.documents
      .versions(documentId)
      .then((r) => live && setVersions(r.items))
      .catch(() => live && setVersions([]));
    return () => {
      live = false;
    };
  }, [documentId, version, tab]);

  const ordered = [...events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id - a.id);
  return (
    <Card title="办理记录" data-testid="history-panel">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'events',
            label: '办理过程',
            children: ordered.length ? (
              <ol className="gk-events" aria-label="办理过程">
                {ordered.map((e) => (
                  <li key={e.id}>
                    <EventItem e={e} />
                  </li>
                ))}
              </ol>
            ) : (
              <Empty description="暂无办理记录" />
            ),
          },
          {
            key: 'versions',
            label: '历史版本',
            children: (
              <Table<DocumentVersion>
                rowKey="version"
                size="small"
                columns={versionColumns}
                dataSource={versions ?? []}
                loading={versions === null}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: '暂无历史版本' }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useLoad } from '../../common/useLoad';
import { WARNING_TAG_STYLE } from '../../common/documents';
import AppealModal from './AppealModal';
import { requestsApi } from './api';
import { canHandleRequests } from './labels';
import type { Appeal } from './types';

/** 行政复议 / 行政诉讼 on this request: the records, a button to add one and to enter the outcome. */
export default function AppealsPanel({ requestId }: { requestId: number }) {
  const { user } = useAuth();
  const writer = canHandleRequests(user?.roles);
  const { data, loading, reload } = useLoad(() => requestsApi.appeals(requestId), [requestId]);
  const [editing, setEditing] = useState<Appeal | 'new' | null>(null);

  const columns: TableProps<Appeal>['columns'] = [
    { title: '类型', dataIndex: 'kindLabel', key: 'kind' },
    { title: '申请复议或起诉之日', dataIndex: 'filedOn', key: 'filedOn', width: 150 },
    {
      title: '复议机关或法院',
      key: 'body',
      render: (_: unknown, a) => (
        <>
          <div>{a.bodyName}</div>
          {a.caseNumber && <Typography.Text type="secondary">{a.caseNumber}</Typography.Text>}
        </>
      ),
    },
    {
      title: '审结情况',
      key: 'outcome',
      render: (_: unknown, a) => (
        <>
          <div>{a.outcomeLabel}{a.decidedOn ? `（${a.decidedOn}）` : ''}</div>
          {a.lateFiling && <Tag color="warning" style={WARNING_TAG_STYLE}>超过一般期限提出</Tag>}
          {a.lateFilingNote && <Typography.Text type="secondary">{a.lateFilingNote}</Typography.Text>}
        </>
      ),
    },
    ...(writer
      ? [{ title: '操作', key: 'actions', width: 110, render: (_: unknown, a: Appeal) => <Button type="link" onClick={() => setEditing(a)}>更新结果</Button> }]
      : []),
  ];

  return (
    <div data-testid="appeals-panel">
      {writer && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button onClick={() => setEditing('new')}>登记复议或诉讼</Button>
        </Flex>
      )}
      <Table<Appeal>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">没有行政复议或行政诉讼记录</Typography.Text> }}
      />
      {editing && (
        <AppealModal
          requestId={requestId}
          appeal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
    </div>
  );
}

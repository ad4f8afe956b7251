import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { AuditItem, AuditQuery, AuditVerifyResult } from '../../api/types';
import { formatDateTime } from '../../common/format';
import { usePagedList } from '../../common/usePagedList';
import { serverPagination } from '../../common/pagination';
import { FilterButtons } from '../../common/FilterParts';

interface FilterValues {
  action?: string;
  actor?: string;
  entityType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const DEFAULT_QUERY: AuditQuery = { page: 1, pageSize: 20 };

/** The headline for a verification result, e.g. 审计链完整，共120条. */
export function verifyHeadline(r: AuditVerifyResult): string {
  if (r.ok) return `审计链完整，共${r.count}条`;
  return r.firstBadId !== null ? `第${r.firstBadId}条记录被篡改或删除` : '审计链校验未通过';
}

const columns: TableProps<AuditItem>['columns'] = [
  { title: '时间', dataIndex: 'occurredAt', key: 'occurredAt', width: 170, render: (v: string) => formatDateTime(v) },
  { title: '操作人', dataIndex: 'actorName', key: 'actorName', width: 130 },
  { title: '机构', dataIndex: 'orgName', key: 'orgName', width: 140, render: (v: string | null) => v ?? '—' },
  { title: '操作', dataIndex: 'action', key: 'action', width: 170, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
  { title: '对象', key: 'entity', width: 100, render: (_: unknown, r) => (r.entityId ? `${r.entityType}#${r.entityId}` : r.entityType) },
  { title: '摘要', dataIndex: 'summary', key: 'summary' },
];

export default function AuditPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  const [query, setQuery] = useState<AuditQuery>(DEFAULT_QUERY);
  const [verifying, setVerifying] = useState(false);
  const [verifyResult, setVerifyResult] = useState<AuditVerifyResult | null>(null);

  const { data, loading } = usePagedList(api.audit.list, query);

  const onFilter = (v: FilterValues) => {
    const [from, to] = v.range ?? [null, null];
    setQuery({
      ...DEFAULT_QUERY,
      pageSize: query.pageSize,
      action: v.action?.trim() || undefined,
      actor: v.actor?.trim() || undefined,
      entityType: v.entityType?.trim() || undefined,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
    });
  };

  const onReset = () => {
    form.resetFields();
    setQuery({ ...DEFAULT_QUERY, pageSize: query.pageSize });
  };

  const verify = async () => {
    setVerifying(true);
    setVerifyResult(null);
    try {
      setVerifyResult(await api.audit.verify());
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        审计日志
      </Typography.Title>
      <Card>
        <Form form={form} name="auditFilter" layout="inline" onFinish={onFilter} style={{ rowGap: 12 }}>
          <Form.Item label="操作类型" name="action">
            <Input placeholder="如 user.create" allowClear maxLength={60} style={{ width: 170 }} />
          </Form.Item>
          <Form.Item label="操作人" name="actor">
            <Input placeholder="姓名或用户名" allowClear maxLength={50} style={{ width: 150 }} />
          </Form.Item>
          <Form.Item label="对象类型" name="entityType">
            <Input placeholder="如 user" allowClear maxLength={40} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item label="日期范围" name="range">
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <FilterButtons onReset={onReset} />
        </Form>
      </Card>
      <Card
        title="审计记录"
        extra={
          <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={verify} loading={verifying}>
            校验审计链
          </Button>
        }
      >
        {verifyResult && (
          <Alert
            data-testid="audit-verify-result"
            type={verifyResult.ok ? 'success' : 'error'}
            showIcon
            closable={{ onClose: () => setVerifyResult(null) }}
            title={verifyHeadline(verifyResult)}
            description={verifyResult.ok ? undefined : verifyResult.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<AuditItem>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          // Fits beside the menu at 1280px, leaving the summary (the column people read) the most room.
          scroll={{ x: 980 }}
          locale={{ emptyText: '暂无审计记录' }}
          pagination={serverPagination(query, data.total, setQuery, [20, 50, 100, 200])}
        />
      </Card>
    </Space>
  );
}

import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space, Table, Tabs, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { FilterButtons } from '../../common/FilterParts';
import { serverPagination } from '../../common/pagination';
import { usePagedList } from '../../common/usePagedList';
import { requestsApi } from './api';
import { canHandleRequests, resultLabel } from './labels';
import { OnTimeTag, RequestStatusTag, WorkdaysLeft } from './RequestTags';
import type { ListView, RequestListItem, RequestQuery } from './types';

const ALL = 'all';
const TABS: { key: ListView | typeof ALL; label: string }[] = [
  { key: 'open', label: '在办' },
  { key: 'overdue', label: '逾期' },
  { key: 'dueSoon', label: '临近期限' },
  { key: ALL, label: '全部' },
];
const isView = (v: string | null): v is ListView => v === 'open' || v === 'overdue' || v === 'dueSoon';

const columns: TableProps<RequestListItem>['columns'] = [
  {
    title: '登记号 / 查询码',
    key: 'no',
    width: 170,
    fixed: 'left',
    render: (_: unknown, r) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/info-requests/${r.id}`}>{r.registerNo ?? r.trackingCode}</Link>
        {r.registerNo && <Typography.Text type="secondary">{r.trackingCode}</Typography.Text>}
      </Space>
    ),
  },
  {
    title: '申请人',
    key: 'applicant',
    width: 150,
    render: (_: unknown, r) => (
      <Space orientation="vertical" size={0}>
        <span>{r.applicant}</span>
        <Typography.Text type="secondary">{r.applicantTypeLabel}</Typography.Text>
      </Space>
    ),
  },
  { title: '所需信息', dataIndex: 'description', key: 'description', width: 240 },
  { title: '状态', dataIndex: 'status', key: 'status', width: 110, render: (_: unknown, r) => <RequestStatusTag status={r.status} /> },
  {
    title: '答复期限',
    key: 'dueOn',
    width: 110,
    render: (_: unknown, r) => <span data-testid="due-on">{r.clock?.dueOn ?? r.dueOn ?? '—'}</span>,
  },
  {
    title: '剩余工作日',
    key: 'left',
    width: 170,
    render: (_: unknown, r) =>
      r.status === 'closed' ? (
        <Space orientation="vertical" size={0}>
          <span>{r.closedOn} 办结</span>
          <Typography.Text type="secondary">{resultLabel(r.result)}</Typography.Text>
          <OnTimeTag onTime={r.onTime} />
        </Space>
      ) : r.status === 'awaiting_correction' ? (
        <Typography.Text type="secondary">补正期间暂停计算</Typography.Text>
      ) : (
        <WorkdaysLeft workdaysLeft={r.clock?.workdaysLeft} overdue={!!r.clock?.overdue} dueSoon={!!r.clock?.dueSoon} />
      ),
  },
  { title: '承办机构', dataIndex: 'handlingOrg', key: 'handlingOrg', width: 150 },
  { title: '收到日期', dataIndex: 'receivedOn', key: 'receivedOn', width: 110, render: (v: string | null) => v ?? '—' },
  { title: '渠道', dataIndex: 'channelLabel', key: 'channel', width: 130 },
];

/** 依申请公开: the applications of the caller's organisations, by 在办 / 逾期 / 临近期限 / 全部. */
export default function InfoRequestsPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<{ q?: string }>();
  const initialView = params.get('view');
  const [query, setQuery] = useState<RequestQuery>({
    page: 1,
    pageSize: 20,
    view: initialView === ALL ? undefined : isView(initialView) ? initialView : 'open',
  });
  const { data, loading } = usePagedList(requestsApi.list, query);

  const showView = (key: string) => {
    const view = isView(key) ? key : undefined;
    setQuery((q) => ({ ...q, page: 1, view }));
    setParams(key === 'open' ? {} : { view: key }, { replace: true });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        依申请公开
      </Typography.Title>
      <Card>
        <Form
          form={form}
          name="requestFilter"
          layout="inline"
          onFinish={(v) => setQuery((q) => ({ ...q, page: 1, q: v.q?.trim() || undefined }))}
          style={{ rowGap: 12 }}
        >
          <Form.Item label="关键字" name="q">
            <Input placeholder="查询码、登记号或所需信息" allowClear maxLength={100} style={{ width: 260 }} />
          </Form.Item>
          <FilterButtons
            onReset={() => {
              form.resetFields();
              setQuery((q) => ({ ...q, page: 1, q: undefined }));
            }}
          />
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          答复期限：自收到申请之日起20个工作日，经批准可延长不超过20个工作日（《政府信息公开条例》第三十三条）；补正、征求意见、缴费期间不计算在内。剩余5个工作日以内为临近期限。
        </Typography.Paragraph>
      </Card>
      <Card
        title="申请列表"
        extra={
          <Space wrap>
            <Button icon={<BarChartOutlined aria-hidden />} onClick={() => navigate('/info-requests/dashboard')}>
              办理统计
            </Button>
            {canHandleRequests(user?.roles) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/info-requests/new')}>
                登记申请
              </Button>
            )}
          </Space>
        }
      >
        <Tabs activeKey={query.view ?? ALL} onChange={showView} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
        <Table<RequestListItem>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          scroll={data.items.length ? { x: 1340 } : undefined}
          locale={{ emptyText: <Typography.Text type="secondary">暂无申请</Typography.Text> }}
          pagination={serverPagination(query, data.total, setQuery, [10, 20, 50, 100])}
        />
      </Card>
    </Space>
  );
}

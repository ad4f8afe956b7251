import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { DocumentListItem, DocumentQuery, DocumentStatus } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DOCUMENT_STATUS_LABELS, canEditDocuments, todoStatusFor } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import { serverPagination } from '../../common/pagination';
import { usePagedList } from '../../common/usePagedList';
import { useScopeOrgs } from '../../common/useVocabulary';
import { StatusTag } from './StatusTag';
import TodoHint from './TodoHint';
import { FilterButtons, OrgFilter } from '../../common/FilterParts';

interface FilterValues {
  q?: string;
  orgId?: number;
  late?: boolean;
  mine?: boolean;
}

const STATUS_TABS: DocumentStatus[] = ['draft', 'returned', 'in_review', 'approved', 'scheduled', 'published', 'withdrawn', 'filed'];
const ALL = 'all';

const minute = (v: string | null) => formatDateTime(v).slice(0, 16);

const columns: TableProps<DocumentListItem>['columns'] = [
  {
    title: '标题',
    dataIndex: 'title',
    key: 'title',
    width: 280,
    fixed: 'left',
    render: (title: string, d) => <Link to={`/documents/${d.id}`}>{title}</Link>,
  },
  { title: '发文字号', dataIndex: 'docNumber', key: 'docNumber', width: 170, render: (v: string | null) => v || '—' },
  { title: '索引号', dataIndex: 'indexNumber', key: 'indexNumber', width: 170, render: (v: string | null) => v || '—' },
  { title: '机构', key: 'org', width: 140, render: (_: unknown, d) => d.org.name },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    width: 130,
    render: (s: DocumentStatus) => <StatusTag status={s} />,
  },
  { title: '成文日期', dataIndex: 'writtenAt', key: 'writtenAt', width: 110, render: (v: string | null) => v || '—' },
  {
    title: '发布日期',
    key: 'publishedAt',
    width: 170,
    render: (_: unknown, d) => {
      if (d.status === 'scheduled') return `定时：${minute(d.publishAt)}`;
      if (!d.publishedAt) return '—';
      return (
        <Space orientation="vertical" size={0}>
          <span>{minute(d.publishedAt)}</span>
          {d.dueDate && <Typography.Text type="secondary">应于 {d.dueDate} 前</Typography.Text>}
          {!!d.lateDays && d.lateDays > 0 && <Tag color="error">逾期 {d.lateDays} 个工作日</Tag>}
        </Space>
      );
    },
  },
  { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 150, render: (v: string) => minute(v) },
];

/** 文件发布: every document of the caller's organisations, by workflow state. */
export default function DocumentsPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<FilterValues>();
  const todo = todoStatusFor(user?.roles);
  const [query, setQuery] = useState<DocumentQuery>({ page: 1, pageSize: 20, status: todo });
  const { data, loading } = usePagedList(api.documents.list, query);
  const orgs = useScopeOrgs();
  const orgTree = useMemo(() => toTreeSelectData(buildOrgTree(orgs)), [orgs]);

  const onFilter = (v: FilterValues) =>
    setQuery((q) => ({
      page: 1,
      pageSize: q.pageSize,
      status: q.status,
      q: v.q?.trim() || undefined,
      orgId: v.orgId,
      late: v.late ? 'true' : undefined,
      mine: v.mine ? 'true' : undefined,
    }));
  const onReset = () => {
    form.resetFields();
    setQuery((q) => ({ page: 1, pageSize: q.pageSize, status: q.status }));
  };
  const showStatus = (status: DocumentStatus | undefined) => setQuery((q) => ({ ...q, page: 1, status }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        文件发布
      </Typography.Title>
      <TodoHint current={query.status} onShow={showStatus} />
      <Card>
        <Form form={form} name="documentFilter" layout="inline" onFinish={onFilter} style={{ rowGap: 12 }}>
          <Form.Item label="关键字" name="q">
            <Input placeholder="标题、发文字号或索引号" allowClear maxLength={100} style={{ width: 220 }} />
          </Form.Item>
          <OrgFilter treeData={orgTree} />
          <Form.Item name="late" valuePropName="checked">
            <Checkbox>逾期发布</Checkbox>
          </Form.Item>
          <Form.Item name="mine" valuePropName="checked">
            <Checkbox>我起草的</Checkbox>
          </Form.Item>
          <FilterButtons onReset={onReset} />
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          逾期发布：发布日期晚于成文日期后20个工作日（《政府信息公开条例》第二十六条）。
        </Typography.Paragraph>
      </Card>
      <Card
        title="文件列表"
        extra={
          canEditDocuments(user?.roles) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/documents/new')}>
              起草文件
            </Button>
          )
        }
      >
        <Tabs
          activeKey={query.status ?? ALL}
          onChange={(key) => showStatus(key === ALL ? undefined : (key as DocumentStatus))}
          items={[{ key: ALL, label: '全部' }, ...STATUS_TABS.map((s) => ({ key: s, label: DOCUMENT_STATUS_LABELS[s] }))]}
        />
        <Table<DocumentListItem>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          // An empty table must not be a scroll region (axe: scrollable-region-focusable has nothing to focus).
          scroll={data.items.length ? { x: 1340 } : undefined}
          locale={{ emptyText: <Typography.Text type="secondary">暂无文件</Typography.Text> }}
          pagination={serverPagination(query, data.total, setQuery, [10, 20, 50, 100])}
        />
      </Card>
    </Space>
  );
}

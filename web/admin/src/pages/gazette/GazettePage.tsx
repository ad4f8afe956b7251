import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments } from '../../common/documents';
import { shanghaiToday, shanghaiYear } from '../../common/format';
import { reportFormError } from '../../common/formErrors';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import { serverPagination } from '../../common/pagination';
import { usePagedList } from '../../common/usePagedList';
import { useScopeOrgs } from '../../common/useVocabulary';
import { type IssueQuery, gazetteApi } from './api';
import { ISSUE_STATUS_COLORS, type IssueListItem, type IssueStatus } from './types';

interface NewIssueValues { orgId: number; year: number; number?: number | null; totalNumber?: number | null; title?: string; issueDate: Dayjs }

const STATUS_OPTIONS: { value: IssueStatus; label: string }[] = [{ value: 'draft', label: '草稿' }, { value: 'published', label: '已发布' }, { value: 'withdrawn', label: '已撤回' }];

/** 政府公报: the issues of the caller's organisations; a new issue opens in its editor. */
export default function GazettePage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [query, setQuery] = useState<IssueQuery>({ page: 1, pageSize: 20 });
  const { data, loading } = usePagedList(gazetteApi.list, query);
  const orgs = useScopeOrgs();
  const orgTree = useMemo(() => toTreeSelectData(buildOrgTree(orgs), true), [orgs]);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NewIssueValues>();

  const create = async (v: NewIssueValues) => {
    setSaving(true);
    try {
      const issue = await gazetteApi.create({
        orgId: v.orgId, year: v.year, issueDate: v.issueDate.format('YYYY-MM-DD'),
        ...(v.number ? { number: v.number } : {}), ...(v.totalNumber ? { totalNumber: v.totalNumber } : {}), ...(v.title?.trim() ? { title: v.title.trim() } : {}),
      });
      message.success(`已新建“${issue.title}”`);
      navigate(`/gazette/${issue.id}`);
    } catch (err) {
      reportFormError(form, err, ['orgId', 'year', 'number', 'totalNumber', 'title', 'issueDate'], (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableProps<IssueListItem>['columns'] = [
    { title: '标题', dataIndex: 'title', key: 'title', width: 280, render: (t: string, i) => <Link to={`/gazette/${i.id}`}>{t}</Link> },
    { title: '期数', key: 'number', width: 150, render: (_: unknown, i) => `${i.year}年第${i.number}期（总第${i.totalNumber}期）` },
    { title: '出版日期', dataIndex: 'issueDate', key: 'issueDate', width: 110 },
    { title: '文件数', dataIndex: 'itemCount', key: 'itemCount', width: 80 },
    { title: '状态', key: 'status', width: 90, render: (_: unknown, i) => <Tag color={ISSUE_STATUS_COLORS[i.status]} style={i.status === 'withdrawn' ? { color: '#874d00' } : undefined}>{i.statusLabel}</Tag> },
    { title: '主办机构', key: 'org', width: 160, render: (_: unknown, i) => i.org.name },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>政府公报</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        政府公报是政府信息主动公开的法定渠道（《政府信息公开条例》第二十三条）。每期从已发布的文件中编排，发布时生成 PDF 版并在网站“政府公报”栏目公开。
      </Typography.Paragraph>
      <Card
        title="公报期次"
        extra={canEditDocuments(user?.roles) && <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>新建一期</Button>}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <InputNumber aria-label="年份" placeholder="年份" min={1949} max={2100} style={{ width: 120 }} onChange={(year) => setQuery((q) => ({ ...q, page: 1, year: year ?? undefined }))} />
            <Select<IssueStatus> aria-label="状态" allowClear placeholder="全部状态" style={{ width: 140 }} options={STATUS_OPTIONS} onChange={(status) => setQuery((q) => ({ ...q, page: 1, status }))} />
          </Space>
          <Table<IssueListItem>
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            loading={loading}
            scroll={data.items.length ? { x: 870 } : undefined}
            locale={{ emptyText: <Typography.Text type="secondary">暂无公报</Typography.Text> }}
            pagination={serverPagination(query, data.total, setQuery, [10, 20, 50])}
          />
        </Space>
      </Card>
      <Modal open={creating} title="新建一期公报" onCancel={() => setCreating(false)} okText="新建" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" name="newIssue" onFinish={(v) => void create(v)} initialValues={{ orgId: user?.orgId, year: shanghaiYear(), issueDate: dayjs(shanghaiToday()) }}>
          <Form.Item label="主办机构" name="orgId" rules={[{ required: true, message: '请选择机构' }]}>
            <TreeSelect treeData={orgTree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} />
          </Form.Item>
          <Space wrap>
            <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}><InputNumber min={1949} max={2100} /></Form.Item>
            <Form.Item label="期数" name="number" extra="留空则顺延"><InputNumber min={1} max={999} /></Form.Item>
            <Form.Item label="总期数" name="totalNumber" extra="留空则顺延"><InputNumber min={1} max={99999} /></Form.Item>
            <Form.Item label="出版日期" name="issueDate" rules={[{ required: true, message: '请选择出版日期' }]}><DatePicker allowClear={false} /></Form.Item>
          </Space>
          <Form.Item label="标题" name="title" extra="留空则为“机构名称公报 年份年第N期”"><Input maxLength={200} /></Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
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
import { type CleanupQuery, normativeApi } from './api';
import type { CleanupListItem, CleanupStatus } from './types';

interface NewCleanup { orgId: number; title: string; basis?: string; cleanupDate: Dayjs }

const STATUS_OPTIONS: { value: CleanupStatus; label: string }[] = [{ value: 'draft', label: '草稿' }, { value: 'published', label: '已公布' }];

/** 规范性文件清理 campaigns of the caller's organisations; a new one opens in its editor. */
export default function CleanupsPanel() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [query, setQuery] = useState<CleanupQuery>({ page: 1, pageSize: 20 });
  const { data, loading } = usePagedList(normativeApi.cleanups, query);
  const orgs = useScopeOrgs();
  const orgTree = useMemo(() => toTreeSelectData(buildOrgTree(orgs), true), [orgs]);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NewCleanup>();

  const create = async (v: NewCleanup) => {
    setSaving(true);
    try {
      const c = await normativeApi.createCleanup({ orgId: v.orgId, title: v.title.trim(), basis: v.basis?.trim() ?? '', cleanupDate: v.cleanupDate.format('YYYY-MM-DD') });
      message.success('已新建清理，请列入文件');
      navigate(`/normative/cleanups/${c.id}`);
    } catch (err) {
      reportFormError(form, err, ['orgId', 'title', 'basis', 'cleanupDate'], (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableProps<CleanupListItem>['columns'] = [
    { title: '标题', dataIndex: 'title', key: 'title', width: 300, render: (t: string, c) => <Link to={`/normative/cleanups/${c.id}`}>{t}</Link> },
    { title: '机构', key: 'org', width: 160, render: (_: unknown, c) => c.org.name },
    { title: '清理日期', dataIndex: 'cleanupDate', key: 'cleanupDate', width: 110 },
    { title: '文件数', dataIndex: 'itemCount', key: 'itemCount', width: 80 },
    { title: '状态', key: 'status', width: 90, render: (_: unknown, c) => <Tag color={c.status === 'published' ? 'success' : 'default'}>{c.statusLabel}</Tag> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Select<CleanupStatus> aria-label="状态" allowClear placeholder="全部状态" style={{ width: 140 }} options={STATUS_OPTIONS}
          onChange={(status) => setQuery((q) => ({ ...q, page: 1, status }))} />
        {canEditDocuments(user?.roles) && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>新建清理</Button>
        )}
      </Space>
      <Table<CleanupListItem>
        rowKey="id"
        columns={columns}
        dataSource={data.items}
        loading={loading}
        scroll={data.items.length ? { x: 740 } : undefined}
        locale={{ emptyText: <Typography.Text type="secondary">暂无清理记录</Typography.Text> }}
        pagination={serverPagination(query, data.total, setQuery, [10, 20, 50])}
      />
      <Modal open={creating} title="新建规范性文件清理" onCancel={() => setCreating(false)} okText="新建" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" name="newCleanup" onFinish={(v) => void create(v)}
          initialValues={{ orgId: user?.orgId, title: `${shanghaiYear()}年行政规范性文件清理结果`, cleanupDate: dayjs(shanghaiToday()) }}>
          <Form.Item label="机构" name="orgId" rules={[{ required: true, message: '请选择机构' }]}>
            <TreeSelect treeData={orgTree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, min: 4, message: '标题至少4个字' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="清理日期" name="cleanupDate" rules={[{ required: true, message: '请选择清理日期' }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item label="清理依据" name="basis">
            <Input.TextArea rows={3} maxLength={5000} placeholder="例如：根据《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

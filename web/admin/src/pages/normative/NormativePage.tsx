import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Table, Tabs, Tag, TreeSelect, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import { serverPagination } from '../../common/pagination';
import { usePagedList } from '../../common/usePagedList';
import { useScopeOrgs } from '../../common/useVocabulary';
import CleanupsPanel from './CleanupsPanel';
import RelationsModal from './RelationsModal';
import { type RegisterQuery, normativeApi } from './api';
import { type DocRef, REGISTER_FILTER_LABELS, type RegisterFilter, VALIDITY_COLORS } from './types';

/** 有效期: `2026-01-01 至 2030-12-31`, open ends said plainly. */
export const periodText = (d: Pick<DocRef, 'validFrom' | 'validTo'>) => (!d.validFrom && !d.validTo ? '未规定' : `${d.validFrom ?? '公布之日'} 至 ${d.validTo ?? '长期'}`);

export function ValidityTag({ d }: { d: Pick<DocRef, 'validity' | 'validityLabel'> }) {
  return d.validity ? <Tag color={VALIDITY_COLORS[d.validity]}>{d.validityLabel}</Tag> : <Tag>未标注</Tag>;
}

interface FilterValues { orgId?: number; validity: RegisterFilter; q?: string }

/** 规范性文件库: published normative documents of the caller's organisations with 有效性 and 有效期. */
function RegisterPanel() {
  const { user } = useAuth();
  const [form] = Form.useForm<FilterValues>();
  const [query, setQuery] = useState<RegisterQuery>({ validity: 'current', page: 1, pageSize: 20 });
  const { data, loading, reload } = usePagedList(normativeApi.register, query);
  const orgs = useScopeOrgs();
  const orgTree = useMemo(() => toTreeSelectData(buildOrgTree(orgs)), [orgs]);
  const [relationsOf, setRelationsOf] = useState<DocRef | null>(null);

  const columns: TableProps<DocRef>['columns'] = [
    { title: '文件名称', dataIndex: 'title', key: 'title', width: 300, render: (t: string, d) => <Link to={`/documents/${d.id}`}>{t}</Link> },
    { title: '发文字号', dataIndex: 'docNumber', key: 'docNumber', width: 170, render: (v: string | null) => v || '—' },
    { title: '制定机关', key: 'org', width: 150, render: (_: unknown, d) => d.org.name },
    { title: '发布日期', dataIndex: 'publishedAt', key: 'publishedAt', width: 110, render: (v: string | null) => (v ? formatDateTime(v).slice(0, 10) : '—') },
    { title: '有效性', key: 'validity', width: 100, render: (_: unknown, d) => <ValidityTag d={d} /> },
    { title: '有效期', key: 'period', width: 200, render: (_: unknown, d) => periodText(d) },
    {
      title: '操作', key: 'actions', width: 100,
      render: (_: unknown, d) => <Button type="link" size="small" onClick={() => setRelationsOf(d)}>关联文件</Button>,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form form={form} name="normativeFilter" layout="inline" initialValues={{ validity: 'current' }} style={{ rowGap: 12 }}
        onFinish={(v) => setQuery((q) => ({ page: 1, pageSize: q.pageSize, orgId: v.orgId, validity: v.validity, q: v.q?.trim() || undefined }))}>
        <Form.Item label="机构" name="orgId">
          <TreeSelect treeData={orgTree} treeDefaultExpandAll allowClear showSearch={{ treeNodeFilterProp: 'title' }} placeholder="全部机构（含下属机构）" style={{ width: 240 }} popupMatchSelectWidth={false} />
        </Form.Item>
        <Form.Item label="有效性" name="validity">
          <Select style={{ width: 170 }} options={(Object.keys(REGISTER_FILTER_LABELS) as RegisterFilter[]).map((f) => ({ value: f, label: REGISTER_FILTER_LABELS[f] }))} />
        </Form.Item>
        <Form.Item label="关键字" name="q">
          <Input placeholder="标题或发文字号" allowClear maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>查询</Button>
        </Form.Item>
      </Form>
      <Table<DocRef>
        rowKey="id"
        columns={columns}
        dataSource={data.items}
        loading={loading}
        scroll={data.items.length ? { x: 1130 } : undefined}
        locale={{ emptyText: <Typography.Text type="secondary">暂无规范性文件</Typography.Text> }}
        pagination={serverPagination(query, data.total, setQuery, [10, 20, 50, 100])}
      />
      {relationsOf && (
        <RelationsModal
          doc={relationsOf}
          canEdit={canEditDocuments(user?.roles)}
          onClose={(changed) => {
            setRelationsOf(null);
            if (changed) void reload();
          }}
        />
      )}
    </Space>
  );
}

/** 规范性文件: the register, and the 清理 campaigns. */
export default function NormativePage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'cleanups' ? 'cleanups' : 'register';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>规范性文件</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        行政规范性文件依《政府信息公开条例》第二十条主动公开；修改、废止、失效须在原文上标注（《政府网站发展指引》）。有效期届满的文件自动标注为已失效。
      </Typography.Paragraph>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'cleanups' ? { tab: k } : {})}
          items={[
            { key: 'register', label: '规范性文件库', children: <RegisterPanel /> },
            { key: 'cleanups', label: '文件清理', children: <CleanupsPanel /> },
          ]}
        />
      </Card>
    </Space>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Popconfirm, Result, Space, Table, Tabs, Tag, TreeSelect, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { isAdmin } from '../../auth/roles';
import { canSeeDocuments } from '../../common/documents';
import { useScopedOrgs } from '../catalogue/useScopedOrgs';
import ColumnFormModal, { type ColumnFormTarget } from './ColumnFormModal';
import { type Column, type ColumnNode, columnsApi, toTree } from './columnsApi';
import MoveModal from './MoveModal';
import StaleTab from './StaleTab';

/** 专栏管理: an organisation's column tree, its upkeep, and the 更新情况 against the website check's veto lines. */
function ColumnsScreen() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const canManage = isAdmin(user?.roles);
  const { treeData, orgId, setOrgId, org } = useScopedOrgs();
  const [tab, setTab] = useState('tree');
  const [columns, setColumns] = useState<Column[]>([]);
  const [loading, setLoading] = useState(false);
  const [formTarget, setFormTarget] = useState<ColumnFormTarget | null>(null);
  const [moving, setMoving] = useState<Column | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const load = useCallback(async () => {
    if (!orgId) return;
    setLoading(true);
    try {
      setColumns((await columnsApi.tree(orgId)).items);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [orgId, message]);

  useEffect(() => {
    void load();
  }, [load]);

  const tree = useMemo(() => toTree(columns), [columns]);

  const toggle = async (c: Column) => {
    setBusyId(c.id);
    try {
      if (c.status === 'active') await columnsApi.disable(c.id);
      else await columnsApi.update(c.id, { status: 'active' });
      message.success(c.status === 'active' ? `已停用专栏「${c.name}」` : `已启用专栏「${c.name}」`);
      await load();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const tableColumns: TableProps<ColumnNode>['columns'] = [
    { title: '栏目名称', dataIndex: 'name', width: 240 },
    { title: '栏目标识', dataIndex: 'slug', width: 150, render: (s: string, c) => <a href={c.url} target="_blank" rel="noreferrer">{s}</a> },
    { title: '类型', dataIndex: 'kindLabel', width: 110 },
    { title: '更新要求', dataIndex: 'maxDays', width: 110, render: (d: number | null) => (d ? `${d} 天内` : '不要求') },
    {
      title: '状态', key: 'status', width: 110,
      render: (_: unknown, c) => (c.status !== 'active' ? <Tag>已停用</Tag> : c.effectiveActive ? <Tag color="success">正常</Tag> : <Tag>上级已停用</Tag>),
    },
    ...(canManage
      ? [{
          title: '操作', key: 'actions', width: 250,
          render: (_: unknown, c: ColumnNode) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => setFormTarget({ mode: 'edit', column: c })}>编辑</Button>
              <Button type="link" size="small" onClick={() => setFormTarget({ mode: 'create', parentId: c.id })}>新增下级</Button>
              <Button type="link" size="small" onClick={() => setMoving(c)}>移动</Button>
              <Popconfirm title={c.status === 'active' ? `确定停用专栏「${c.name}」吗？` : `确定启用专栏「${c.name}」吗？`}
                description={c.status === 'active' ? '停用后该栏目及其下级栏目不再在网站上显示。' : undefined} okText="确定" cancelText="取消" onConfirm={() => toggle(c)}>
                <Button type="link" size="small" danger={c.status === 'active'} disabled={busyId === c.id}>{c.status === 'active' ? '停用' : '启用'}</Button>
              </Popconfirm>
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>专栏管理</Typography.Title>
      <Card>
        <Form layout="inline">
          <Form.Item label="机构">
            <TreeSelect treeData={treeData} value={orgId} onChange={(v: number) => setOrgId(v)} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }}
              style={{ width: 260 }} popupMatchSelectWidth={false} aria-label="机构" />
          </Form.Item>
        </Form>
      </Card>
      <Card title={org?.name ?? '专栏'}
        extra={canManage && orgId && <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setFormTarget({ mode: 'create', parentId: null })}>新增一级栏目</Button>}>
        <Tabs activeKey={tab} onChange={setTab} items={[
          {
            key: 'tree', label: '栏目',
            children: (
              <Table<ColumnNode> rowKey="id" columns={tableColumns} dataSource={tree} loading={loading} pagination={false} scroll={tree.length ? { x: 970 } : undefined}
                expandable={{ defaultExpandAllRows: true }} key={columns.length}
                locale={{ emptyText: <Typography.Text type="secondary">该机构还没有专栏</Typography.Text> }} />
            ),
          },
          { key: 'stale', label: '更新情况', children: orgId && tab === 'stale' ? <StaleTab orgId={orgId} /> : null },
        ]} />
      </Card>
      {formTarget && orgId && <ColumnFormModal orgId={orgId} columns={columns} target={formTarget} onClose={() => setFormTarget(null)} onSaved={() => { setFormTarget(null); void load(); }} />}
      {moving && <MoveModal column={moving} columns={columns} onClose={() => setMoving(null)} onMoved={() => { setMoving(null); void load(); }} />}
    </Space>
  );
}

/** Everyone in the publication workflow may look; the server decides who may change what. */
export default function ColumnsPage() {
  const { user } = useAuth();
  if (!canSeeDocuments(user?.roles)) return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  return <ColumnsScreen />;
}

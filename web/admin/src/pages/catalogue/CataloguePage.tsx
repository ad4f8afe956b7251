import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Popconfirm, Result, Space, Table, Tabs, Tag, TreeSelect, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments, canSeeDocuments } from '../../common/documents';
import { type CatalogueEntry, type CatalogueVocabulary, catalogueApi } from './catalogueApi';
import CoverageTab from './CoverageTab';
import EntryFormModal from './EntryFormModal';
import ImportModal from './ImportModal';
import { useScopedOrgs } from './useScopedOrgs';

/** 基本目录: the 主动公开基本目录 / 标准目录 of an organisation, its upkeep and its 覆盖情况. */
function CatalogueScreen() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const canManage = canEditDocuments(user?.roles);
  const { treeData, orgId, setOrgId, org } = useScopedOrgs();
  const [tab, setTab] = useState('entries');
  const [showRetired, setShowRetired] = useState(false);
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [loading, setLoading] = useState(false);
  const [vocabulary, setVocabulary] = useState<CatalogueVocabulary | null>(null);
  const [editing, setEditing] = useState<CatalogueEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [busyId, setBusyId] = useState<number | null>(null);

  useEffect(() => {
    catalogueApi.vocabulary().then(setVocabulary).catch((err: unknown) => message.error(errorMessage(err)));
  }, [message]);

  const load = useCallback(async () => {
    if (!orgId) return;
    setLoading(true);
    try {
      setEntries((await catalogueApi.list(orgId, showRetired ? undefined : 'active')).items);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [orgId, showRetired, message]);

  useEffect(() => {
    void load();
  }, [load]);

  const toggle = async (e: CatalogueEntry) => {
    setBusyId(e.id);
    try {
      if (e.status === 'active') await catalogueApi.retire(e.id);
      else await catalogueApi.update(e.id, { status: 'active' });
      message.success(e.status === 'active' ? '已停用目录条目' : '已恢复目录条目');
      await load();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableProps<CatalogueEntry>['columns'] = [
    { title: '序号', key: 'index', width: 60, render: (_: unknown, __: CatalogueEntry, i: number) => i + 1 },
    { title: '一级事项', dataIndex: 'itemL1', width: 130 },
    { title: '二级事项', dataIndex: 'itemL2', width: 130, render: (v: string | null) => v ?? '—' },
    { title: '公开内容（要素）', dataIndex: 'content', width: 240, ellipsis: true },
    { title: '公开时限', key: 'timeLimit', width: 200, render: (_: unknown, e) => <>{e.timeLimit || '—'}<br /><Tag>{e.ruleLabel}</Tag></> },
    { title: '公开主体', dataIndex: 'subject', width: 120 },
    { title: '公开渠道和载体', dataIndex: 'channels', width: 180, render: (c: string[]) => c.join('、') },
    { title: '公开对象', dataIndex: 'audience', width: 90 },
    { title: '公开方式', dataIndex: 'mode', width: 80 },
    { title: '状态', dataIndex: 'status', width: 80, render: (s: string) => (s === 'active' ? <Tag color="success">有效</Tag> : <Tag>已停用</Tag>) },
    ...(canManage
      ? [{
          title: '操作', key: 'actions', width: 130, fixed: 'right' as const,
          render: (_: unknown, e: CatalogueEntry) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => setEditing(e)}>编辑</Button>
              <Popconfirm title={e.status === 'active' ? '确定停用这个目录条目吗？' : '确定恢复这个目录条目吗？'} description={e.status === 'active' ? '停用后不再出现在公开目录和覆盖情况中，已归入的文件保留。' : undefined}
                okText="确定" cancelText="取消" onConfirm={() => toggle(e)}>
                <Button type="link" size="small" danger={e.status === 'active'} disabled={busyId === e.id}>{e.status === 'active' ? '停用' : '恢复'}</Button>
              </Popconfirm>
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>基本目录</Typography.Title>
      <Card>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="机构">
            <TreeSelect treeData={treeData} value={orgId} onChange={(v: number) => setOrgId(v)} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }}
              style={{ width: 260 }} popupMatchSelectWidth={false} aria-label="机构" />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)}>显示已停用条目</Checkbox>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          依据《政府信息公开条例》第二十条、第二十一条和《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）编制。公众可在 <a href="/xxgk/catalogue" target="_blank" rel="noreferrer" style={{ textDecoration: 'underline' }}>/xxgk/catalogue</a> 查看。
        </Typography.Paragraph>
      </Card>
      <Card
        extra={canManage && orgId && (
          <Space>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>粘贴导入</Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>新增条目</Button>
          </Space>
        )}
        title={org?.name ?? '基本目录'}
      >
        <Tabs activeKey={tab} onChange={setTab} items={[
          {
            key: 'entries', label: '目录条目',
            children: (
              <Table<CatalogueEntry> rowKey="id" columns={columns} dataSource={entries} loading={loading} scroll={entries.length ? { x: 1540 } : undefined}
                pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: <Typography.Text type="secondary">暂无目录条目</Typography.Text> }} />
            ),
          },
          { key: 'coverage', label: '覆盖情况', children: orgId && tab === 'coverage' ? <CoverageTab orgId={orgId} /> : null },
        ]} />
      </Card>
      {editing && orgId && (
        <EntryFormModal orgId={orgId} orgName={org?.name ?? ''} entry={editing === 'new' ? null : editing} vocabulary={vocabulary}
          onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void load(); }} />
      )}
      {importing && orgId && <ImportModal orgId={orgId} orgName={org?.name ?? ''} onClose={() => setImporting(false)} onImported={() => void load()} />}
    </Space>
  );
}

/** Everyone in the publication workflow may look; the server decides who may change what. */
export default function CataloguePage() {
  const { user } = useAuth();
  if (!canSeeDocuments(user?.roles)) return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  return <CatalogueScreen />;
}

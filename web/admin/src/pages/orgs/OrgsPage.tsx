import { EditOutlined, MinusSquareOutlined, PlusOutlined, PlusSquareOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Spin, Tag, Tooltip, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useCallback, useEffect, useMemo, useState, type Key } from 'react';
import { api, errorMessage } from '../../api/client';
import type { Org } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ORG_KIND_LABELS, ORG_LEVEL_LABELS } from '../../common/labels';
import { allIds, buildOrgTree, type OrgNode } from '../../common/orgTree';
import OrgFormModal, { type OrgFormMode } from './OrgFormModal';

function toTreeData(nodes: OrgNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.org.id,
    title: (
      <span>
        {n.org.name}
        {n.org.status === 'disabled' && (
          <Tag color="default" style={{ marginInlineStart: 8 }}>
            已停用
          </Tag>
        )}
      </span>
    ),
    children: toTreeData(n.children),
  }));
}

export default function OrgsPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [modal, setModal] = useState<OrgFormMode | null>(null);
  const [toggling, setToggling] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const { items } = await api.orgs.list();
      setOrgs(items);
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const treeData = useMemo(() => toTreeData(tree), [tree]);
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const selected = (selectedId !== null ? byId.get(selectedId) : undefined) ?? tree[0]?.org;
  const parent = selected?.parentId != null ? byId.get(selected.parentId) : undefined;
  const childCount = selected ? orgs.filter((o) => o.parentId === selected.id).length : 0;
  // The server refuses to disable the top organisation, and an office admin's own organisation (it would
  // leave their scope); say so here rather than offer a button that can only fail.
  const cannotDisable =
    selected?.status !== 'active'
      ? null
      : selected.parentId === null
        ? '顶级机构不能停用'
        : selected.id === user?.orgId && !user.roles.includes('sysadmin')
          ? '不能停用本人所在的机构'
          : null;

  const onSaved = (org: Org) => {
    setOrgs((prev) => (prev.some((o) => o.id === org.id) ? prev.map((o) => (o.id === org.id ? org : o)) : [...prev, org]));
    if (org.parentId !== null) setExpanded((prev) => (prev ? [...new Set([...prev, org.parentId as number])] : prev));
    setSelectedId(org.id);
    setModal(null);
  };

  const toggleStatus = async () => {
    if (!selected) return;
    const status = selected.status === 'active' ? 'disabled' : 'active';
    setToggling(true);
    try {
      const saved = await api.orgs.update(selected.id, { status });
      setOrgs((prev) => prev.map((o) => (o.id === saved.id ? saved : o)));
      message.success(status === 'disabled' ? `已停用「${saved.name}」` : `已启用「${saved.name}」`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setToggling(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        组织机构
      </Typography.Title>
      {loadError && <Alert type="error" showIcon title="加载机构失败" description={loadError} />}
      <Row gutter={16}>
        <Col xs={24} md={10} lg={9}>
          <Card
            title="机构树"
            extra={
              <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void load()} loading={loading} aria-label="刷新机构树">
                刷新
              </Button>
            }
          >
            <Spin spinning={loading}>
              {tree.length === 0 && !loading ? (
                <Empty description="暂无机构" />
              ) : (
                <Tree
                  aria-label="机构树"
                  blockNode
                  showLine
                  // antd's default switcher icons carry aria-label "minus-square"/"plus-square", which became part of
                  // each tree item's accessible name; aria-expanded already tells assistive technology the state.
                  switcherIcon={({ expanded }) => (expanded ? <MinusSquareOutlined aria-hidden /> : <PlusSquareOutlined aria-hidden />)}
                  treeData={treeData}
                  expandedKeys={expanded ?? allIds(tree)}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selected ? [selected.id] : []}
                  onSelect={(keys) => {
                    if (keys.length) setSelectedId(Number(keys[0]));
                  }}
                />
              )}
            </Spin>
          </Card>
        </Col>
        <Col xs={24} md={14} lg={15}>
          <Card
            title={selected ? selected.name : '机构详情'}
            data-testid="org-detail"
            extra={
              selected && (
                <Space wrap>
                  <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal({ mode: 'create', parent: selected })} disabled={selected.status === 'disabled'}>
                    新增下级机构
                  </Button>
                  <Button icon={<EditOutlined aria-hidden />} onClick={() => setModal({ mode: 'edit', org: selected })}>
                    编辑
                  </Button>
                  {cannotDisable ? (
                    <Tooltip title={cannotDisable}>
                      <Button disabled>停用</Button>
                    </Tooltip>
                  ) : (
                    <Popconfirm
                      title={selected.status === 'active' ? `确定停用「${selected.name}」吗？` : `确定启用「${selected.name}」吗？`}
                      description={selected.status === 'active' ? '停用后可随时重新启用。' : undefined}
                      okText="确定"
                      cancelText="取消"
                      onConfirm={toggleStatus}
                    >
                      <Button danger={selected.status === 'active'} loading={toggling}>
                        {selected.status === 'active' ? '停用' : '启用'}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )
            }
          >
            {selected ? (
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  { key: 'name', label: '名称', children: selected.name },
                  { key: 'shortName', label: '简称', children: selected.shortName || '—' },
                  { key: 'code', label: '机构编码', children: selected.code },
                  { key: 'kind', label: '类型', children: ORG_KIND_LABELS[selected.kind] ?? selected.kind },
                  { key: 'level', label: '层级', children: ORG_LEVEL_LABELS[selected.level] ?? selected.level },
                  { key: 'parent', label: '上级机构', children: parent?.name ?? '—' },
                  { key: 'children', label: '下级机构数', children: childCount },
                  { key: 'sortOrder', label: '排序', children: selected.sortOrder },
                  {
                    key: 'status',
                    label: '状态',
                    children: selected.status === 'active' ? <Tag color="success">正常</Tag> : <Tag>已停用</Tag>,
                  },
                ]}
              />
            ) : (
              <Empty description={loading ? '正在加载…' : '请在左侧选择机构'} />
            )}
          </Card>
        </Col>
      </Row>
      {modal && <OrgFormModal target={modal} onClose={() => setModal(null)} onSaved={onSaved} />}
    </Space>
  );
}

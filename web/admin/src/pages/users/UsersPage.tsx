import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { Org, Status, User, UserQuery } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { roleLabel } from '../../auth/roles';
import { formatDateTime, isLocked } from '../../common/format';
import { STATUS_LABELS, toOptions } from '../../common/labels';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import { usePagedList } from '../../common/usePagedList';
import { serverPagination } from '../../common/pagination';
import OneTimePasswordModal, { type OneTimePassword } from './OneTimePasswordModal';
import UserFormModal, { type UserFormTarget } from './UserFormModal';
import { FilterButtons, OrgFilter } from '../../common/FilterParts';

interface FilterValues {
  orgId?: number;
  q?: string;
  status?: Status;
}

const DEFAULT_QUERY: UserQuery = { page: 1, pageSize: 20 };

export default function UsersPage() {
  const { message } = App.useApp();
  const { user: me } = useAuth();
  const [filterForm] = Form.useForm<FilterValues>();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [query, setQuery] = useState<UserQuery>(DEFAULT_QUERY);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [formTarget, setFormTarget] = useState<UserFormTarget | null>(null);
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null);

  useEffect(() => {
    api.orgs
      .list()
      .then((r) => setOrgs(r.items))
      .catch((err: unknown) => message.error(errorMessage(err)));
  }, [message]);

  const { data, loading, reload } = usePagedList(api.users.list, query);

  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const filterTree = useMemo(() => toTreeSelectData(tree), [tree]);
  const formTree = useMemo(() => toTreeSelectData(tree, true), [tree]);

  const onFilter = (v: FilterValues) => {
    setQuery({ ...DEFAULT_QUERY, pageSize: query.pageSize, orgId: v.orgId, q: v.q?.trim() || undefined, status: v.status });
  };

  const onReset = () => {
    filterForm.resetFields();
    setQuery({ ...DEFAULT_QUERY, pageSize: query.pageSize });
  };

  /** Runs a row action with that row's buttons showing progress, then refreshes the page. */
  const rowAction = async (u: User, action: () => Promise<void>) => {
    setBusyId(u.id);
    try {
      await action();
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const toggleStatus = (u: User) =>
    rowAction(u, async () => {
      const status: Status = u.status === 'active' ? 'disabled' : 'active';
      await api.users.update(u.id, { status });
      message.success(status === 'disabled' ? `已停用用户「${u.displayName}」` : `已启用用户「${u.displayName}」`);
    });

  const resetPassword = (u: User) =>
    rowAction(u, async () => {
      const { password } = await api.users.resetPassword(u.id);
      setOneTime({ kind: 'reset', username: u.username, displayName: u.displayName, password });
    });

  const unlock = (u: User) =>
    rowAction(u, async () => {
      await api.users.unlock(u.id);
      message.success(`已解除「${u.displayName}」的登录锁定`);
    });

  const onSaved = (u: User, initialPassword?: string) => {
    setFormTarget(null);
    if (initialPassword) {
      setOneTime({ kind: 'initial', username: u.username, displayName: u.displayName, password: initialPassword });
      message.success(`已新增用户「${u.displayName}」`);
    }
    void reload();
  };

  const columns: TableProps<User>['columns'] = [
    { title: '用户名', dataIndex: 'username', key: 'username', width: 120 },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName', width: 140 },
    { title: '所属机构', dataIndex: 'orgName', key: 'orgName', width: 180 },
    {
      title: '角色',
      dataIndex: 'roles',
      key: 'roles',
      width: 140,
      render: (roles: string[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((r) => (
            <Tag key={r}>{roleLabel(r)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          {u.status === 'active' ? <Tag color="success">{STATUS_LABELS.active}</Tag> : <Tag>{STATUS_LABELS.disabled}</Tag>}
          {isLocked(u.lockedUntil) && (
            <Tooltip title={`锁定至 ${formatDateTime(u.lockedUntil)}`}>
              <Tag color="red">已锁定</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: '最近登录', dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 110, render: (v: string | null) => formatDateTime(v) || '从未登录' },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_: unknown, u) => {
        const self = me?.id === u.id;
        const busy = busyId === u.id;
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => setFormTarget({ mode: 'edit', user: u })} data-testid={`user-edit-${u.username}`}>
              编辑
            </Button>
            <Popconfirm
              title={u.status === 'active' ? `确定停用用户「${u.displayName}」吗？` : `确定启用用户「${u.displayName}」吗？`}
              description={u.status === 'active' ? '停用后该用户将无法登录。' : undefined}
              okText="确定"
              cancelText="取消"
              onConfirm={() => toggleStatus(u)}
              disabled={self}
            >
              <Button type="link" size="small" danger={u.status === 'active'} disabled={self || busy} data-testid={`user-toggle-${u.username}`}>
                {u.status === 'active' ? '停用' : '启用'}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={`确定重置用户「${u.displayName}」的密码吗？`}
              description="原密码将立即失效，新密码仅显示一次。"
              okText="确定"
              cancelText="取消"
              onConfirm={() => resetPassword(u)}
            >
              <Button type="link" size="small" disabled={busy} data-testid={`user-reset-${u.username}`}>
                重置密码
              </Button>
            </Popconfirm>
            {isLocked(u.lockedUntil) && (
              <Button type="link" size="small" disabled={busy} onClick={() => void unlock(u)} data-testid={`user-unlock-${u.username}`}>
                解除锁定
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        用户管理
      </Typography.Title>
      <Card>
        <Form form={filterForm} name="userFilter" layout="inline" onFinish={onFilter} style={{ rowGap: 12 }}>
          <OrgFilter treeData={filterTree} width={240} />
          <Form.Item label="关键字" name="q">
            <Input placeholder="用户名或姓名" allowClear maxLength={50} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="状态" name="status">
            <Select options={toOptions(STATUS_LABELS)} allowClear placeholder="全部" style={{ width: 120 }} />
          </Form.Item>
          <FilterButtons onReset={onReset} />
        </Form>
      </Card>
      <Card
        title="用户列表"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setFormTarget({ mode: 'create', orgId: query.orgId ?? me?.orgId })}>
            新增用户
          </Button>
        }
      >
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          // Every column has a width (summing to what fits beside the menu at 1280px): a column without one
          // was squeezed to a single character per line, Chinese text being breakable anywhere.
          scroll={{ x: 980 }}
          locale={{ emptyText: '暂无用户' }}
          pagination={serverPagination(query, data.total, setQuery, [10, 20, 50, 100])}
        />
      </Card>
      {formTarget && <UserFormModal target={formTarget} orgTree={formTree} onClose={() => setFormTarget(null)} onSaved={onSaved} />}
      {oneTime && <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />}
    </Space>
  );
}

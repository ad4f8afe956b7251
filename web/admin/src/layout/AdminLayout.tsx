import { ApartmentOutlined, AuditOutlined, CalendarOutlined, FileTextOutlined, FilterOutlined, KeyOutlined, LogoutOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Space, Spin, Tag, Typography, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import ChangePasswordModal from '../auth/ChangePasswordModal';
import { isAdmin, roleLabel } from '../auth/roles';
import type { Role } from '../api/types';
import { canManageWords, canSeeDocuments } from '../common/documents';
import { AppstoreOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { BookOutlined, ReadOutlined } from '@ant-design/icons';
import { InboxOutlined, ProfileOutlined } from '@ant-design/icons';
import { canSeeInfoRequests } from '../pages/info-requests/labels';
import { canSeeAnnualReports } from '../pages/annual-reports/labels';
import { ScheduleOutlined } from '@ant-design/icons';
import { canSeePlans, canWritePlans } from '../pages/plans/labels';

const { Header, Sider, Content } = Layout;

type MenuItem = Required<MenuProps>['items'][number];

export function menuItemsFor(roles: readonly Role[]): MenuItem[] {
  const admin = isAdmin(roles);
  return [
    ...(canSeeDocuments(roles) ? [{ key: '/documents', icon: <FileTextOutlined aria-hidden />, label: '文件发布' }] : []),
    ...(canSeeDocuments(roles) ? [{ key: '/catalogue', icon: <UnorderedListOutlined aria-hidden />, label: '基本目录' }, { key: '/columns', icon: <AppstoreOutlined aria-hidden />, label: '专栏管理' }] : []),
    ...(canSeeDocuments(roles) ? [{ key: '/normative', icon: <BookOutlined aria-hidden />, label: '规范性文件' }, { key: '/gazette', icon: <ReadOutlined aria-hidden />, label: '政府公报' }] : []),
    ...(canSeeInfoRequests(roles)
      ? [
          {
            key: 'info-requests-group',
            icon: <InboxOutlined aria-hidden />,
            label: '依申请公开',
            children: [
              { key: '/info-requests', label: '申请办理' },
              { key: '/info-requests/dashboard', label: '办理统计' },
              { key: '/info-requests/templates', label: '答复模板' },
            ],
          },
        ]
      : []),
    ...(canSeeAnnualReports(roles)
      ? [
          {
            key: 'annual-reports-group',
            icon: <ProfileOutlined aria-hidden />,
            label: '年度报告',
            children: [
              { key: '/annual-reports', label: '编制与发布' },
              { key: '/annual-reports/supervision', label: '下辖机构' },
              { key: '/annual-reports/check', label: '校验与导入' },
            ],
          },
        ]
      : []),
    ...(canSeePlans(roles)
      ? [
          {
            key: 'plans-group',
            icon: <ScheduleOutlined aria-hidden />,
            label: '分工方案',
            children: [
              ...(canWritePlans(roles) ? [{ key: '/plans/import', label: '导入方案' }] : []),
              { key: '/plans', label: '方案台账' },
              { key: '/plans/mine', label: '我的任务' },
              { key: '/plans/bulletins', label: '季度通报' },
              { key: '/plans/assessment', label: '考核评分' },
            ],
          },
        ]
      : []),
    ...(admin
      ? [
          { key: '/orgs', icon: <ApartmentOutlined aria-hidden />, label: '组织机构' },
          { key: '/users', icon: <TeamOutlined aria-hidden />, label: '用户管理' },
          { key: '/audit', icon: <AuditOutlined aria-hidden />, label: '审计日志' },
        ]
      : []),
    ...(canManageWords(roles) ? [{ key: '/sensitive-words', icon: <FilterOutlined aria-hidden />, label: '敏感词库' }] : []),
    { key: '/calendar', icon: <CalendarOutlined aria-hidden />, label: '工作日历' },
  ];
}

/** The menu entry of a path: its first segment, or the 依申请公开 / 年度报告 sub-entry (a request's page is under 申请办理). */
function selectedMenuKey(pathname: string): string {
  const [, first = '', second = ''] = pathname.split('/');
  if (first === 'info-requests' && (second === 'dashboard' || second === 'templates')) return `/info-requests/${second}`;
  if (first === 'annual-reports' && (second === 'supervision' || second === 'check')) return `/annual-reports/${second}`;
  if (first === 'plans' && (second === 'bulletins' || second === 'assessment')) return `/plans/${second}`;
  if (first === 'plans' && (second === 'import' || second === 'mine')) return `/plans/${second}`;
  return '/' + first;
}

export default function AdminLayout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [loggingOut, setLoggingOut] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  if (!user) return null;

  const selected = selectedMenuKey(location.pathname);
  const onLogout = async () => {
    setLoggingOut(true);
    await logout();
    setLoggingOut(false);
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }} data-testid="platform-name">
          政务公开平台 · 管理后台
        </Typography.Text>
        <Flex flex={1} justify="flex-end" align="center" gap={12} wrap="wrap" style={{ color: '#fff', minWidth: 0 }}>
          <Space size={8} wrap data-testid="current-user">
            <span data-testid="current-user-name">{user.displayName}</span>
            <span data-testid="current-user-org" style={{ opacity: 0.8 }}>
              {user.orgName}
            </span>
            {user.roles.map((r) => (
              <Tag key={r} color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
                {roleLabel(r)}
              </Tag>
            ))}
          </Space>
          <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChangingPassword(true)} ghost>
            修改密码
          </Button>
          <Button icon={<LogoutOutlined aria-hidden />} onClick={onLogout} loading={loggingOut} ghost>
            退出登录
          </Button>
        </Flex>
      </Header>
      <Layout>
        <Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label="主菜单">
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              defaultOpenKeys={['info-requests-group', 'annual-reports-group', 'plans-group']}
              items={menuItemsFor(user.roles)}
              onClick={({ key }) => navigate(key)}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </nav>
        </Sider>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin description="正在加载…" />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      {/* A password the system generated (shown to an administrator) must be replaced before anything else. */}
      {user.mustChangePassword ? (
        <ChangePasswordModal forced onLogout={onLogout} />
      ) : (
        changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />
      )}
    </Layout>
  );
}

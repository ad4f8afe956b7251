import { Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';
import { isAdmin } from './roles';

/** Renders children only when signed in; otherwise sends the user to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { ready, user, signedOut } = useAuth();
  const location = useLocation();
  if (!ready) {
    return (
      <Flex align="center" justify="center" style={{ height: '100vh' }}>
        <Spin size="large" description="正在加载…" />
      </Flex>
    );
  }
  // Come back to the requested screen after signing in, except after 退出登录: the next person to sign in
  // (perhaps someone else, with other rights) starts at their own home, not at the last user's screen.
  // (The layout's own navigate('/login') after logout races with this redirect, so it must not carry `from`.)
  if (!user) return <Navigate to="/login" replace state={signedOut ? undefined : { from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Renders children only for sysadmin / office_admin. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (!isAdmin(user?.roles)) {
    return <Result status="403" title="无权访问" subTitle="此功能仅限系统管理员和政务公开办管理员使用。" />;
  }
  return <>{children}</>;
}

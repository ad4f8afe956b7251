import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext';
import LoginPage from './auth/LoginPage';
import { RequireAdmin, RequireAuth } from './auth/RequireAuth';
import { isAdmin } from './auth/roles';
import AdminLayout from './layout/AdminLayout';
import NotFound from './layout/NotFound';

// One chunk per screen; the layout's <Suspense> shows a spinner while a screen loads.
const OrgsPage = lazy(() => import('./pages/orgs/OrgsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));

function Home() {
  const { user } = useAuth();
  return <Navigate to={isAdmin(user?.roles) ? '/orgs' : '/calendar'} replace />;
}

export default function App() {
  return (
    <BrowserRouter basename="/admin">
      <AuthProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AdminLayout />
              </RequireAuth>
            }
          >
            <Route index element={<Home />} />
            <Route path="orgs" element={<RequireAdmin><OrgsPage /></RequireAdmin>} />
            <Route path="users" element={<RequireAdmin><UsersPage /></RequireAdmin>} />
            <Route path="audit" element={<RequireAdmin><AuditPage /></RequireAdmin>} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}

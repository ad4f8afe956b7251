import { Result } from 'antd';
import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext';
import LoginPage from './auth/LoginPage';
import { RequireAdmin, RequireAuth } from './auth/RequireAuth';
import { isAdmin } from './auth/roles';
import { canManageWords, canSeeDocuments } from './common/documents';
import { canSeeAnnualReports } from './pages/annual-reports/labels';
import { canSeeInfoRequests } from './pages/info-requests/labels';
import { canSeePlans, canWritePlans } from './pages/plans/labels';
import AdminLayout from './layout/AdminLayout';
import NotFound from './layout/NotFound';

// One chunk per screen; the layout's <Suspense> shows a spinner while a screen loads.
const OrgsPage = lazy(() => import('./pages/orgs/OrgsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const DocumentsPage = lazy(() => import('./pages/documents/DocumentsPage'));
// The editor carries tiptap/ProseMirror: its own chunk, loaded only when a document is opened.
const DocumentEditorPage = lazy(() => import('./pages/documents/DocumentEditorPage'));
const SensitiveWordsPage = lazy(() => import('./pages/sensitive-words/SensitiveWordsPage'));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage'));
const ColumnsPage = lazy(() => import('./pages/columns/ColumnsPage'));
const NormativePage = lazy(() => import('./pages/normative/NormativePage'));
const CleanupEditorPage = lazy(() => import('./pages/normative/CleanupEditorPage'));
const GazettePage = lazy(() => import('./pages/gazette/GazettePage'));
const IssueEditorPage = lazy(() => import('./pages/gazette/IssueEditorPage'));
const InfoRequestsPage = lazy(() => import('./pages/info-requests/InfoRequestsPage'));
const RegisterRequestPage = lazy(() => import('./pages/info-requests/RegisterRequestPage'));
const InfoRequestDetailPage = lazy(() => import('./pages/info-requests/InfoRequestDetailPage'));
const InfoRequestDashboardPage = lazy(() => import('./pages/info-requests/DashboardPage'));
const ReplyTemplatesPage = lazy(() => import('./pages/info-requests/TemplatesPage'));
const AnnualReportsPage = lazy(() => import('./pages/annual-reports/AnnualReportsPage'));
const ReportSupervisionPage = lazy(() => import('./pages/annual-reports/SupervisionPage'));
const ReportCheckImportPage = lazy(() => import('./pages/annual-reports/CheckImportPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanImportPage = lazy(() => import('./pages/plans/ImportPage'));
const PlanPage = lazy(() => import('./pages/plans/PlanPage'));
const PlanTaskPage = lazy(() => import('./pages/plans/TaskPage'));
const MyPlanTasksPage = lazy(() => import('./pages/plans/MyTasksPage'));
const PlanBulletinsPage = lazy(() => import('./pages/plan-bulletins/BulletinsPage'));
const PlanBulletinPage = lazy(() => import('./pages/plan-bulletins/BulletinPage'));
const PlanAssessmentPage = lazy(() => import('./pages/plan-assessment/AssessmentPage'));

function Home() {
  const { user } = useAuth();
  // Administrators start at the organisation tree; the people of the publication workflow at their documents;
  // the handlers of 依申请公开 at their requests.
  const roles = user?.roles;
  return <Navigate to={isAdmin(roles) ? '/orgs' : canSeeDocuments(roles) ? '/documents' : canSeeInfoRequests(roles) ? '/info-requests' : '/calendar'} replace />;
}

function RequireRole({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  return <>{children}</>;
}

function InfoRequestRoutes({ page }: { page: 'list' | 'new' | 'detail' | 'dashboard' | 'templates' }) {
  const { user } = useAuth();
  const screens = {
    list: <InfoRequestsPage />,
    new: <RegisterRequestPage />,
    detail: <InfoRequestDetailPage />,
    dashboard: <InfoRequestDashboardPage />,
    templates: <ReplyTemplatesPage />,
  };
  return <RequireRole allowed={canSeeInfoRequests(user?.roles)}>{screens[page]}</RequireRole>;
}

function AnnualReportRoutes({ page }: { page: 'workspace' | 'supervision' | 'check' }) {
  const { user } = useAuth();
  const screens = { workspace: <AnnualReportsPage />, supervision: <ReportSupervisionPage />, check: <ReportCheckImportPage /> };
  return <RequireRole allowed={canSeeAnnualReports(user?.roles)}>{screens[page]}</RequireRole>;
}

function PlanRoutes({ page }: { page: 'list' | 'import' | 'plan' | 'task' | 'mine' }) {
  const { user } = useAuth();
  if (page === 'import') return <RequireRole allowed={canWritePlans(user?.roles)}><PlanImportPage /></RequireRole>;
  const screens = { list: <PlansPage />, plan: <PlanPage />, task: <PlanTaskPage />, mine: <MyPlanTasksPage /> };
  return <RequireRole allowed={canSeePlans(user?.roles)}>{screens[page]}</RequireRole>;
}

function DocumentRoutes({ page }: { page: 'list' | 'editor' | 'words' }) {
  const { user } = useAuth();
  if (page === 'words') return <RequireRole allowed={canManageWords(user?.roles)}><SensitiveWordsPage /></RequireRole>;
  return <RequireRole allowed={canSeeDocuments(user?.roles)}>{page === 'list' ? <DocumentsPage /> : <DocumentEditorPage />}</RequireRole>;
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
            <Route path="documents" element={<DocumentRoutes page="list" />} />
            <Route path="documents/:id" element={<DocumentRoutes page="editor" />} />
            <Route path="sensitive-words" element={<DocumentRoutes page="words" />} />
            <Route path="catalogue" element={<CataloguePage />} />
            <Route path="columns" element={<ColumnsPage />} />
            <Route path="normative" element={<NormativePage />} />
            <Route path="normative/cleanups/:id" element={<CleanupEditorPage />} />
            <Route path="gazette" element={<GazettePage />} />
            <Route path="gazette/:id" element={<IssueEditorPage />} />
            <Route path="info-requests" element={<InfoRequestRoutes page="list" />} />
            <Route path="info-requests/new" element={<InfoRequestRoutes page="new" />} />
            <Route path="info-requests/dashboard" element={<InfoRequestRoutes page="dashboard" />} />
            <Route path="info-requests/templates" element={<InfoRequestRoutes page="templates" />} />
            <Route path="info-requests/:id" element={<InfoRequestRoutes page="detail" />} />
            <Route path="annual-reports" element={<AnnualReportRoutes page="workspace" />} />
            <Route path="annual-reports/supervision" element={<AnnualReportRoutes page="supervision" />} />
            <Route path="annual-reports/check" element={<AnnualReportRoutes page="check" />} />
            <Route path="plans" element={<PlanRoutes page="list" />} />
            <Route path="plans/import" element={<PlanRoutes page="import" />} />
            <Route path="plans/mine" element={<PlanRoutes page="mine" />} />
            <Route path="plans/tasks/:id" element={<PlanRoutes page="task" />} />
            {/* 季度通报 and 考核评分: any staff member; the server answers within the caller's scope. */}
            <Route path="plans/bulletins" element={<PlanBulletinsPage />} />
            <Route path="plans/bulletins/:id" element={<PlanBulletinPage />} />
            <Route path="plans/assessment" element={<PlanAssessmentPage />} />
            <Route path="plans/:id" element={<PlanRoutes page="plan" />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}

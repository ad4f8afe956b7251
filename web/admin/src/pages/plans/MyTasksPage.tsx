import { Card, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { serverPagination } from '../../common/pagination';
import { usePagedList } from '../../common/usePagedList';
import { plansApi } from './api';
import LedgerTable from './LedgerTable';
import type { CrossTasksQuery } from './types';
import WordsGate from './WordsGate';

type Tab = 'mine' | 'overdue' | 'dueSoon';
const TABS: { key: Tab; label: string }[] = [
  { key: 'mine', label: '全部' },
  { key: 'overdue', label: '逾期' },
  { key: 'dueSoon', label: '临近期限' },
];
const isTab = (v: string | null): v is Tab => v === 'mine' || v === 'overdue' || v === 'dueSoon';

/** The tasks of the user's organisation across adopted plans (overdue and due soon: those assigned to it). */
function MyTasks() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const initial = params.get('view');
  const [query, setQuery] = useState<CrossTasksQuery>({ view: isTab(initial) ? initial : 'mine', page: 1, pageSize: 20 });
  // 逾期 and 临近期限 of the user's own organisation: the view with the organisation as filter.
  const org = user?.orgCode;
  const q = useMemo(() => (query.view === 'mine' ? query : { ...query, org }), [query, org]);
  const { data, loading } = usePagedList(plansApi.crossTasks, q);
  const show = (key: string) => {
    const view = isTab(key) ? key : 'mine';
    setQuery((x) => ({ ...x, view, page: 1 }));
    setParams(view === 'mine' ? {} : { view }, { replace: true });
  };
  return (
    <Card title={`${user?.orgName ?? ''}承担的任务`}>
      <Tabs activeKey={query.view} onChange={show} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
      <LedgerTable tasks={data.items} loading={loading} withPlan pagination={serverPagination(query, data.total, setQuery, [20, 50, 100])} />
    </Card>
  );
}

export default function MyTasksPage() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        我的任务
      </Typography.Title>
      <WordsGate>
        <MyTasks />
      </WordsGate>
    </Space>
  );
}

import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { FilterBar, SelectFilter, YearFilter } from '../../common/FilterParts';
import { useLoad } from '../../common/useLoad';
import { plansApi } from './api';
import { canWritePlans, PLAN_STATUS_COLORS } from './labels';
import type { PlanStatus, PlanSummary } from './types';
import { type PlanWords, useWords } from './vocabulary';
import WordsGate from './WordsGate';

const count = (n: number, danger = false) =>
  n ? <span style={danger ? { color: '#c41d1d', fontWeight: 600 } : undefined}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>;

const columns = (words: PlanWords): TableProps<PlanSummary>['columns'] => [
  {
    title: '方案',
    key: 'title',
    render: (_: unknown, p) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/plans/${p.id}`}>{p.title}</Link>
        <Typography.Text type="secondary">
          {[p.docNumber, p.org.name, p.access === 'assigned' ? '本单位承担部分' : null].filter(Boolean).join(' · ')}
        </Typography.Text>
      </Space>
    ),
  },
  { title: '年度', dataIndex: 'year', key: 'year', width: 70 },
  {
    title: '状态',
    key: 'status',
    width: 90,
    render: (_: unknown, p) => (
      <Tag color={PLAN_STATUS_COLORS[p.status]} data-testid="plan-status">
        {p.statusLabel}
      </Tag>
    ),
  },
  { title: '任务', key: 'total', width: 60, align: 'right', render: (_: unknown, p) => p.counts.total },
  { title: words.taskStatus('not_started'), key: 'not_started', width: 70, align: 'right', render: (_: unknown, p) => count(p.counts.byStatus.not_started) },
  { title: words.taskStatus('in_progress'), key: 'in_progress', width: 70, align: 'right', render: (_: unknown, p) => count(p.counts.byStatus.in_progress) },
  { title: '待验收', key: 'submitted', width: 70, align: 'right', render: (_: unknown, p) => count(p.counts.byStatus.submitted) },
  { title: words.taskStatus('closed'), key: 'closed', width: 70, align: 'right', render: (_: unknown, p) => count(p.counts.byStatus.closed) },
  { title: words.taskStatus('overdue'), key: 'overdue', width: 60, align: 'right', render: (_: unknown, p) => <span data-testid="plan-overdue">{count(p.counts.overdue, true)}</span> },
  { title: '临近期限', key: 'dueSoon', width: 80, align: 'right', render: (_: unknown, p) => count(p.counts.dueSoon) },
];

function PlanList() {
  const words = useWords();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [q, setQ] = useState<{ status?: PlanStatus; year?: number }>({});
  const { data, loading } = useLoad(() => plansApi.list(q), [q]);
  return (
    <Card
      title="分工方案"
      extra={
        canWritePlans(user?.roles) && (
          <Button type="primary" icon={<ImportOutlined aria-hidden />} onClick={() => navigate('/plans/import')}>
            导入方案
          </Button>
        )
      }
    >
      <FilterBar name="planFilter">
        <SelectFilter<PlanStatus>
          label="状态"
          id="plan-filter-status"
          width={140}
          value={q.status}
          onChange={(status) => setQ((x) => ({ ...x, status }))}
          options={words.planStatuses.map((s) => ({ value: s.value, label: s.label }))}
        />
        <YearFilter id="plan-filter-year" value={q.year} onChange={(year) => setQ((x) => ({ ...x, year }))} />
      </FilterBar>
      <Table<PlanSummary>
        rowKey="id"
        size="small"
        columns={columns(words)}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={data?.items.length ? { x: 1060 } : undefined}
        locale={{ emptyText: <Typography.Text type="secondary">暂无分工方案</Typography.Text> }}
        data-testid="plans-table"
      />
    </Card>
  );
}

/** 方案台账: the plans the caller sees (its organisation's and those it has tasks in), with their tasks by status. */
export default function PlansPage() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        方案台账
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        逾期：未销号且已过到期日的任务（按当天计算）；临近期限：即将到期（默认5个工作日内）。
      </Typography.Paragraph>
      <WordsGate>
        <PlanList />
      </WordsGate>
    </Space>
  );
}

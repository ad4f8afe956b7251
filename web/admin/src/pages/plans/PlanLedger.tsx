import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Form, Popconfirm, Radio, Row, Space, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { FilterBar, SelectFilter } from '../../common/FilterParts';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { type LedgerFilter, plansApi } from './api';
import LedgerTable from './LedgerTable';
import type { PlanDetail, TaskStatus } from './types';
import { UNIT_ROLES } from './types';
import UnitSummary from './UnitSummary';
import { useWords } from './vocabulary';

type View = 'all' | 'overdue' | 'dueSoon';

/** An adopted (or archived) plan as its ledger: figures, filters, the tasks, the XLSX export, the summary by unit. */
export default function PlanLedger({ plan, onChanged }: { plan: PlanDetail; onChanged(p: PlanDetail): void }) {
  const words = useWords();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<LedgerFilter>({});
  const { data, loading } = useLoad(() => plansApi.planTasks(plan.id, filter), [plan.id, plan.version, filter]);
  const units = useMemo(() => {
    const m = new Map<string, string>();
    for (const t of plan.tasks) for (const r of UNIT_ROLES) for (const u of t.units[r]) if (u.code) m.set(u.code, u.name);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [plan.tasks]);
  const c = plan.counts;
  const view: View = filter.view ?? 'all';
  const exportUrl = plansApi.ledgerUrl(plan.id, { status: filter.view === 'overdue' ? 'overdue' : filter.status, org: filter.org });

  const archive = async () => {
    try {
      onChanged(await plansApi.archive(plan.id, plan.version));
      message.success('方案已归档');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const stat = (title: string, value: number, danger = false) => (
    <Col xs={12} md={6} xl={3}>
      <Card size="small">
        <Statistic title={title} value={value} styles={danger && value ? { content: { color: '#c41d1d' } } : undefined} />
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        extra={
          plan.canWrite &&
          plan.status === 'adopted' && (
            <Popconfirm title="归档后任务不再办理，确定归档？" okText="归档" cancelText="取消" onConfirm={archive}>
              <Button icon={<InboxOutlined aria-hidden />}>归档</Button>
            </Popconfirm>
          )
        }
        title="方案信息"
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'doc', label: '文号', children: plan.docNumber ?? '—' },
            { key: 'issuer', label: '发文机关', children: plan.issuer ?? '—' },
            { key: 'org', label: '所属机构', children: plan.org.name },
            { key: 'adopted', label: '下达时间', children: plan.adoptedAt ? formatDateTime(plan.adoptedAt) : '—' },
          ]}
        />
      </Card>
      <Row gutter={[12, 12]} data-testid="plan-counts">
        {stat('任务总数', c.total)}
        {stat(words.taskStatus('not_started'), c.byStatus.not_started)}
        {stat(words.taskStatus('in_progress'), c.byStatus.in_progress)}
        {stat('待验收', c.byStatus.submitted)}
        {stat(words.taskStatus('closed'), c.byStatus.closed)}
        {stat(words.taskStatus('overdue'), c.overdue, true)}
        {stat('临近期限', c.dueSoon, true)}
      </Row>
      <Card
        title={plan.access === 'owner' ? '任务台账' : '本单位承担的任务'}
        extra={
          <Button icon={<DownloadOutlined aria-hidden />} href={exportUrl} data-testid="export-ledger">
            导出台账（XLSX）
          </Button>
        }
      >
        <FilterBar name="ledgerFilter">
          <Form.Item label="视图">
            <Radio.Group
              optionType="button"
              value={view}
              onChange={(e) => setFilter((f) => ({ ...f, view: e.target.value === 'all' ? undefined : (e.target.value as 'overdue' | 'dueSoon') }))}
              options={[
                { value: 'all', label: '全部' },
                { value: 'overdue', label: '逾期' },
                { value: 'dueSoon', label: '临近期限' },
              ]}
            />
          </Form.Item>
          <SelectFilter<TaskStatus>
            label="状态"
            id="ledger-status"
            placeholder="全部状态"
            width={170}
            value={filter.status}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
            options={words.taskStatuses.filter((s) => s.value !== 'overdue').map((s) => ({ value: s.value as TaskStatus, label: s.label }))}
          />
          <SelectFilter<string>
            label="责任单位"
            id="ledger-org"
            placeholder="全部单位"
            width={240}
            searchable
            value={filter.org}
            onChange={(org) => setFilter((f) => ({ ...f, org }))}
            options={units}
          />
        </FilterBar>
        <LedgerTable tasks={data?.items ?? []} loading={loading} />
      </Card>
      <Card title="按单位汇总" size="small">
        <UnitSummary tasks={plan.tasks} onPick={(org) => setFilter((f) => ({ ...f, org }))} />
      </Card>
    </Space>
  );
}

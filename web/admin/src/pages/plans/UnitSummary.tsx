import { Button, Table, Typography } from 'antd';
import type { TaskView } from './types';
import { UNIT_ROLES } from './types';

interface Row {
  key: string;
  code: string | null;
  name: string;
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  closed: number;
  overdue: number;
}

/** Per assigned unit (organisation, or a name kept as text): its tasks by status and how many are overdue. */
export function summarise(tasks: readonly TaskView[]): Row[] {
  const rows = new Map<string, Row>();
  for (const t of tasks) {
    const seen = new Set<string>();
    for (const role of UNIT_ROLES) {
      for (const u of t.units[role]) {
        const key = u.code ?? `text:${u.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const r = rows.get(key) ?? { key, code: u.code, name: u.name, total: 0, notStarted: 0, inProgress: 0, submitted: 0, closed: 0, overdue: 0 };
        r.total += 1;
        if (t.status === 'not_started') r.notStarted += 1;
        if (t.status === 'in_progress') r.inProgress += 1;
        if (t.status === 'submitted') r.submitted += 1;
        if (t.status === 'closed') r.closed += 1;
        if (t.overdue) r.overdue += 1;
        rows.set(key, r);
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
}

const num = (n: number, danger = false) => (n ? <span style={danger ? { color: '#c41d1d', fontWeight: 600 } : undefined}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>);

/** 按单位汇总; choosing a unit filters the ledger to it. */
export default function UnitSummary({ tasks, onPick }: { tasks: readonly TaskView[]; onPick(code: string): void }) {
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={summarise(tasks)}
      data-testid="unit-summary"
      scroll={{ x: 760 }}
      columns={[
        {
          title: '单位',
          key: 'name',
          render: (_, r) =>
            r.code ? (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(r.code!)} aria-label={`只看${r.name}的任务`}>
                {r.name}
              </Button>
            ) : (
              <span>
                {r.name}
                <Typography.Text type="secondary">（未对应机构）</Typography.Text>
              </span>
            ),
        },
        { title: '任务数', dataIndex: 'total', key: 'total', width: 80, align: 'right' },
        { title: '未启动', key: 'notStarted', width: 80, align: 'right', render: (_, r) => num(r.notStarted) },
        { title: '推进中', key: 'inProgress', width: 80, align: 'right', render: (_, r) => num(r.inProgress) },
        { title: '待验收', key: 'submitted', width: 80, align: 'right', render: (_, r) => num(r.submitted) },
        { title: '已销号', key: 'closed', width: 80, align: 'right', render: (_, r) => num(r.closed) },
        { title: '逾期', key: 'overdue', width: 80, align: 'right', render: (_, r) => num(r.overdue, true) },
      ]}
    />
  );
}

import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { WARNING_TAG_STYLE } from '../../common/documents';
import { TASK_STATUS_COLORS } from './labels';
import PercentBar from './PercentBar';
import type { TaskView, UnitView } from './types';
import { type PlanWords, useWords } from './vocabulary';

/** Unit names as the ledger prints them: an expanded collective once, as written (各县区政府、管委会). */
export function unitNamesOf(units: readonly UnitView[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const name = u.collective ?? u.name;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** 状态: 逾期 (red) instead of an open status past its date; 临近期限 beside it when due soon. */
export function TaskStatusTag({ task }: { task: Pick<TaskView, 'status' | 'statusLabel' | 'overdue' | 'dueSoon'> }) {
  return (
    <Space size={4} wrap>
      <Tag color={TASK_STATUS_COLORS[task.overdue ? 'overdue' : task.status]} data-testid="task-status">
        {task.statusLabel}
      </Tag>
      {task.dueSoon && (
        <Tag color="warning" style={WARNING_TAG_STYLE}>
          临近期限
        </Tag>
      )}
    </Space>
  );
}

const columns = (words: PlanWords, withPlan: boolean): TableProps<TaskView>['columns'] => [
  {
    title: '序号',
    key: 'path',
    width: 100,
    fixed: 'left',
    render: (_: unknown, t) => <Link to={`/plans/tasks/${t.id}`} aria-label={`任务 ${t.pathLabel}${t.heading ? ` ${t.heading}` : ''}`}>{t.pathLabel}</Link>,
  },
  ...(withPlan ? [{ title: '方案', key: 'plan', width: 200, render: (_: unknown, t: TaskView) => <Link to={`/plans/${t.planId}`}>{t.planTitle}</Link> }] : []),
  {
    title: '任务内容',
    key: 'text',
    render: (_: unknown, t) => (
      <div style={{ minWidth: 240 }}>
        {t.heading && <Typography.Text strong>{t.heading}</Typography.Text>}
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: t.text }} style={{ margin: 0 }}>
          {t.text}
        </Typography.Paragraph>
      </div>
    ),
  },
  { title: '牵头单位', key: 'lead', width: 120, render: (_: unknown, t) => unitNamesOf(t.units.lead).join('、') || '—' },
  {
    title: '责任单位',
    key: 'responsible',
    width: 170,
    render: (_: unknown, t) => {
      const coop = unitNamesOf(t.units.cooperating);
      return (
        <>
          {unitNamesOf(t.units.responsible).join('、') || (coop.length ? '' : '—')}
          {coop.length > 0 && <div>{words.role('cooperating')}：{coop.join('、')}</div>}
        </>
      );
    },
  },
  {
    title: '完成时限',
    key: 'deadline',
    width: 120,
    render: (_: unknown, t) => (
      <Flex vertical>
        <span>{t.deadline?.raw || words.deadlineKind(t.deadline?.kind) || '—'}</span>
        {t.dueOn && t.dueOn !== t.deadline?.date && <Typography.Text type="secondary">到期 {t.dueOn}</Typography.Text>}
      </Flex>
    ),
  },
  {
    title: '进展情况',
    key: 'progress',
    width: 200,
    render: (_: unknown, t) => (
      <Flex vertical gap={2}>
        <PercentBar percent={t.percent} done={t.status === 'closed'} width={110} />
        {t.latestProgress ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: t.latestProgress.text }} style={{ margin: 0 }}>
            {t.latestProgress.text}
            <Typography.Text type="secondary">
              （{t.latestProgress.on}
              {t.latestProgress.org ? `，${t.latestProgress.org.name}` : ''}）
            </Typography.Text>
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">尚未报送</Typography.Text>
        )}
      </Flex>
    ),
  },
  { title: '状态', key: 'status', width: 120, fixed: 'right', render: (_: unknown, t) => <TaskStatusTag task={t} /> },
];

/** 台账: 序号, 任务内容, 牵头单位, 责任单位, 完成时限, 进展情况, 状态; overdue rows marked. */
export default function LedgerTable({ tasks, loading, withPlan = false, pagination = false }: {
  tasks: TaskView[];
  loading?: boolean;
  withPlan?: boolean;
  pagination?: TableProps<TaskView>['pagination'];
}) {
  const words = useWords();
  return (
    <Table<TaskView>
      rowKey="id"
      size="small"
      columns={columns(words, withPlan)}
      dataSource={tasks}
      loading={loading}
      pagination={pagination}
      onRow={(t) => ({ 'data-overdue': t.overdue ? 'true' : undefined }) as HTMLAttributes<HTMLElement>}
      scroll={tasks.length ? { x: withPlan ? 1320 : 1120 } : undefined}
      locale={{ emptyText: <Typography.Text type="secondary">没有符合条件的任务</Typography.Text> }}
      data-testid="ledger-table"
    />
  );
}

import { Card, Descriptions, Flex, Steps, Tag, Typography } from 'antd';
import { WARNING_TAG_STYLE } from '../../common/documents';
import PercentBar from './PercentBar';
import type { TaskDetail, TaskStatus, UnitRole, UnitView } from './types';
import { UNIT_ROLES } from './types';
import { useWords } from './vocabulary';

const STEP: Record<TaskStatus, number> = { not_started: 0, in_progress: 1, submitted: 2, closed: 3 };

/** A role's units: organisations as tags (names kept as text in orange), an expanded collective under its name. */
function Units({ units }: { units: UnitView[] }) {
  if (!units.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const groups = new Map<string | null, UnitView[]>();
  for (const u of units) groups.set(u.collective, [...(groups.get(u.collective) ?? []), u]);
  const tag = (u: UnitView) =>
    u.code ? (
      <Tag key={u.id} data-code={u.code}>
        {u.name}
      </Tag>
    ) : (
      <Tag key={u.id} color="warning" style={WARNING_TAG_STYLE}>
        {u.name}（未对应机构）
      </Tag>
    );
  return (
    <Flex vertical gap={4}>
      {[...groups].map(([collective, us]) =>
        collective ? (
          <div key={collective}>
            <Typography.Text type="secondary">{collective}：</Typography.Text>
            {us.map(tag)}
          </div>
        ) : (
          <div key="-">{us.map(tag)}</div>
        ),
      )}
    </Flex>
  );
}

/** The task's content, units by role, deadline and due date, progress, and where it stands (steps). */
export default function TaskSummary({ d }: { d: TaskDetail }) {
  const words = useWords();
  const t = d.task;
  const byRole = (role: UnitRole) => d.units.filter((u) => u.role === role);
  const due = t.dueOn ? (
    <Flex gap={8} align="center" wrap="wrap">
      <span data-testid="task-due">{t.dueOn}</span>
      {t.overdue && <Tag color="error">逾期</Tag>}
      {t.dueSoon && (
        <Tag color="warning" style={WARNING_TAG_STYLE}>
          临近期限
        </Tag>
      )}
    </Flex>
  ) : (
    <Typography.Text type="secondary">无固定到期日</Typography.Text>
  );
  return (
    <Card title="任务信息">
      <Steps
        size="small"
        current={STEP[t.status]}
        status={t.overdue ? 'error' : t.status === 'closed' ? 'finish' : 'process'}
        style={{ marginBottom: 24 }}
        data-testid="task-steps"
        items={[
          { title: words.taskStatus('not_started') },
          { title: words.taskStatus('in_progress') },
          { title: words.taskStatus('submitted') },
          { title: words.taskStatus('closed'), content: t.closedOn ?? undefined },
        ]}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'plan', label: '所属方案', children: `${d.plan.title}（${d.plan.org.name}）` },
          { key: 'text', label: '任务内容', children: <div style={{ whiteSpace: 'pre-wrap' }}>{t.text || '—'}</div> },
          ...UNIT_ROLES.map((role) => ({ key: role, label: words.role(role), children: <Units units={byRole(role)} /> })),
          {
            key: 'deadline',
            label: '完成时限',
            children: t.deadline ? (
              <span>
                {t.deadline.raw || '—'}
                {t.deadline.kind && <Tag style={{ marginInlineStart: 8 }}>{words.deadlineKind(t.deadline.kind)}</Tag>}
              </span>
            ) : (
              '未写明'
            ),
          },
          { key: 'due', label: '到期日', children: due },
          { key: 'percent', label: '完成进度', children: <PercentBar percent={t.percent} done={t.status === 'closed'} width={240} /> },
        ]}
      />
    </Card>
  );
}

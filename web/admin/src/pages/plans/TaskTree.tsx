import { Collapse, Empty, Flex } from 'antd';
import { type EditTask, groupTasks, type UnitStatus } from './draft';
import TaskCard from './TaskCard';

interface Props {
  tasks: EditTask[];
  errors: ReadonlyMap<number, string[]>;
  statusOf(name: string): UnitStatus;
  onEdit(t: EditTask): void;
  onDelete(index: number): void;
  onLocate(t: EditTask): void;
}

/** The extracted tasks grouped by the outline above them (二、(一) …), each group collapsible. */
export default function TaskTree({ tasks, errors, statusOf, onEdit, onDelete, onLocate }: Props) {
  if (!tasks.length) return <Empty description="没有提取到任务，可以手动添加" />;
  const groups = groupTasks(tasks);
  return (
    <Collapse
      defaultActiveKey={groups.map((g) => g.key)}
      size="small"
      data-testid="task-tree"
      items={groups.map((g) => ({
        key: g.key,
        label: `${g.label}（${g.items.length}项）`,
        children: (
          <Flex vertical gap={8}>
            {g.items.map(({ task, index }) => (
              <TaskCard
                key={task.key}
                task={task}
                errors={errors.get(index)}
                statusOf={statusOf}
                onEdit={() => onEdit(task)}
                onDelete={() => onDelete(index)}
                onLocate={() => onLocate(task)}
              />
            ))}
          </Flex>
        ),
      }))}
    />
  );
}

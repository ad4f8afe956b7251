import { AimOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { type EditTask, pathLabel, type UnitStatus } from './draft';
import UnitTag from './UnitTag';
import { useWords } from './vocabulary';
import { UNIT_ROLES } from './types';

interface Props {
  task: EditTask;
  errors?: string[];
  statusOf(name: string): UnitStatus;
  onEdit(): void;
  onDelete(): void;
  onLocate(): void;
}

/** One extracted task in the preview: path, heading, text, units by role with their resolution, deadline. */
export default function TaskCard({ task, errors, statusOf, onEdit, onDelete, onLocate }: Props) {
  const words = useWords();
  const label = pathLabel(task.path);
  const d = task.deadline;
  return (
    <Card
      size="small"
      data-testid="preview-task"
      data-path={label}
      title={
        <Space size={8} wrap>
          <Tag>{label}</Tag>
          <Typography.Text strong>{task.heading ?? '（无标题）'}</Typography.Text>
        </Space>
      }
      extra={
        <Space size={0}>
          <Button type="link" size="small" icon={<AimOutlined aria-hidden />} onClick={onLocate} aria-label={`在原文中定位任务 ${label}`}>
            原文
          </Button>
          <Button type="link" size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit} aria-label={`修改任务 ${label}`}>
            修改
          </Button>
          <Popconfirm title={`删除任务 ${label}？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={onDelete}>
            <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除任务 ${label}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      }
      style={errors?.length ? { borderColor: '#c41d1d' } : undefined}
    >
      {task.text && (
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (open) => (open ? '收起' : '展开') }} style={{ marginBottom: 8 }}>
          {task.text}
        </Typography.Paragraph>
      )}
      <Flex vertical gap={4}>
        {UNIT_ROLES.filter((r) => task[r].length).map((role) => (
          <Flex key={role} gap={4} wrap="wrap" align="baseline" data-role={role}>
            <Typography.Text type="secondary">{words.role(role)}：</Typography.Text>
            {task[role].map((name) => (
              <UnitTag key={name} name={name} status={statusOf(name)} />
            ))}
          </Flex>
        ))}
        {UNIT_ROLES.every((r) => !task[r].length) && <Typography.Text type="secondary">未写明责任单位</Typography.Text>}
        <Flex gap={8} wrap="wrap" align="baseline" data-testid="task-deadline">
          <Typography.Text type="secondary">完成时限：</Typography.Text>
          {d ? (
            <>
              <span>{d.raw || '（未写明）'}</span>
              <Tag>{words.deadlineKind(d.kind)}</Tag>
              {d.date && <Typography.Text type="secondary">{d.date}</Typography.Text>}
            </>
          ) : (
            <Typography.Text type="secondary">未写明</Typography.Text>
          )}
        </Flex>
      </Flex>
      {!!errors?.length && <Alert type="error" showIcon title={errors.join('；')} style={{ marginTop: 8 }} />}
    </Card>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Flex, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { plansApi } from './api';
import { TaskStatusTag } from './LedgerTable';
import TaskActions from './TaskActions';
import TaskSummary from './TaskSummary';
import TaskTimeline from './TaskTimeline';
import type { TaskDetail } from './types';
import WordsGate from './WordsGate';

/** One task of a plan: what and who, its deadline and state, the steps the caller may take, and its log. */
export default function TaskPage() {
  const id = Number(useParams().id);
  const [d, setD] = useState<TaskDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    plansApi
      .task(id)
      .then((x) => live && (setD(x), setError(null)))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [id]);

  if (error) return <Result status="404" title="无法打开任务" subTitle={error} extra={<Link to="/plans/mine">返回我的任务</Link>} />;
  if (!d || d.task.id !== id) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }
  const t = d.task;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/plans/${d.plan.id}`}>
        <ArrowLeftOutlined aria-hidden /> 返回{d.plan.title}
      </Link>
      <Flex align="center" gap={12} wrap="wrap">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }} data-testid="task-heading">
          {t.pathLabel} {t.heading ?? t.text.slice(0, 40)}
        </Typography.Title>
        <TaskStatusTag task={t} />
      </Flex>
      <WordsGate>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title="办理">
            <TaskActions d={d} onChanged={setD} />
          </Card>
          <TaskSummary d={d} />
          <Card title="办理记录">
            <TaskTimeline events={d.events} />
          </Card>
        </Space>
      </WordsGate>
    </Space>
  );
}

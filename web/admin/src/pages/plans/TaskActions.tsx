import { CheckCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import DecisionModal from './DecisionModal';
import EditTaskModal from './EditTaskModal';
import ReportModal from './ReportModal';
import type { TaskDetail } from './types';

type Open = 'progress' | 'submit' | 'accept' | 'return' | 'edit' | null;

/** The steps the caller may take now (the API's `can`): report, submit, accept, return, edit. */
export default function TaskActions({ d, onChanged }: { d: TaskDetail; onChanged(d: TaskDetail): void }) {
  const [open, setOpen] = useState<Open>(null);
  const done = (next: TaskDetail) => {
    setOpen(null);
    onChanged(next);
  };
  const { can } = d;
  const any = can.report || can.submit || can.accept || can.return || can.edit;
  return (
    <>
      {any ? (
        <Space wrap data-testid="task-actions">
          {can.report && (
            <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setOpen('progress')}>
              报送进展
            </Button>
          )}
          {can.submit && (
            <Button icon={<SolutionOutlined aria-hidden />} onClick={() => setOpen('submit')}>
              申请验收
            </Button>
          )}
          {can.accept && (
            <Button type="primary" icon={<CheckCircleOutlined aria-hidden />} onClick={() => setOpen('accept')}>
              验收销号
            </Button>
          )}
          {can.return && (
            <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setOpen('return')}>
              退回
            </Button>
          )}
          {can.edit && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setOpen('edit')}>
              修改期限/单位
            </Button>
          )}
        </Space>
      ) : (
        <Typography.Text type="secondary" data-testid="task-actions-none">
          {d.task.status === 'closed' ? '任务已销号。' : d.task.status === 'submitted' ? '已申请验收，等待政务公开办验收。' : d.plan.status !== 'adopted' ? '方案未在执行中，任务不能办理。' : '您不能办理该任务。'}
        </Typography.Text>
      )}
      {(open === 'progress' || open === 'submit') && <ReportModal d={d} kind={open} onClose={() => setOpen(null)} onDone={done} />}
      {(open === 'accept' || open === 'return') && <DecisionModal d={d} kind={open} onClose={() => setOpen(null)} onDone={done} />}
      {open === 'edit' && <EditTaskModal d={d} onClose={() => setOpen(null)} onDone={done} />}
    </>
  );
}

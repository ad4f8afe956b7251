import { Tag, Typography } from 'antd';
import { WARNING_TAG_STYLE } from '../../common/documents';
import { REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS } from './labels';
import type { RequestStatus } from './types';

/** A request's state as a coloured tag (办理中, 待补正, 已办结 …). */
export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const color = REQUEST_STATUS_COLORS[status] ?? 'default';
  return (
    <Tag color={color} style={color === 'warning' ? WARNING_TAG_STYLE : undefined} data-testid="request-status">
      {REQUEST_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}

interface LeftProps {
  workdaysLeft: number | null | undefined;
  overdue: boolean;
  dueSoon: boolean;
}

/** 剩余工作日: red when overdue, orange at five or fewer, plain otherwise. */
export function WorkdaysLeft({ workdaysLeft, overdue, dueSoon }: LeftProps) {
  if (workdaysLeft === null || workdaysLeft === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (overdue) {
    return (
      <Tag color="error" data-testid="workdays-left">
        {workdaysLeft < 0 ? `逾期 ${-workdaysLeft} 个工作日` : '已逾期'}
      </Tag>
    );
  }
  if (dueSoon || workdaysLeft <= 5) {
    return (
      <Tag color="warning" style={WARNING_TAG_STYLE} data-testid="workdays-left">
        剩 {workdaysLeft} 个工作日
      </Tag>
    );
  }
  return <span data-testid="workdays-left">{workdaysLeft} 个工作日</span>;
}

/** 按期 / 逾期 of a closed request. */
export function OnTimeTag({ onTime }: { onTime: boolean | null }) {
  if (onTime === null) return null;
  return onTime ? <Tag color="success">按期办结</Tag> : <Tag color="error">逾期办结</Tag>;
}

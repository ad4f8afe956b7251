import { Alert, Card, Descriptions, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { formatDateWithWeekday } from '../../common/format';
import { PAUSE_REASON_LABELS, resultLabel } from './labels';
import { OnTimeTag, WorkdaysLeft } from './RequestTags';
import type { ClockConsultation, ClockPause, ClockState, RequestEvent } from './types';

const pauseColumns: TableProps<ClockPause>['columns'] = [
  { title: '原因', dataIndex: 'reason', key: 'reason', render: (r: string) => PAUSE_REASON_LABELS[r] ?? r },
  { title: '起', dataIndex: 'from', key: 'from' },
  { title: '止', dataIndex: 'to', key: 'to', render: (v: string | null) => v ?? '（进行中）' },
];

/** The party of each consultation, from its 征求意见 event. */
export function consultationParties(events: RequestEvent[]): Map<string, string> {
  return new Map(events.filter((e) => e.type === 'consultation_started').map((e) => [String(e.data.consultationId), String(e.data.party ?? '')]));
}

const day = (d: string | null) => (d ? formatDateWithWeekday(d) : '—');

/** 期限: the statutory clock of one request (条例第三十条、第三十三条), as the server derived it today. */
export default function ClockPanel({ clock, events }: { clock: ClockState; events: RequestEvent[] }) {
  const extension = [...events].reverse().find((e) => e.type === 'extended');
  const closed = clock.status === 'closed';
  const parties = consultationParties(events);
  const consultationColumns: TableProps<ClockConsultation>['columns'] = [
    { title: '征求对象', key: 'party', render: (_: unknown, c) => parties.get(c.consultationId) ?? c.consultationId },
    { title: '发出日期', dataIndex: 'startedOn', key: 'startedOn' },
    { title: '答复截止（15个工作日）', dataIndex: 'answerBy', key: 'answerBy', render: (v: string | null) => v ?? '—' },
    { title: '收到意见', dataIndex: 'endedOn', key: 'endedOn', render: (v: string | null) => v ?? '（等待答复）' },
  ];
  const items = [
    { key: 'clockStart', label: '计算起点', children: clock.clockStart ?? '—' },
    { key: 'allowed', label: '答复时限', children: `${clock.allowedWorkdays} 个工作日${clock.extendedBy ? `（含延期 ${clock.extendedBy} 个工作日）` : ''}` },
    {
      key: 'dueOn',
      label: '答复期限',
      children: <span data-testid="clock-due-on">{clock.status === 'awaiting_correction' ? '补正期间暂停，收到补正后重新计算' : day(clock.dueOn)}</span>,
    },
    ...(closed
      ? [
          { key: 'closedOn', label: '办结日期', children: <span>{clock.closedOn} <OnTimeTag onTime={clock.onTime} /></span> },
          { key: 'result', label: '办理结果', children: resultLabel(clock.result) },
        ]
      : [{ key: 'left', label: '剩余工作日', children: <WorkdaysLeft workdaysLeft={clock.workdaysLeft} overdue={clock.overdue} dueSoon={clock.dueSoon} /> }]),
    { key: 'paused', label: '已暂停工作日', children: `${clock.pausedWorkdays} 个工作日` },
    ...(clock.correctionNoticeBy && !closed ? [{ key: 'noticeBy', label: '补正告知截止日', children: day(clock.correctionNoticeBy) }] : []),
    ...(clock.correctBy ? [{ key: 'correctBy', label: '申请人补正期限', children: day(clock.correctBy) }] : []),
    ...(clock.payBy ? [{ key: 'payBy', label: '缴费期限', children: day(clock.payBy) }] : []),
    ...(extension
      ? [{ key: 'extension', label: '延期', children: `${extension.on} 经${String(extension.data.approvedBy ?? extension.actor)}批准延期 ${String(extension.data.workdays)} 个工作日：${String(extension.data.reason ?? '')}` }]
      : []),
  ];
  return (
    <Card title="办理期限" data-testid="clock-panel">
      {clock.deadlineProblem && <Alert type="warning" showIcon title="部分期限无法计算" description={clock.deadlineProblem} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      {clock.pauses.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
            不计入答复期限的期间
          </Typography.Title>
          <Table<ClockPause> rowKey={(p) => `${p.reason}-${p.from}`} size="small" columns={pauseColumns} dataSource={clock.pauses} pagination={false} />
        </>
      )}
      {clock.consultations.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
            征求意见
          </Typography.Title>
          <Table<ClockConsultation> rowKey="consultationId" size="small" columns={consultationColumns} dataSource={clock.consultations} pagination={false} />
        </>
      )}
    </Card>
  );
}

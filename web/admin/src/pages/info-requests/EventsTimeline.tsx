import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../common/format';
import { CHANNEL_LABELS, CONSULTATION_KIND_LABELS, OPINION_LABELS, resultLabel } from './labels';
import type { RequestEvent } from './types';

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** What an event's data says, in a sentence (the audit log keeps the rest). */
export function eventDetail(e: RequestEvent): string {
  const d = e.data;
  switch (e.type) {
    case 'received':
      return `${CHANNEL_LABELS[s(d.channel)] ?? s(d.channel)}，收到申请之日 ${e.on}${d.registerNo ? `，登记号 ${s(d.registerNo)}` : ''}`;
    case 'assigned':
      return `交由${s(d.orgName)}承办`;
    case 'correction_requested':
      return `需补正：${Array.isArray(d.items) ? d.items.map(s).join('；') : ''}（补正期限 ${s(d.correctBy)}）`;
    case 'corrected':
      return '收到补正材料，答复期限重新计算';
    case 'consultation_started':
      return `书面征求${s(d.party)}意见（${CONSULTATION_KIND_LABELS[s(d.kind)] ?? s(d.kind)}）`;
    case 'consultation_ended':
      return `意见：${OPINION_LABELS[s(d.opinion)] ?? s(d.opinion)}`;
    case 'extended':
      return `延期 ${s(d.workdays)} 个工作日（${s(d.approvedBy)}批准）：${s(d.reason)}`;
    case 'fee_notified':
      return `应缴 ${s(d.amountYuan)} 元，缴费期限 ${s(d.payBy)}${d.explanation ? `（${s(d.explanation)}）` : ''}`;
    case 'fee_paid':
      return '申请人已缴纳信息处理费';
    case 'closed':
      return `${resultLabel(s(d.result))}${d.letterNumber ? `，答复书 ${s(d.letterNumber)}` : ''}${d.reason ? `：${s(d.reason)}` : ''}`;
    case 'delivered':
      return `送达方式：${s(d.method)}`;
    default:
      return '';
  }
}

const COLORS: Record<string, string> = { closed: 'green', extended: 'orange', correction_requested: 'orange', fee_notified: 'orange', note: 'gray' };

/** 办理过程: every step in the order recorded, with its legal date, who entered it and when. */
export default function EventsTimeline({ events }: { events: RequestEvent[] }) {
  if (events.length === 0) return <Empty description="暂无办理记录" />;
  return (
    <Timeline
          items={events.map((e) => ({
            key: e.seq,
            color: COLORS[e.type] ?? 'blue',
            content: (
              <div data-testid="request-event">
                <Typography.Text strong>{e.label}</Typography.Text>
                <Typography.Text style={{ marginInlineStart: 8 }}>{e.on}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {e.actor} · 录入于 {formatDateTime(e.at).slice(0, 16)}
                </Typography.Text>
                {eventDetail(e) && <div>{eventDetail(e)}</div>}
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>备注：{e.note}</div>}
              </div>
            ),
          }))}
    />
  );
}

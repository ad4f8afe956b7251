import { FileOutlined, FileTextOutlined, LinkOutlined } from '@ant-design/icons';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../common/format';
import { fileSize } from './labels';
import type { EvidenceItem, TaskEvent } from './types';

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const change = (v: unknown) => {
  const c = v as { from?: unknown; to?: unknown } | undefined;
  return c ? `${s(c.from) || '无'} → ${s(c.to) || '无'}` : '';
};

/** What an event's data adds (an edit's changes, a reminder's kind). */
function eventDetail(e: TaskEvent): string {
  const d = e.data;
  if (e.type === 'edited') {
    return [d.deadline && `完成时限：${change(d.deadline)}`, d.dueOn && `到期日：${change(d.dueOn)}`, d.units && `责任单位：${change(d.units)}`].filter(Boolean).join('；');
  }
  if (e.type === 'reminded') return d.kind === 'overdue' ? `已逾期提醒（到期日 ${s(d.dueOn)}）` : `临近期限提醒（到期日 ${s(d.dueOn)}）`;
  return '';
}

/** One piece of evidence as a link: the published document on the portal, the web page, the uploaded file. */
export function EvidenceLink({ e }: { e: EvidenceItem }) {
  if (e.kind === 'document') {
    return (
      <a href={e.url} target="_blank" rel="noreferrer" data-evidence="document">
        <FileTextOutlined aria-hidden /> 已公开信息：{e.title}
      </a>
    );
  }
  if (e.kind === 'url') {
    return (
      <a href={e.url} target="_blank" rel="noreferrer noopener" data-evidence="url">
        <LinkOutlined aria-hidden /> {e.title || e.url}
      </a>
    );
  }
  return (
    <a href={e.url} download={e.name} data-evidence="file">
      <FileOutlined aria-hidden /> {e.name}（{fileSize(e.size)}）
    </a>
  );
}

const COLORS: Partial<Record<TaskEvent['type'], string>> = { accepted: 'green', returned: 'red', submitted: 'purple', reminded: 'gray', edited: 'gray' };

/** 办理记录: every step in order — who, for which unit, when, what was said, the percent and the evidence. */
export default function TaskTimeline({ events }: { events: TaskEvent[] }) {
  if (!events.length) return <Empty description="暂无办理记录" />;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.type] ?? 'blue',
        content: (
          <div data-testid="task-event" data-type={e.type}>
            <Flex gap={8} wrap="wrap" align="baseline">
              <Typography.Text strong>{e.label}</Typography.Text>
              {e.org && <span>{e.org.name}</span>}
              {e.percent !== null && e.type !== 'created' && <span>完成 {e.percent}%</span>}
              <Typography.Text type="secondary">
                {e.actorName} · {formatDateTime(e.at).slice(0, 16)}
              </Typography.Text>
            </Flex>
            {e.text && <div style={{ whiteSpace: 'pre-wrap' }}>{e.type === 'returned' ? `退回理由：${e.text}` : e.text}</div>}
            {eventDetail(e) && <Typography.Text type="secondary">{eventDetail(e)}</Typography.Text>}
            {e.evidence.length > 0 && (
              <Flex vertical gap={2} style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">佐证材料：</Typography.Text>
                {e.evidence.map((x, i) => (
                  <EvidenceLink key={i} e={x} />
                ))}
              </Flex>
            )}
          </div>
        ),
      }))}
    />
  );
}

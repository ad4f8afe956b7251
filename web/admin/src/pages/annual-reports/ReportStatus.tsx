import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { WARNING_TAG_STYLE } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import ProblemList from './ProblemList';
import { SCOPE_LABELS, WORKSPACE_STATUS_LABELS } from './labels';
import type { Workspace } from './types';

/** 未保存 / 草稿 / 已发布 第N版, and 已发布后数据有变化 when the live report no longer equals the published one. */
export function StatusTags({ ws }: { ws: Workspace }) {
  const published = ws.published;
  return (
    <Space size={4} wrap data-testid="report-status">
      {published ? (
        <Tag color="success">{`已发布 第${published.version}版`}</Tag>
      ) : (
        <Tag color={ws.status === 'draft' ? 'processing' : 'default'}>{WORKSPACE_STATUS_LABELS[ws.status]}</Tag>
      )}
      {published?.changed && (
        <Tag color="warning" style={WARNING_TAG_STYLE} data-testid="report-changed">
          已发布后数据有变化
        </Tag>
      )}
    </Space>
  );
}

const PREVIOUS_SOURCE = { platform: '本平台发布的', history: '导入的' } as const;

/** The facts above the tabs: status, statutory date (条例第四十九条) and lateness, scope, warnings and the checks. */
export default function ReportStatus({ ws }: { ws: Workspace }) {
  const prev = ws.checks.previous;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'status', label: '状态', children: <StatusTags ws={ws} /> },
          {
            key: 'due',
            label: '法定发布期限',
            children: (
              <Space size={4} data-testid="report-due">
                <span>{ws.due.on}</span>
                {ws.due.late && <Tag color="error">逾期</Tag>}
              </Space>
            ),
          },
          { key: 'published', label: '发布时间', children: ws.published ? formatDateTime(ws.published.publishedAt) : '—' },
          { key: 'scope', label: '统计范围', children: SCOPE_LABELS[ws.scope] },
        ]}
      />
      {ws.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} data-testid="report-warning" />
      ))}
      <ProblemList ok={ws.checks.ok} problems={ws.checks.problems} />
      <Typography.Text type="secondary">
        {prev
          ? `已与${PREVIOUS_SOURCE[prev.source]}${prev.year}年度报告${prev.format === '2019' ? '（2019年试行格式，只核对结转件数）' : ''}核对衔接。`
          : '没有上年度报告可供核对（可在“校验与导入”中导入历史年报）。'}
      </Typography.Text>
    </Space>
  );
}

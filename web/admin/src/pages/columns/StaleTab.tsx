import { Alert, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { WARNING_TAG_STYLE } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { type StaleItem, columnsApi } from './columnsApi';

/** 更新情况: overdue and blank columns against the veto lines of 国办秘函〔2019〕19号 (单项否决: 栏目不更新). */
export default function StaleTab({ orgId }: { orgId: number }) {
  const { data: report, loading } = useLoad(() => columnsApi.stale(orgId), [orgId]);

  const columns: TableProps<StaleItem>['columns'] = [
    { title: '栏目', key: 'name', width: 200, render: (_: unknown, i) => <a href={i.column.url} target="_blank" rel="noreferrer">{'　'.repeat(i.column.depth)}{i.column.name}</a> },
    { title: '类型', key: 'kind', width: 110, render: (_: unknown, i) => i.column.kindLabel },
    { title: '情况', dataIndex: 'state', width: 110, render: (s: string) => (s === 'empty' ? <Tag color="error">空白栏目</Tag> : <Tag color="warning" style={WARNING_TAG_STYLE}>超期未更新</Tag>) },
    { title: '最近发布', dataIndex: 'lastPublishedAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
    { title: '更新要求', key: 'rule', width: 110, render: (_: unknown, i) => (i.column.maxDays ? `${i.column.maxDays} 天内` : '不要求') },
    { title: '说明', dataIndex: 'reason', width: 260, render: (r: string) => <Typography.Text type="danger">{r}</Typography.Text> },
  ];

  const line = (label: string, value: number, limit: number) => (
    <Col>
      <Card size="small">
        <Statistic title={`${label}（否决线 ${limit}）`} value={value} styles={{ content: { color: value >= limit ? '#cf1322' : undefined } }} />
      </Card>
    </Col>
  );

  return (
    <>
      {report && (
        <>
          {report.veto.hit
            ? <Alert type="error" showIcon title="已触及“栏目不更新”单项否决线" description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{report.veto.reasons.map((r) => <li key={r}>{r}</li>)}</ul>} style={{ marginBottom: 16 }} />
            : <Alert type="success" showIcon title={`未触及单项否决线（共检查 ${report.checked} 个栏目）`} style={{ marginBottom: 16 }} />}
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {line('动态要闻、通知公告、政策文件类未更新', report.counts.newsNoticePolicy, report.thresholds.newsNoticePolicy)}
            {line('长期未更新', report.counts.stale, report.thresholds.stale)}
            {line('空白栏目', report.counts.empty, report.thresholds.empty)}
          </Row>
          <Typography.Paragraph type="secondary">
            检查时间：{formatDateTime(report.checkedAt)}。依据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）：动态要闻类栏目 2 周内、通知公告和政策文件类一级栏目 6 个月内未更新合计 5 个以上，或应更新而长期未更新的栏目 10 个以上，或空白栏目 5 个以上，均为单项否决。上级栏目计入其下级栏目发布的信息。
          </Typography.Paragraph>
        </>
      )}
      <Table<StaleItem>
        rowKey={(i) => i.column.id}
        columns={columns}
        dataSource={report?.items ?? []}
        loading={loading}
        scroll={report?.items.length ? { x: 960 } : undefined}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">没有超期未更新或空白的栏目</Typography.Text> }}
      />
    </>
  );
}

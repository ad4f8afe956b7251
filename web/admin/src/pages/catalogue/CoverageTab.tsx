import { Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { type CoverageItem, catalogueApi } from './catalogueApi';

/** 覆盖情况: is each active entry being published by its 公开时限 rule? Uncovered entries first, in red. */
export default function CoverageTab({ orgId }: { orgId: number }) {
  const { data: report, loading } = useLoad(() => catalogueApi.coverage(orgId), [orgId]);

  const columns: TableProps<CoverageItem>['columns'] = [
    {
      title: '状态', key: 'covered', width: 90,
      render: (_: unknown, i) => (i.covered ? <Tag color="success">已覆盖</Tag> : <Tag color="error">未覆盖</Tag>),
    },
    { title: '公开事项', key: 'item', width: 220, render: (_: unknown, i) => (i.entry.itemL2 ? `${i.entry.itemL1} / ${i.entry.itemL2}` : i.entry.itemL1) },
    { title: '公开时限', key: 'rule', width: 180, render: (_: unknown, i) => <>{i.entry.timeLimit || '—'}<br /><Typography.Text type="secondary">{i.entry.ruleLabel}</Typography.Text></> },
    { title: '已发布', dataIndex: 'count', width: 80, render: (n: number) => `${n} 件` },
    {
      title: '最近发布', key: 'last', width: 260,
      render: (_: unknown, i) => (i.lastDocument
        ? <><Link to={`/documents/${i.lastDocument.id}`}>{i.lastDocument.title}</Link><br /><Typography.Text type="secondary">{formatDateTime(i.lastDocument.publishedAt)}</Typography.Text></>
        : '—'),
    },
    { title: '说明', dataIndex: 'reason', width: 240, render: (r: string, i) => (i.covered ? r : <Typography.Text type="danger" strong>{r}</Typography.Text>) },
  ];

  return (
    <>
      {report && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col><Card size="small"><Statistic title="有效条目" value={report.total} /></Card></Col>
          <Col><Card size="small"><Statistic title="已覆盖" value={report.covered} /></Card></Col>
          <Col><Card size="small"><Statistic title="未覆盖" value={report.uncovered} styles={{ content: { color: report.uncovered ? '#cf1322' : undefined } }} /></Card></Col>
          <Col flex="auto"><Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            检查时间：{formatDateTime(report.checkedAt)}。事件触发类条目至少发布过一件即为覆盖；定期公开类条目须在本期或上一期发布过（按北京时间）。
          </Typography.Paragraph></Col>
        </Row>
      )}
      <Table<CoverageItem>
        rowKey={(i) => i.entry.id}
        columns={columns}
        dataSource={report?.items ?? []}
        loading={loading}
        scroll={report?.items.length ? { x: 1070 } : undefined}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">该机构还没有有效的目录条目</Typography.Text> }}
      />
    </>
  );
}

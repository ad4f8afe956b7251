import { Button, Card, Col, Popover, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { reportsApi } from './api';
import { SUPERVISION_STATUS_COLORS, SUPERVISION_STATUS_LABELS } from './labels';
import ReportPicker, { useReportTarget } from './ReportPicker';
import type { SupervisionItem } from './types';

function CheckCell({ item }: { item: SupervisionItem }) {
  if (item.ok === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const explanation = item.explanation && <Typography.Text type="secondary">与上年不一致的说明：{item.explanation}</Typography.Text>;
  if (item.ok) {
    return (
      <Space orientation="vertical" size={0}>
        <Tag color="success">通过</Tag>
        {explanation}
      </Space>
    );
  }
  const more = (item.problemCount ?? 0) > item.problems.length ? `（仅列出前${item.problems.length}处）` : '';
  return (
    <Space orientation="vertical" size={0}>
      <Popover
        trigger="click"
        title={`${item.org.name}：未通过的校验${more}`}
        content={
          <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 520 }}>
            {item.problems.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ol>
        }
      >
        <Button type="link" danger size="small" style={{ padding: 0 }} aria-label={`${item.org.name}：${item.problemCount}处问题，查看`}>
          {item.problemCount}处问题
        </Button>
      </Popover>
      {explanation}
    </Space>
  );
}

const columns = (year: number): TableProps<SupervisionItem>['columns'] => [
  {
    title: '机构',
    key: 'org',
    width: 260,
    render: (_: unknown, i) => (
      <span style={{ paddingInlineStart: i.org.depth * 16 }}>
        <Link to={`/annual-reports?org=${encodeURIComponent(i.org.code)}&year=${year}`}>{i.org.name}</Link>
      </span>
    ),
  },
  {
    title: '状态',
    key: 'status',
    width: 130,
    render: (_: unknown, i) => (
      <Tag color={SUPERVISION_STATUS_COLORS[i.status]} data-testid="supervision-status">
        {SUPERVISION_STATUS_LABELS[i.status]}
        {i.status === 'published' && i.version > 1 ? `（第${i.version}版）` : ''}
      </Tag>
    ),
  },
  { title: '法定期限', dataIndex: 'due', key: 'due', width: 110 },
  { title: '发布时间', dataIndex: 'publishedAt', key: 'publishedAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
  {
    title: '是否逾期',
    key: 'late',
    width: 100,
    render: (_: unknown, i) => (i.late ? <Tag color="error" data-testid="supervision-late">逾期</Tag> : <span data-testid="supervision-late">否</span>),
  },
  { title: '校验', key: 'check', width: 200, render: (_: unknown, i) => <CheckCell item={i} /> },
  { title: '新收', key: 'newReceived', width: 70, align: 'right', render: (_: unknown, i) => i.figures?.newReceived ?? '—' },
  { title: '办结', key: 'closed', width: 70, align: 'right', render: (_: unknown, i) => i.figures?.closed ?? '—' },
  { title: '结转', key: 'carriedForward', width: 70, align: 'right', render: (_: unknown, i) => i.figures?.carriedForward ?? '—' },
  { title: '复议/诉讼', key: 'appeals', width: 90, align: 'right', render: (_: unknown, i) => (i.figures ? `${i.figures.review}/${i.figures.litigation}` : '—') },
];

/** 下辖机构年报: every organisation under the chosen one with its report of the year — published, late, consistent. */
export default function SupervisionPage() {
  const { org, year, setTarget } = useReportTarget();
  const { data, loading } = useLoad(() => (org ? reportsApi.supervision(org, year) : undefined), [org, year]);
  const s = data?.summary;
  const stat = (title: string, value: number | undefined, danger = false) => (
    <Col xs={12} md={6} xl={3}>
      <Card size="small">
        <Statistic title={title} value={value ?? '—'} suffix={value === undefined ? undefined : '个'} styles={danger && value ? { content: { color: '#c41d1d' } } : undefined} />
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        下辖机构年度报告
      </Typography.Title>
      <Card>
        <ReportPicker name="supervisionTarget" org={org} year={year} onChange={setTarget} />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          列出所选机构及其下辖机构{year}年度报告的编制、发布和校验情况；“平台外报送”为在“校验与导入”中导入的报告。
        </Typography.Paragraph>
      </Card>
      <Row gutter={[12, 12]} data-testid="supervision-summary">
        {stat('机构总数', s?.total)}
        {stat('已发布', s?.published)}
        {stat('平台外报送', s?.external)}
        {stat('草稿未发布', s?.draft)}
        {stat('未编制', s?.missing, true)}
        {stat('逾期', s?.late, true)}
        {stat('未通过校验', s?.inconsistent, true)}
      </Row>
      <Card title={data ? `${data.org.name}及下辖机构 ${data.year}年度报告` : '下辖机构'}>
        <Table<SupervisionItem>
          rowKey={(i) => i.org.id}
          size="small"
          columns={columns(year)}
          dataSource={data?.items ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 1320 }}
          data-testid="supervision-table"
        />
      </Card>
    </Space>
  );
}

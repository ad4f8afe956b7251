import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useLoad } from '../../common/useLoad';
import { requestsApi } from './api';
import type { DashboardRow } from './types';

const count = (n: number, danger = false) => (n > 0 && danger ? <Typography.Text type="danger" strong>{n}</Typography.Text> : n);

const columns: TableProps<DashboardRow>['columns'] = [
  { title: '承办机构', dataIndex: 'org', key: 'org' },
  { title: '在办', dataIndex: 'open', key: 'open', width: 100, align: 'right' },
  { title: '逾期', dataIndex: 'overdue', key: 'overdue', width: 100, align: 'right', render: (n: number) => count(n, true) },
  { title: '临近期限', dataIndex: 'dueSoon', key: 'dueSoon', width: 110, align: 'right' },
  { title: '待申请人补正/缴费', dataIndex: 'awaitingApplicant', key: 'awaitingApplicant', width: 160, align: 'right' },
];

/** 办理统计: open requests per handling organisation, the overdue first (issue #4: 预警). */
export default function DashboardPage() {
  const { data, loading } = useLoad(() => requestsApi.dashboard(), []);
  const totals = data?.totals ?? { open: 0, overdue: 0, dueSoon: 0, awaitingApplicant: 0 };
  const stat = (title: string, value: number, to: string) => (
    <Col xs={12} md={6}>
      <Card>
        <Link to={to} aria-label={`${title} ${value} 件，查看列表`}>
          <Statistic title={title} value={value} suffix="件" />
        </Link>
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/info-requests">
        <ArrowLeftOutlined aria-hidden /> 返回申请列表
      </Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        办理统计
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {stat('在办', totals.open, '/info-requests')}
        {stat('逾期', totals.overdue, '/info-requests?view=overdue')}
        {stat('临近期限', totals.dueSoon, '/info-requests?view=dueSoon')}
        {stat('待申请人补正/缴费', totals.awaitingApplicant, '/info-requests')}
      </Row>
      <Card title={`各承办机构办理情况${data ? `（截至 ${data.today}）` : ''}`}>
        <Table<DashboardRow>
          rowKey="orgId"
          columns={columns}
          dataSource={data?.rows ?? []}
          loading={loading}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">暂无在办申请</Typography.Text> }}
          summary={(rows) =>
            rows.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">{totals.open}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{totals.overdue}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{totals.dueSoon}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{totals.awaitingApplicant}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </Space>
  );
}

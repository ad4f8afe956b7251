import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { publicReportUrl, reportsApi } from './api';
import CheckCard from './CheckCard';
import ImportCard from './ImportCard';
import { canWriteAnnualReports } from './labels';
import type { HistoryItem } from './types';

/** 校验与导入: check any report JSON; import reports made before or outside the platform; the imported reports. */
export default function CheckImportPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const writer = canWriteAnnualReports(user?.roles);
  const { data, loading, reload } = useLoad(() => reportsApi.history(), []);

  const remove = async (h: HistoryItem) => {
    try {
      await reportsApi.deleteHistory(h.id);
      message.success(`已删除${h.org.name}${h.year}年度报告`);
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableProps<HistoryItem>['columns'] = [
    { title: '机构', key: 'org', render: (_: unknown, h) => h.org.name },
    { title: '年度', dataIndex: 'year', key: 'year', width: 80 },
    { title: '格式', dataIndex: 'format', key: 'format', width: 130, render: (f: string) => (f === '2019' ? '2019年试行格式' : '2021年格式') },
    { title: '来源', dataIndex: 'source', key: 'source', render: (s: string) => s || '—' },
    {
      title: '校验',
      dataIndex: 'problemCount',
      key: 'problems',
      width: 120,
      render: (n: number) => (n ? <Tag color="error">{n}处问题</Tag> : <Tag color="success">通过</Tag>),
    },
    { title: '导入时间', dataIndex: 'importedAt', key: 'importedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, h) => (
        <Space size={0}>
          <Button type="link" size="small" href={publicReportUrl(h.org.code, h.year)} target="_blank" rel="noopener noreferrer" aria-label={`查看${h.org.name}${h.year}年度报告`}>
            查看
          </Button>
          {writer && (
            <Popconfirm
              title={`删除导入的${h.org.name}${h.year}年度报告？`}
              description="删除后门户网站不再显示该报告，上年核对也不再使用它。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => remove(h)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${h.org.name}${h.year}年度报告`}>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        年度报告校验与导入
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={writer ? 12 : 24}>
          <CheckCard />
        </Col>
        {writer && (
          <Col xs={24} xl={12}>
            <ImportCard onImported={() => void reload()} />
          </Col>
        )}
      </Row>
      <Card title="已导入的年报">
        <Table<HistoryItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">尚未导入年报</Typography.Text> }}
          data-testid="history-table"
        />
      </Card>
    </Space>
  );
}

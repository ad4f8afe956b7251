import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, InputNumber, Row, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { CalendarYearSummary } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { isAdmin } from '../../auth/roles';
import { formatDateTime, shanghaiYear } from '../../common/format';
import DeadlineCalculator from './DeadlineCalculator';
import YearEditor from './YearEditor';

export default function CalendarPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const canEdit = isAdmin(user?.roles);
  const [years, setYears] = useState<CalendarYearSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<{ year: number; isNew: boolean } | null>(null);
  const [newYear, setNewYear] = useState<number | null>(shanghaiYear() + 1);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const { items } = await api.calendar.years();
      const sorted = [...items].sort((a, b) => b.year - a.year);
      setYears(sorted);
      return sorted;
    } catch (err) {
      message.error(errorMessage(err));
      return [];
    } finally {
      setLoading(false);
    }
  }, [message]);

  useEffect(() => {
    void load().then((items) => {
      // Open the current year (or the latest) by default.
      const current = items.find((y) => y.year === shanghaiYear()) ?? items[0];
      if (current) setSelected((s) => s ?? { year: current.year, isNew: false });
    });
  }, [load]);

  const openNewYear = () => {
    if (newYear === null) return;
    if (newYear < 2000 || newYear > 2100) {
      message.error('年份应在2000至2100之间');
      return;
    }
    setSelected({ year: newYear, isNew: !years.some((y) => y.year === newYear) });
  };

  const columns: TableProps<CalendarYearSummary>['columns'] = [
    { title: '年份', dataIndex: 'year', key: 'year', width: 90, render: (y: number) => `${y}年` },
    { title: '数据来源', dataIndex: 'source', key: 'source' },
    { title: '天数', dataIndex: 'dayCount', key: 'dayCount', width: 80 },
    { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, r) => (
        <Button type="link" size="small" onClick={() => setSelected({ year: r.year, isNew: false })} data-testid={`calendar-view-${r.year}`}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        工作日历
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              title="节假日安排年份"
              extra={
                canEdit && (
                  <Space.Compact>
                    <InputNumber aria-label="新年份" min={2000} max={2100} precision={0} value={newYear} onChange={(v) => setNewYear(v)} style={{ width: 110 }} />
                    <Button icon={<PlusOutlined aria-hidden />} onClick={openNewYear}>
                      录入新年份
                    </Button>
                  </Space.Compact>
                )
              }
            >
              <Table<CalendarYearSummary>
                rowKey="year"
                size="small"
                columns={columns}
                dataSource={years}
                loading={loading}
                pagination={false}
                scroll={{ y: 300 }}
                locale={{ emptyText: '暂无节假日数据' }}
                rowClassName={(r) => (r.year === selected?.year ? 'ant-table-row-selected' : '')}
                onRow={(r) => ({ onClick: () => setSelected({ year: r.year, isNew: false }), style: { cursor: 'pointer' } })}
              />
            </Card>
            {selected && (
              <YearEditor
                key={`${selected.year}-${selected.isNew}`}
                year={selected.year}
                isNew={selected.isNew}
                canEdit={canEdit}
                onSaved={(saved) => {
                  setSelected({ year: saved.year, isNew: false });
                  void load();
                }}
              />
            )}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <DeadlineCalculator />
        </Col>
      </Row>
    </Space>
  );
}

import { CalculatorOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, DatePicker, Descriptions, Empty, Form, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type CSSProperties } from 'react';
import { api } from '../../api/client';
import type { DeadlineResult, NamedDay } from '../../api/types';
import { formatDateWithWeekday, shanghaiToday } from '../../common/format';
import { reportFormError } from '../../common/formErrors';

interface Values {
  start: Dayjs;
  workdays: number;
}

const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const itemStyle: CSSProperties = { display: 'flex', justifyContent: 'space-between', gap: 12, padding: '4px 0', borderBottom: '1px solid #f0f0f0' };

function DayList({ days, empty }: { days: NamedDay[]; empty: string }) {
  if (!days.length) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ul style={listStyle}>
      {days.map((d) => (
        <li key={d.date} style={itemStyle}>
          <span>{formatDateWithWeekday(d.date)}</span>
          <span>{d.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** 期限计算器: start date + N working days → due date, with the server's explanation. */
export default function DeadlineCalculator() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [loading, setLoading] = useState(false);

  const onFinish = async (v: Values) => {
    setLoading(true);
    try {
      setResult(await api.calendar.deadline(v.start.format('YYYY-MM-DD'), v.workdays));
    } catch (err) {
      setResult(null);
      reportFormError(form, err, ['start', 'workdays'], (t) => message.error(t));
    } finally {
      setLoading(false);
    }
  };

  const e = result?.explanation;
  return (
    <Card title="期限计算器" data-testid="deadline-calculator">
      <Form form={form} name="deadline" layout="vertical" initialValues={{ start: dayjs(shanghaiToday()), workdays: 20 }} onFinish={onFinish}>
        <Form.Item label="起算日期" name="start" extra="收到之日，当日不计入" rules={[{ required: true, message: '请选择起算日期' }]}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item label="工作日数" name="workdays" rules={[{ required: true, message: '请输入工作日数' }]}>
          <InputNumber min={0} max={400} precision={0} style={{ width: '100%' }} suffix="个工作日" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<CalculatorOutlined aria-hidden />} loading={loading} block>
            计算
          </Button>
        </Form.Item>
      </Form>
      {result && e ? (
        <div data-testid="deadline-result">
          <Descriptions
            column={1}
            size="small"
            items={[{ key: 'due', label: '截止日期', children: <Typography.Text strong data-testid="deadline-due">{formatDateWithWeekday(result.due)}</Typography.Text> }]}
          />
          <Typography.Paragraph data-testid="deadline-summary">{e.summary}</Typography.Paragraph>
          <Collapse
            size="small"
            items={[
              { key: 'holidays', label: `途经节假日（${e.holidays.length}天）`, children: <DayList days={e.holidays} empty="期间没有节假日" /> },
              { key: 'adjusted', label: `调休上班日（${e.adjustedWorkdays.length}天）`, children: <DayList days={e.adjustedWorkdays} empty="期间没有调休上班日" /> },
              {
                key: 'counted',
                label: `计入的工作日（${e.countedDays.length}天）`,
                children: e.countedDays.length ? (
                  <ul style={listStyle}>
                    {e.countedDays.map((d) => (
                      <li key={d.date} style={itemStyle}>
                        <span>第{d.ordinal}个工作日</span>
                        <span>{formatDateWithWeekday(d.date)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Typography.Text type="secondary">无</Typography.Text>
                ),
              },
            ]}
          />
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="输入起算日期和工作日数后点击「计算」" />
      )}
    </Card>
  );
}

import { DeleteOutlined, EditOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Input, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client';
import type { CalendarDay, CalendarDayKind, CalendarYear } from '../../api/types';
import { formatDateTime, formatDateWithWeekday } from '../../common/format';
import { DAY_KIND_LABELS, toOptions } from '../../common/labels';

interface Row {
  key: number;
  date: string | null;
  kind: CalendarDayKind;
  name: string;
}

type RowErrors = Map<number, string[]>;

let nextKey = 1;
const toRow = (d: CalendarDay): Row => ({ key: nextKey++, date: d.date, kind: d.kind, name: d.name });

/** Client-side checks mirroring the server's (which stays authoritative). */
function validateRows(year: number, rows: Row[]): RowErrors {
  const errors: RowErrors = new Map();
  const add = (i: number, m: string) => errors.set(i, [...(errors.get(i) ?? []), m]);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!r.date) add(i, '请选择日期');
    else {
      const d = dayjs(r.date);
      if (d.year() !== year) add(i, `${r.date} 不属于 ${year} 年`);
      if (r.kind === 'adjusted-workday' && d.day() !== 0 && d.day() !== 6) add(i, `${r.date} 不是周末，不能设为调休上班日`);
      if (seen.has(r.date)) add(i, `${r.date} 重复`);
      seen.add(r.date);
    }
    if (!r.name.trim()) add(i, '请填写节日名称');
    else if (r.name.trim().length > 20) add(i, '节日名称最多20个字');
  });
  return errors;
}

/** Maps the server's `body.days.3.date` problems to rows. */
function serverRowErrors(err: unknown): RowErrors | null {
  if (!(err instanceof ApiError) || !err.problem.errors?.length) return null;
  const errors: RowErrors = new Map();
  for (const e of err.problem.errors) {
    const m = /^body\.days\.(\d+)/.exec(e.path);
    if (!m) continue;
    const i = Number(m[1]);
    errors.set(i, [...(errors.get(i) ?? []), e.message]);
  }
  return errors.size ? errors : null;
}

interface Props {
  year: number;
  canEdit: boolean;
  /** True when the year has no data yet: open straight into editing. */
  isNew: boolean;
  onSaved(year: CalendarYear): void;
}

/** One year's 放假/调休 days: view, and for admins edit and save the whole year. */
export default function YearEditor({ year, canEdit, isNew, onSaved }: Props) {
  const { message } = App.useApp();
  const [detail, setDetail] = useState<CalendarYear | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [source, setSource] = useState('');
  const [rowErrors, setRowErrors] = useState<RowErrors>(new Map());
  const [saving, setSaving] = useState(false);

  const startEditing = useCallback((d: CalendarYear | null) => {
    setRows((d?.days ?? []).map(toRow));
    setSource(d?.source ?? '');
    setRowErrors(new Map());
    setEditing(true);
  }, []);

  useEffect(() => {
    let cancelled = false;
    setEditing(false);
    setDetail(null);
    setLoadError(null);
    if (isNew) {
      startEditing(null);
      return;
    }
    setLoading(true);
    api.calendar
      .year(year)
      .then((d) => !cancelled && setDetail(d))
      .catch((err: unknown) => !cancelled && setLoadError(errorMessage(err)))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [year, isNew, startEditing]);

  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    const errors = validateRows(year, rows);
    setRowErrors(errors);
    if (errors.size) {
      message.error('请先修正标出的问题');
      return;
    }
    setSaving(true);
    try {
      const days = rows.map((r) => ({ date: r.date as string, kind: r.kind, name: r.name.trim() }));
      const saved = await api.calendar.putYear(year, days, source.trim() || undefined);
      setDetail(saved);
      setEditing(false);
      message.success(`已保存${year}年节假日安排`);
      onSaved(saved);
    } catch (err) {
      const se = serverRowErrors(err);
      if (se) setRowErrors(se);
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    setEditing(false);
    setRowErrors(new Map());
  };

  const holidays = (detail?.days ?? []).filter((d) => d.kind === 'holiday').length;
  const adjusted = (detail?.days ?? []).length - holidays;

  const viewColumns: TableProps<CalendarDay>['columns'] = [
    { title: '日期', dataIndex: 'date', key: 'date', render: (v: string) => formatDateWithWeekday(v) },
    { title: '类型', dataIndex: 'kind', key: 'kind', render: (k: CalendarDayKind) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{DAY_KIND_LABELS[k]}</Tag> },
    { title: '名称', dataIndex: 'name', key: 'name' },
  ];

  const editColumns: TableProps<Row>['columns'] = [
    {
      title: '日期',
      key: 'date',
      width: 190,
      render: (_: unknown, r, i) => (
        <DatePicker
          aria-label={`第${i + 1}行日期`}
          value={r.date ? dayjs(r.date) : null}
          onChange={(d) => update(r.key, { date: d ? d.format('YYYY-MM-DD') : null })}
          minDate={dayjs(`${year}-01-01`)}
          maxDate={dayjs(`${year}-12-31`)}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          status={rowErrors.has(i) ? 'error' : undefined}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: '类型',
      key: 'kind',
      width: 140,
      render: (_: unknown, r, i) => (
        <Select aria-label={`第${i + 1}行类型`} value={r.kind} options={toOptions(DAY_KIND_LABELS)} onChange={(kind) => update(r.key, { kind })} style={{ width: '100%' }} />
      ),
    },
    {
      title: '名称',
      key: 'name',
      render: (_: unknown, r, i) => (
        <Input aria-label={`第${i + 1}行名称`} value={r.name} maxLength={20} placeholder="如：春节" onChange={(e) => update(r.key, { name: e.target.value })} status={rowErrors.has(i) ? 'error' : undefined} />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, r, i) => (
        <Button type="link" danger size="small" icon={<DeleteOutlined aria-hidden />} aria-label={`删除第${i + 1}行`} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
          删除
        </Button>
      ),
    },
  ];

  const title = `${year}年节假日安排`;

  if (editing) {
    return (
      <Card
        title={`${title}（编辑中）`}
        data-testid="calendar-year-editor"
        extra={
          <Space>
            <Button onClick={cancel} disabled={saving}>
              取消
            </Button>
            <Button type="primary" icon={<SaveOutlined aria-hidden />} onClick={save} loading={saving}>
              保存全年安排
            </Button>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            保存时以本表替换{year}年的全部放假和调休上班日；节假日安排会影响所有按工作日计算的期限。
          </Typography.Paragraph>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ whiteSpace: 'nowrap' }}>数据来源</span>
            <Input value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} placeholder={`如：国务院办公厅关于${year}年部分节假日安排的通知（不填则记为“管理员录入”）`} />
          </label>
          {rowErrors.size > 0 && (
            <Alert
              type="error"
              showIcon
              title="以下行有问题"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {[...rowErrors].map(([i, ms]) => (
                    <li key={i}>
                      第{i + 1}行：{ms.join('；')}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Table<Row> rowKey="key" size="small" columns={editColumns} dataSource={rows} pagination={false} locale={{ emptyText: '暂无记录，请点击「添加一行」' }} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setRows((rs) => [...rs, { key: nextKey++, date: null, kind: 'holiday', name: rs.length ? rs[rs.length - 1]!.name : '' }])}
          >
            添加一行
          </Button>
        </Space>
      </Card>
    );
  }

  return (
    <Card
      title={title}
      data-testid="calendar-year-detail"
      extra={
        canEdit &&
        detail && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => startEditing(detail)}>
            编辑
          </Button>
        )
      }
    >
      <Spin spinning={loading}>
        {loadError && <Alert type="error" showIcon title={loadError} style={{ marginBottom: 16 }} />}
        {detail ? (
          <>
            <Typography.Paragraph type="secondary">
              数据来源：{detail.source}
              {detail.updatedAt ? `；更新于 ${formatDateTime(detail.updatedAt)}` : ''}；放假{holidays}天，调休上班{adjusted}天
            </Typography.Paragraph>
            <Table<CalendarDay> rowKey="date" size="small" columns={viewColumns} dataSource={detail.days} pagination={false} locale={{ emptyText: '该年没有放假或调休安排' }} />
          </>
        ) : (
          !loading && !loadError && <Empty description="暂无数据" />
        )}
      </Spin>
    </Card>
  );
}

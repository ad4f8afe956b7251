import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { chineseDate, formatRate, lateness, STATE_AS_OF_LABELS } from './labels';
import RateChart from './RateChart';
import type { BulletinFigures, CooperatingFigures, OverdueTask, RankEntry, UnitFigures } from './types';

const num = (n: number, danger = false) => (n && danger ? <span style={{ color: '#c41d1d', fontWeight: 600 }}>{n}</span> : n);

const unitColumns: TableProps<UnitFigures>['columns'] = [
  { title: '序号', key: 'no', width: 60, render: (_: unknown, _u, i) => i + 1 },
  {
    title: '单位',
    key: 'name',
    render: (_: unknown, u) => (
      <Space size={4} wrap>
        <span>{u.name}</span>
        {u.orgId === null && <Tag>未对应机构</Tag>}
      </Space>
    ),
  },
  { title: '任务数', dataIndex: 'tasks', key: 'tasks', width: 72, align: 'right' },
  { title: '已销号', dataIndex: 'closed', key: 'closed', width: 72, align: 'right' },
  { title: '其中按期', dataIndex: 'closedOnTime', key: 'closedOnTime', width: 80, align: 'right' },
  { title: '推进中', dataIndex: 'inProgress', key: 'inProgress', width: 72, align: 'right' },
  { title: '未启动', dataIndex: 'notStarted', key: 'notStarted', width: 72, align: 'right' },
  { title: '逾期', dataIndex: 'overdue', key: 'overdue', width: 60, align: 'right', render: (n: number) => num(n, true) },
  { title: '完成率', dataIndex: 'completionRate', key: 'completionRate', width: 80, align: 'right', render: formatRate },
  { title: '按期完成率', dataIndex: 'onTimeRate', key: 'onTimeRate', width: 96, align: 'right', render: formatRate },
  { title: '排名', dataIndex: 'rank', key: 'rank', width: 60, align: 'right', render: (r: number | null) => r ?? '—' },
];

const overdueColumns = (several: boolean): TableProps<OverdueTask>['columns'] => [
  { title: '序号', key: 'no', width: 60, render: (_: unknown, _o, i) => i + 1 },
  {
    title: '任务',
    key: 'task',
    render: (_: unknown, o) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/plans/tasks/${o.taskId}`}>
          {o.pathLabel} {o.title}
        </Link>
        {several && <Typography.Text type="secondary">{o.planTitle}</Typography.Text>}
      </Space>
    ),
  },
  { title: '牵头单位', key: 'lead', width: 150, render: (_: unknown, o) => o.lead.join('、') || '—' },
  { title: '责任单位', key: 'responsible', width: 150, render: (_: unknown, o) => o.responsible.join('、') || '—' },
  {
    title: '完成时限',
    key: 'due',
    width: 150,
    render: (_: unknown, o) => (
      <Space orientation="vertical" size={0}>
        <span>{chineseDate(o.dueOn)}</span>
        {o.deadlineRaw && o.deadlineRaw !== `${chineseDate(o.dueOn)}前` && <Typography.Text type="secondary">{o.deadlineRaw}</Typography.Text>}
      </Space>
    ),
  },
  {
    title: '逾期情况',
    key: 'late',
    width: 200,
    render: (_: unknown, o) => (
      <Space orientation="vertical" size={0}>
        <span style={o.kind === 'open' ? { color: '#c41d1d' } : undefined}>{lateness(o)}</span>
        {o.kind === 'open' && (
          <Typography.Text type="secondary">
            {STATE_AS_OF_LABELS[o.state]}，进度{o.percent}%
          </Typography.Text>
        )}
      </Space>
    ),
  },
];

const rankColumns: TableProps<RankEntry>['columns'] = [
  { title: '名次', dataIndex: 'rank', key: 'rank', width: 60 },
  { title: '单位', dataIndex: 'name', key: 'name' },
  { title: '任务数', dataIndex: 'tasks', key: 'tasks', width: 72, align: 'right' },
  { title: '已销号', dataIndex: 'closed', key: 'closed', width: 72, align: 'right' },
  { title: '按期完成', dataIndex: 'closedOnTime', key: 'closedOnTime', width: 80, align: 'right' },
  { title: '完成率', dataIndex: 'completionRate', key: 'completionRate', width: 80, align: 'right', render: formatRate },
];

const coopColumns: TableProps<CooperatingFigures>['columns'] = [
  { title: '序号', key: 'no', width: 60, render: (_: unknown, _c, i) => i + 1 },
  { title: '单位', key: 'name', render: (_: unknown, c) => (c.orgId === null ? `${c.name}（未对应机构）` : c.name) },
  { title: '配合任务数', dataIndex: 'tasks', key: 'tasks', width: 100, align: 'right' },
  { title: '其中已销号', dataIndex: 'closed', key: 'closed', width: 100, align: 'right' },
];

const Heading = ({ children }: { children: string }) => (
  <Typography.Title level={3} style={{ fontSize: 16, margin: '8px 0' }}>
    {children}
  </Typography.Title>
);

/** The frozen figures of a bulletin: totals, the chart, 表1 by unit, 表2 cooperating, the overdue list, the ranking. */
export default function FiguresView({ f }: { f: BulletinFigures }) {
  const t = f.totals;
  const several = f.plans.length > 1;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="bulletin-figures">
      <section aria-label="总体情况">
        <Heading>一、总体情况</Heading>
        <Typography.Paragraph type="secondary">
          数据截至{chineseDate(f.asOf)}，涉及方案：{f.plans.map((p) => `《${p.title}》${p.docNumber ? `（${p.docNumber}）` : ''}`).join('、')}。
        </Typography.Paragraph>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, lg: 4 }}
          data-testid="bulletin-totals"
          items={[
            { key: 'tasks', label: '任务数', children: t.tasks },
            { key: 'units', label: '涉及单位', children: t.units },
            { key: 'closed', label: '已销号', children: `${t.closed}（按期${t.closedOnTime}，逾期完成${t.closedLate}）` },
            { key: 'inProgress', label: '推进中', children: t.inProgress },
            { key: 'notStarted', label: '未启动', children: t.notStarted },
            { key: 'overdue', label: '逾期', children: num(t.overdue, true) },
            { key: 'completionRate', label: '完成率', children: <span data-testid="total-completion">{formatRate(t.completionRate)}</span> },
            { key: 'onTimeRate', label: '按期完成率', children: formatRate(t.onTimeRate) },
          ]}
        />
      </section>
      <section aria-label="各单位完成情况">
        <Heading>二、各单位完成情况</Heading>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <RateChart units={f.units} />
          <Table<UnitFigures>
            rowKey={(u) => u.code ?? `text:${u.name}`}
            size="small"
            bordered
            title={() => '表1 各单位任务完成情况（牵头和责任单位）'}
            columns={unitColumns}
            dataSource={f.units}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: '没有单位' }}
            data-testid="units-table"
            onRow={(u) => ({ 'data-unit': u.name } as HTMLAttributes<HTMLElement>)}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>合计（按任务计）</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{t.tasks}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{t.closed}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{t.closedOnTime}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">{t.inProgress}</Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">{t.notStarted}</Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">{t.overdue}</Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">{formatRate(t.completionRate)}</Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right">{formatRate(t.onTimeRate)}</Table.Summary.Cell>
                <Table.Summary.Cell index={10} />
              </Table.Summary.Row>
            )}
          />
          {f.cooperating.length > 0 && (
            <Table<CooperatingFigures>
              rowKey={(c) => c.code ?? `text:${c.name}`}
              size="small"
              bordered
              title={() => '表2 配合任务情况（不计入完成率和排名）'}
              columns={coopColumns}
              dataSource={f.cooperating}
              pagination={false}
              data-testid="cooperating-table"
            />
          )}
        </Space>
      </section>
      <section aria-label="逾期任务清单">
        <Heading>三、逾期任务清单</Heading>
        <Table<OverdueTask>
          rowKey="taskId"
          size="small"
          bordered
          columns={overdueColumns(several)}
          dataSource={f.overdue}
          pagination={false}
          scroll={f.overdue.length ? { x: 900 } : undefined}
          locale={{ emptyText: '没有逾期任务' }}
          data-testid="overdue-table"
        />
      </section>
      <section aria-label="排名情况">
        <Heading>四、排名情况</Heading>
        <Typography.Paragraph type="secondary">按完成率排名，完成率相同的按按期完成数排名，两者都相同的名次并列；未对应机构的单位不参加排名。</Typography.Paragraph>
        <Table<RankEntry>
          rowKey="orgId"
          size="small"
          bordered
          columns={rankColumns}
          dataSource={f.ranking}
          pagination={false}
          locale={{ emptyText: '没有参加排名的单位' }}
          data-testid="ranking-table"
        />
      </section>
    </Space>
  );
}

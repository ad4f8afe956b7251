import { Button, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { assessmentApi } from './api';
import { isManual, points } from './labels';
import ScoreCell from './ScoreCell';
import type { AssessmentView, UnitView } from './types';
import UnitDrawer from './UnitDrawer';

interface Props {
  view: AssessmentView;
  /** Manual scores may be entered (the office, while a draft). */
  editable: boolean;
  onSaved(v: AssessmentView): void;
}

/**
 * 得分与排名: the assessed units × the indicators, each unit's total, cells still without a score, and its rank; manual
 * scores are entered in their cell; a unit's name opens its breakdown.
 */
export default function ScoreMatrix({ view, editable, onSaved }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const unit = open ? view.units.find((u) => u.org.code === open) : undefined;

  const columns: TableProps<UnitView>['columns'] = [
    { title: '排名', dataIndex: 'rank', key: 'rank', width: 70, fixed: 'left', sorter: (a, b) => a.rank - b.rank, render: (r: number) => <span data-testid="unit-rank">{r}</span> },
    {
      title: '单位',
      key: 'unit',
      width: 200,
      fixed: 'left',
      render: (_: unknown, u) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(u.org.code)} aria-label={`${u.org.name}：查看得分明细`}>
          {u.org.name}
        </Button>
      ),
    },
    ...view.indicators.map((ind) => ({
      title: (
        <Space orientation="vertical" size={0}>
          <span>
            {ind.name}（{points(ind.weight)}分）
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {isManual(ind.rule) ? '人工评分' : '平台计算'}
          </Typography.Text>
        </Space>
      ),
      key: `ind-${ind.id}`,
      width: isManual(ind.rule) ? 150 : 120,
      align: 'right' as const,
      render: (_: unknown, u: UnitView) => {
        const cell = u.scores.find((s) => s.indicatorId === ind.id);
        if (!cell) return '—';
        const key = `${u.org.code}:${ind.id}`;
        return (
          <ScoreCell
            unit={u.org}
            indicator={ind}
            cell={cell}
            editing={editing === key}
            editable={editable}
            onEdit={() => setEditing(key)}
            onDone={() => setEditing(null)}
            save={async (score, note) => {
              const next = await assessmentApi.score(view.org.code, view.year, view.version, { indicatorId: ind.id, unitCode: u.org.code, score, note });
              onSaved(next);
              return next;
            }}
          />
        );
      },
    })),
    {
      title: `总分（满分${points(view.totalWeight)}）`,
      key: 'total',
      width: 120,
      align: 'right',
      fixed: 'right',
      sorter: (a, b) => a.total - b.total,
      render: (_: unknown, u) => (
        <strong data-testid="unit-total">{points(u.total)}</strong>
      ),
    },
    {
      title: '未评分',
      key: 'missing',
      width: 80,
      align: 'right',
      render: (_: unknown, u) => (u.missing ? <Typography.Text type="danger">{u.missing}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>),
    },
  ];

  return (
    <>
      <Table<UnitView>
        rowKey={(u) => u.org.code}
        size="small"
        bordered
        columns={columns}
        dataSource={view.units}
        pagination={false}
        scroll={{ x: 480 + view.indicators.reduce((n, i) => n + (isManual(i.rule) ? 150 : 120), 0) }}
        locale={{ emptyText: '没有被考核单位' }}
        data-testid="score-matrix"
        onRow={(u) => ({ 'data-unit': u.org.code }) as HTMLAttributes<HTMLElement>}
      />
      {unit && <UnitDrawer view={view} unit={unit} onClose={() => setOpen(null)} />}
    </>
  );
}

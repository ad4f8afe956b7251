import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { formatDateTime } from '../../common/format';
import { basisOf, isManual, points } from './labels';
import type { AssessmentView, IndicatorView, ScoreView, UnitView } from './types';

interface Line {
  indicator: IndicatorView;
  cell: ScoreView;
}

const columns: TableProps<Line>['columns'] = [
  { title: '指标', key: 'name', render: (_: unknown, l) => l.indicator.name },
  { title: '评分规则', key: 'rule', width: 200, render: (_: unknown, l) => <Tag color={isManual(l.indicator.rule) ? 'purple' : 'blue'}>{l.indicator.ruleLabel}</Tag> },
  { title: '分值', key: 'weight', width: 70, align: 'right', render: (_: unknown, l) => points(l.indicator.weight) },
  {
    title: '得分',
    key: 'score',
    width: 70,
    align: 'right',
    render: (_: unknown, l) => (l.cell.score === null ? <Typography.Text type="danger">—</Typography.Text> : points(l.cell.score)),
  },
  { title: '依据或评分说明', key: 'basis', render: (_: unknown, l) => basisOf(l.indicator, l.cell) || '—' },
  { title: '评分时间', key: 'at', width: 170, render: (_: unknown, l) => (l.cell.scoredAt ? formatDateTime(l.cell.scoredAt) : '—') },
];

/** 得分明细 of one unit: each indicator's score with what it was computed from, or the note of a manual score. */
export default function UnitDrawer({ view, unit, onClose }: { view: AssessmentView; unit: UnitView; onClose(): void }) {
  const lines: Line[] = view.indicators.map((indicator) => ({ indicator, cell: unit.scores.find((s) => s.indicatorId === indicator.id)! })).filter((l) => l.cell);
  return (
    <Drawer open title={`${unit.org.name} · ${view.year}年度考核得分明细`} size={900} onClose={onClose} destroyOnHidden data-testid="unit-drawer">
      <Descriptions
        size="small"
        bordered
        column={3}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'total', label: '总分', children: <span data-testid="unit-total">{points(unit.total)}</span> },
          { key: 'of', label: '满分', children: points(view.totalWeight) },
          { key: 'rank', label: '排名', children: `第${unit.rank}名` },
        ]}
      />
      {unit.missing > 0 && (
        <Typography.Paragraph type="danger">尚有{unit.missing}项未评分或未计算（按0分计入总分）。</Typography.Paragraph>
      )}
      <Table<Line> rowKey={(l) => l.indicator.id} size="small" columns={columns} dataSource={lines} pagination={false} scroll={{ x: 800 }} data-testid="unit-breakdown" />
    </Drawer>
  );
}

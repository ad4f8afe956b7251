import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { formatRate } from './labels';
import type { UnitFigures } from './types';

// The chart of the bulletin (the portal and the DOCX draw it with ECharts; the staff API gives the figures only):
// horizontal bars of each unit's 完成率 and 按期完成率, drawn as a table so the figures are read out with their unit.
const COLORS = { completion: '#0958d9', onTime: '#237804' } as const;
const track: CSSProperties = { display: 'inline-block', width: '100%', maxWidth: 280, height: 10, borderRadius: 5, background: '#e8e8e8', overflow: 'hidden', verticalAlign: 'middle' };
const cell: CSSProperties = { padding: '4px 8px', borderBottom: '1px solid #f0f0f0' };

function Bar({ value, color }: { value: number | null; color: string }) {
  const p = Math.max(0, Math.min(100, value ?? 0));
  return (
    <Flex align="center" gap={8}>
      <span style={track} aria-hidden>
        <span style={{ display: 'block', width: `${p}%`, height: '100%', background: color }} />
      </span>
      <span style={{ minWidth: 48, textAlign: 'right' }}>{formatRate(value)}</span>
    </Flex>
  );
}

const Swatch = ({ color, label }: { color: string; label: string }) => (
  <Flex align="center" gap={6}>
    <span aria-hidden style={{ display: 'inline-block', width: 14, height: 10, background: color, borderRadius: 2 }} />
    <span>{label}</span>
  </Flex>
);

/** 各单位任务完成率: the units that are organisations (units kept as text are not ranked), in the table's order. */
export default function RateChart({ units }: { units: readonly UnitFigures[] }) {
  const rows = units.filter((u) => u.orgId !== null && u.tasks > 0);
  if (rows.length === 0) return <Typography.Text type="secondary">没有可绘制的单位。</Typography.Text>;
  return (
    <figure style={{ margin: 0 }} aria-labelledby="rate-chart-caption" data-testid="rate-chart">
      <Flex gap={16} wrap="wrap" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong id="rate-chart-caption">
          图1 各单位任务完成率
        </Typography.Text>
        <Swatch color={COLORS.completion} label="完成率" />
        <Swatch color={COLORS.onTime} label="按期完成率" />
      </Flex>
      <div role="region" aria-label="各单位任务完成率图" tabIndex={0} style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left', width: 220 }}>单位</th>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>完成率</th>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>按期完成率</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.code ?? u.name} data-testid="chart-row" data-unit={u.name}>
                <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400 }}>{u.name}</th>
                <td style={cell}><Bar value={u.completionRate} color={COLORS.completion} /></td>
                <td style={cell}><Bar value={u.onTimeRate} color={COLORS.onTime} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

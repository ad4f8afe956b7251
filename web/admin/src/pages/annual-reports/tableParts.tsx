import { Button } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { formatNumber } from './labels';
import type { CheckProblem } from './types';

// The statutory tables drawn as plain HTML tables (th with scope), bordered like the printed format.
export const tableStyle: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 13, lineHeight: 1.5, background: '#fff' };
export const captionStyle: CSSProperties = { captionSide: 'top', textAlign: 'left', fontWeight: 600, fontSize: 15, padding: '8px 0' };
const border = '1px solid #8c8c8c';
export const thStyle: CSSProperties = { border, padding: '4px 6px', fontWeight: 500, background: '#fafafa', textAlign: 'center' };
export const rowThStyle: CSSProperties = { ...thStyle, textAlign: 'left' };
const tdStyle: CSSProperties = { border, padding: '2px 6px', textAlign: 'center', minWidth: 44 };
const failedStyle: CSSProperties = { ...tdStyle, background: '#fff1f0', color: '#a8071a', fontWeight: 700, outline: '2px solid #c41d1d', outlineOffset: -2 };
const srOnly: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };

/**
 * Keys of the figures named by failed checks: `${row}:${column}` (table 三), `${group}:${cell}` (四, from
 * `reviewLitigation.review.total`) and `${item}:${field}` (二, from `proactive.normativeDocuments.inForce`).
 */
export function failedCells(problems: readonly CheckProblem[]): Set<string> {
  const out = new Set<string>();
  for (const p of problems) {
    if (p.row && p.column) out.add(`${p.row}:${p.column}`);
    const m = /^(?:reviewLitigation|proactive)\.(\w+)\.(\w+)$/.exec(p.path);
    if (m) out.add(`${m[1]}:${m[2]}`);
  }
  return out;
}

interface FigureProps {
  value: number;
  /** What the figure is, spelled out (row and column), for the button's accessible name. */
  label: string;
  failed: boolean;
  colSpan?: number;
  testId?: string;
  /** Drill-down: opens the list of what the figure counts (only for figures above 0). */
  onOpen?: () => void;
}

/** One figure: a button to the drill-down when it counts something, marked when a check names it. */
export function Figure({ value, label, failed, colSpan, testId, onOpen }: FigureProps) {
  const text = formatNumber(value);
  let content: ReactNode = text;
  if (onOpen && value > 0) {
    content = (
      <Button type="link" size="small" onClick={onOpen} aria-label={`${label}：${text}，查看明细`} style={{ padding: 0, height: 'auto', fontWeight: failed ? 700 : undefined }}>
        {text}
      </Button>
    );
  }
  return (
    <td style={failed ? failedStyle : tdStyle} colSpan={colSpan} data-testid={testId} data-failed={failed || undefined} title={failed ? '未通过校验' : undefined}>
      {content}
      {failed && <span style={srOnly}>（未通过校验）</span>}
    </td>
  );
}

/** A wide table scrolls sideways in its own focusable region (keyboard users can scroll it too). */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', marginBottom: 24 }}>
      {children}
    </div>
  );
}

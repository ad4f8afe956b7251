/**
 * 完成进度 as a bar with its figure (a plain element: antd's Progress would add its code to the console's shared
 * vendor chunk for this one use).
 */
export default function PercentBar({ percent, done = false, width = 160 }: { percent: number; done?: boolean; width?: number }) {
  const p = Math.max(0, Math.min(100, percent));
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span
        role="progressbar"
        aria-label="完成进度"
        aria-valuenow={p}
        aria-valuemin={0}
        aria-valuemax={100}
        style={{ display: 'inline-block', width, height: 8, borderRadius: 4, background: '#e8e8e8', overflow: 'hidden' }}
      >
        <span style={{ display: 'block', width: `${p}%`, height: '100%', background: done ? '#389e0d' : '#1456c8' }} />
      </span>
      <span>{p}%</span>
    </span>
  );
}

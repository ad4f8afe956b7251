import { Empty } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';

const squash = (s: string) => s.replace(/\s+/g, '');

/** The first line containing one of the needles (whitespace ignored, longest needle first), or -1. */
function findLine(lines: readonly string[], needles: readonly string[]): number {
  const flat = lines.map(squash);
  for (const n of needles.map(squash).filter((x) => x.length >= 2)) {
    for (const probe of [n, n.slice(0, 12)]) {
      const i = flat.findIndex((l) => l.includes(probe));
      if (i >= 0) return i;
    }
  }
  return -1;
}

/**
 * The plan's text as imported, line by line; `locate` (changed by a task's 原文 button) scrolls to the first line
 * that contains the task's heading or text and marks it.
 */
export default function SourcePane({ text, locate }: { text: string; locate: { needles: string[]; seq: number } | null }) {
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const box = useRef<HTMLDivElement>(null);
  const [marked, setMarked] = useState(-1);

  useEffect(() => {
    if (!locate) return;
    const i = findLine(lines, locate.needles);
    setMarked(i);
    const el = box.current?.querySelector<HTMLElement>(`[data-line="${i}"]`);
    if (el && box.current) box.current.scrollTop = Math.max(0, el.offsetTop - 48);
  }, [locate, lines]);

  if (!text.trim()) return <Empty description="没有保存方案原文" />;
  return (
    <div
      ref={box}
      role="region"
      aria-label="方案原文"
      tabIndex={0}
      data-testid="source-text"
      style={{ maxHeight: '72vh', overflow: 'auto', position: 'relative', fontSize: 13, lineHeight: 1.8, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
    >
      {lines.map((line, i) => (
        <div key={i} data-line={i} style={i === marked ? { background: '#fff1b8', outline: '1px solid #d48806' } : undefined}>
          {line || '\u00a0'}
        </div>
      ))}
    </div>
  );
}

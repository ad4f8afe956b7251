import { Button, Space, Tag, Typography } from 'antd';
import type { Finding } from '../../api/types';
import { SeverityTag } from './StatusTag';

const CHECK_LABELS: Record<Finding['check'], string> = {
  pii: '个人信息',
  'sensitive-word': '敏感词',
  'broken-link': '无效链接',
  'empty-attachment': '空附件',
  required: '必填项',
  'unreadable-attachment': '无法读取的附件',
};

interface Group {
  key: string;
  label: string;
  findings: Finding[];
}

function placeOf(f: Finding): { key: string; label: string } {
  const p = f.place;
  if (p.kind === 'title') return { key: 'title', label: '标题' };
  if (p.kind === 'body') return { key: 'body', label: '正文' };
  if (p.kind === 'attachment') return { key: `attachment-${p.attachmentId ?? p.name}`, label: `附件“${p.name ?? ''}”` };
  return { key: 'field', label: '必填项' };
}

/** Groups findings by place, in the order 必填项, 标题, 正文, 附件 (as they appear in the form). */
export function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const { key, label } = placeOf(f);
    if (!groups.has(key)) groups.set(key, { key, label, findings: [] });
    groups.get(key)!.findings.push(f);
  }
  const rank = (k: string) => (k === 'field' ? 0 : k === 'title' ? 1 : k === 'body' ? 2 : 3);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

/** The context with the found value marked (<mark>), so the editor sees exactly what was found where. */
function Context({ context, value }: { context: string; value?: string }) {
  const at = value ? context.indexOf(value) : -1;
  if (!value || at < 0) return <>{context}</>;
  return (
    <>
      {context.slice(0, at)}
      <mark className="gk-finding-value">{value}</mark>
      {context.slice(at + value.length)}
    </>
  );
}

interface Props {
  findings: Finding[];
  /** 去填写: moves to the named form field (for 必填项). */
  onLocateField?(field: string): void;
}

/** 检查结果, grouped by where each problem is, with line/column, context and severity. */
export default function FindingsList({ findings, onLocateField }: Props) {
  const groups = groupFindings(findings);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="findings">
      {groups.map((g) => (
        <section key={g.key} aria-label={g.label} data-testid={`findings-${g.key}`}>
          <Typography.Title level={2} style={{ fontSize: 15, margin: '0 0 4px' }}>
            {g.label}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13, marginInlineStart: 8 }}>
              {g.findings.length} 处
            </Typography.Text>
          </Typography.Title>
          <ul className="gk-findings">
            {g.findings.map((f, i) => (
              <li key={i}>
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space size={4} wrap>
                    <SeverityTag severity={f.severity} />
                    <Tag>{CHECK_LABELS[f.check]}</Tag>
                    {f.place.line !== undefined && (
                      <Typography.Text type="secondary">
                        第{f.place.line}行第{f.place.column ?? 1}列
                      </Typography.Text>
                    )}
                    {f.place.kind === 'field' && f.place.field && onLocateField && (
                      <Button type="link" size="small" onClick={() => onLocateField(f.place.field!)}>
                        去填写
                      </Button>
                    )}
                  </Space>
                  <span>{f.message}</span>
                  {f.context && (
                    <Typography.Text type="secondary" className="gk-finding-context">
                      <Context context={f.context} value={f.value} />
                    </Typography.Text>
                  )}
                  {!f.context && f.value && <Typography.Text code>{f.value}</Typography.Text>}
                </Space>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Space>
  );
}

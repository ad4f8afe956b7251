import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A refused save: the server's reason; a version conflict offers 重新加载 (enabled even in a disabled form). */
export function SaveError({ error, onReload, title = '未能保存', testId = 'save-error', style = { marginBottom: 16 } }: { error: { text: string; conflict: boolean } | null; onReload(): void; title?: string; testId?: string; style?: CSSProperties }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={error.text}
      style={style}
      data-testid={testId}
      action={error.conflict ? <Button size="small" onClick={onReload} disabled={false}>重新加载</Button> : undefined}
    />
  );
}

interface SaveBarProps {
  /** Whether the user may save: the button shows only then. */
  canSave: boolean;
  saving: boolean;
  label?: string;
  /** Without it the button submits the form. */
  onSave?(): void;
  /** Beside the button (the version, a total). */
  note?: ReactNode;
  noteTestId?: string;
  /** Shown instead of the bar when the user may not save; without it the note stays alone. */
  readOnlyNote?: ReactNode;
  style?: CSSProperties;
}

/** The 保存 button at the foot of an edit form, with a note beside it. */
export function SaveBar({ canSave, saving, label = '保存', onSave, note, noteTestId, readOnlyNote, style }: SaveBarProps) {
  if (!canSave && readOnlyNote !== undefined) return <Typography.Text type="secondary">{readOnlyNote}</Typography.Text>;
  return (
    <Flex gap={12} align="center" wrap="wrap" style={style}>
      {canSave && (
        <Button type="primary" htmlType={onSave ? 'button' : 'submit'} icon={<SaveOutlined aria-hidden />} loading={saving} onClick={onSave}>
          {label}
        </Button>
      )}
      {note !== undefined && (
        <Typography.Text type="secondary" data-testid={noteTestId}>
          {note}
        </Typography.Text>
      )}
    </Flex>
  );
}

import { Typography } from 'antd';
import { useId, useState } from 'react';

export interface JsonFile {
  name: string;
  data: unknown;
}

/** Reads a chosen file in the browser as JSON; a file that is not JSON is reported here and not passed on. */
async function readJson(file: File): Promise<JsonFile> {
  const text = await file.text();
  try {
    return { name: file.name, data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    throw new Error(`“${file.name}”不是有效的 JSON 文件`);
  }
}

interface Props {
  label: string;
  hint?: string;
  /** The parsed file, or null when cleared or unreadable. */
  onChange(file: JsonFile | null): void;
  testId?: string;
  disabled?: boolean;
}

/**
 * A labelled file input for a report JSON (a plain input: the file is read here and sent as a JSON body, so antd's
 * Upload with its own request would add nothing).
 */
export default function JsonFileInput({ label, hint, onChange, testId, disabled }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <div style={{ marginBottom: 16 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 6 }}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        data-testid={testId}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setError(null);
          setName(null);
          if (!file) return onChange(null);
          readJson(file).then(
            (f) => (setName(f.name), onChange(f)),
            (err: Error) => (setError(err.message), onChange(null)),
          );
        }}
      />
      <div id={`${id}-hint`}>
        {error ? (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{name ? `已读取：${name}` : hint}</Typography.Text>
        )}
      </div>
    </div>
  );
}

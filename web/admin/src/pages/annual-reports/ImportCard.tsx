import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { reportsApi } from './api';
import JsonFileInput, { type JsonFile } from './JsonFileInput';
import ProblemList from './ProblemList';
import type { ImportResult } from './types';

/**
 * 导入历史年报: a report made before the platform or outside it (2021 format, or the 2019 trial format) kept as the
 * organisation's report of its year, for the year-over-year comparison, the 上年 checks and supervision. A report
 * that is not even shaped right is refused with every shape problem; an inconsistent one is kept and flagged.
 */
export default function ImportCard({ onImported }: { onImported(): void }) {
  const [file, setFile] = useState<JsonFile | null>(null);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<{ text: string; problems: { message: string }[] } | null>(null);

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await reportsApi.importHistory(file.data, source.trim());
      setResult(r);
      onImported();
    } catch (err) {
      setError({ text: errorMessage(err), problems: err instanceof ApiError ? (err.problem.errors ?? []) : [] });
    } finally {
      setBusy(false);
    }
  };

  const formatLabel = (f: ImportResult['format']) => (f === '2019' ? '2019年试行格式' : '2021年格式');
  return (
    <Card title="导入历史年报" data-testid="import-card">
      <JsonFileInput label="年报 JSON 文件" hint={'2021年格式或2019年试行格式（format 为 "2019"）；同一机构同一年度再次导入将替换原报告'} testId="import-file" onChange={(f) => (setFile(f), setResult(null))} />
      <Form layout="vertical" name="importHistory">
        <Form.Item label="来源" htmlFor="import-source" extra="例如：2024年报告（网站公开版）、曹县报送">
          <Input id="import-source" value={source} maxLength={200} onChange={(e) => setSource(e.target.value)} style={{ maxWidth: 480 }} />
        </Form.Item>
      </Form>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button type="primary" icon={<ImportOutlined aria-hidden />} disabled={!file} loading={busy} onClick={() => void submit()}>
          导入
        </Button>
        {error && (
          <>
            <Alert type="error" showIcon title="未能导入" description={error.text} data-testid="import-error" />
            {error.problems.length > 1 && <ProblemList ok={false} problems={error.problems} title="报告格式问题" testId="import-problems" />}
          </>
        )}
        {result && (
          <>
            <Alert
              type="success"
              showIcon
              data-testid="import-result"
              title={`已${result.replaced ? '替换' : '导入'}${result.org.name}${result.year}年度报告（${formatLabel(result.format)}）`}
            />
            <ProblemList ok={result.ok} problems={result.problems} title={result.ok ? undefined : `该报告有${result.problems.length}处未通过校验（已保存并在下辖机构年报中标出）`} />
          </>
        )}
      </Space>
    </Card>
  );
}

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { reportsApi } from './api';
import JsonFileInput, { type JsonFile } from './JsonFileInput';
import ProblemList from './ProblemList';
import type { CheckResult } from './types';

/** 校验年度报告: a report JSON (2021 format), optionally with last year's, through every check of the platform. */
export default function CheckCard() {
  const [report, setReport] = useState<JsonFile | null>(null);
  const [previous, setPrevious] = useState<JsonFile | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    if (!report) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await reportsApi.check(report.data, previous?.data));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="校验年度报告" data-testid="check-card">
      <JsonFileInput
        label="年度报告 JSON 文件"
        hint="2021年格式（平台导出的 JSON 或按 annual-report-json.md 编制的文件）"
        testId="check-report-file"
        onChange={(f) => (setReport(f), setResult(null))}
      />
      <JsonFileInput
        label="上年度报告 JSON 文件（可选）"
        hint="附上上年度报告时，还将核对上年结转、现行有效件数的衔接"
        testId="check-previous-file"
        onChange={(f) => (setPrevious(f), setResult(null))}
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} disabled={!report} loading={busy} onClick={() => void check()}>
          校验
        </Button>
        {error && <Alert type="error" showIcon title="未能校验" description={error} />}
        {result && <ProblemList ok={result.ok} problems={result.problems} />}
      </Space>
    </Card>
  );
}

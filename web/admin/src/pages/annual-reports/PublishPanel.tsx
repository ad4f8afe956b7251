import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../common/format';
import { showServerErrors, validValues } from '../../common/formErrors';
import { reportsApi } from './api';
import Downloads from './Downloads';
import ProblemList from './ProblemList';
import type { CheckProblem, ReportVersion, Workspace } from './types';

interface Values {
  note?: string;
  acceptPrevious?: string;
}

interface Props {
  ws: Workspace;
  editable: boolean;
  /** Unsaved changes on 报告内容: what is published is the saved report. */
  dirty: boolean;
  onPublished(ws: Workspace): void;
}

const problemsOf = (err: ApiError): CheckProblem[] => (Array.isArray(err.problem.problems) ? (err.problem.problems as CheckProblem[]) : []);

/**
 * 发布: checks run on the server again; a difference from last year's report (rule 6) needs 与上年不一致的说明 and a
 * retry; a published report is published again only with a 更正说明. Then the versions and the downloads.
 */
export default function PublishPanel({ ws, editable, dirty, onPublished }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [mismatch, setMismatch] = useState<CheckProblem[] | null>(null);
  const [refusal, setRefusal] = useState<{ text: string; problems: CheckProblem[] } | null>(null);
  const republish = !!ws.published;

  const publish = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    setRefusal(null);
    try {
      const next = await reportsApi.publish(ws.org.code, ws.year, {
        version: ws.version,
        note: v.note?.trim() || undefined,
        acceptPrevious: mismatch ? v.acceptPrevious?.trim() || undefined : undefined,
      });
      message.success(`已发布第${next.published?.version ?? ''}版`);
      setMismatch(null);
      form.resetFields();
      onPublished(next);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'ANNUAL_REPORT_PREVIOUS_MISMATCH') setMismatch(problemsOf(err));
      else setRefusal({ text: showServerErrors(form, err), problems: err instanceof ApiError ? problemsOf(err) : [] });
    } finally {
      setBusy(false);
    }
  };

  const blocked = !editable || ws.status === 'new' || dirty;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {editable && (
        <Card title={republish ? '更正并重新发布' : '发布报告'} size="small">
          {ws.status === 'new' && <Alert type="info" showIcon title="请先在“报告内容”中填写并保存报告，再发布。" style={{ marginBottom: 12 }} />}
          {dirty && <Alert type="warning" showIcon title="“报告内容”有未保存的修改：发布的是已保存的报告，请先保存。" style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} name="publishReport" layout="vertical" disabled={busy}>
            {republish && (
              <Form.Item label="更正说明" name="note" rules={[{ required: true, min: 4, whitespace: true, message: '请写明更正说明（至少4个字）' }]} extra="将随报告在门户网站上公开，例如：行政处罚决定数量更正为4件。">
                <Input.TextArea rows={2} maxLength={500} showCount />
              </Form.Item>
            )}
            {mismatch && (
              <>
                <ProblemList ok={false} problems={mismatch} title="本报告与上年度报告不一致" testId="previous-mismatch" />
                <Form.Item
                  label="与上年不一致的说明"
                  name="acceptPrevious"
                  style={{ marginTop: 16 }}
                  rules={[{ required: true, min: 4, whitespace: true, message: '请写明与上年不一致的原因（至少4个字）' }]}
                  extra="如上年报告在平台启用前编制、结转的申请未录入平台等。说明随发布版本保存，主管部门可以看到。"
                >
                  <Input.TextArea rows={3} maxLength={500} showCount />
                </Form.Item>
              </>
            )}
          </Form>
          {refusal && (
            <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
              <Alert type="error" showIcon title="未能发布" description={refusal.text} data-testid="publish-error" />
              {refusal.problems.length > 0 && <ProblemList ok={false} problems={refusal.problems} testId="publish-problems" />}
            </Space>
          )}
          <Popconfirm
            title={`${republish ? '重新发布' : '发布'}${ws.org.name}${ws.year}年度报告？`}
            description="发布后报告将在门户网站公开，发布的版本不再随数据变化。"
            okText="发布"
            cancelText="取消"
            onConfirm={publish}
            disabled={blocked}
          >
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy} disabled={blocked}>
              {mismatch ? '说明原因并发布' : republish ? '重新发布' : '发布'}
            </Button>
          </Popconfirm>
        </Card>
      )}
      <Card title="发布记录" size="small">
        <Table<ReportVersion>
          rowKey="version"
          size="small"
          pagination={false}
          dataSource={ws.published?.versions ?? []}
          locale={{ emptyText: <Typography.Text type="secondary">尚未发布</Typography.Text> }}
          columns={[
            { title: '版本', dataIndex: 'version', key: 'version', width: 90, render: (n: number) => `第${n}版` },
            { title: '发布时间', dataIndex: 'published_at', key: 'at', width: 180, render: (v: string) => formatDateTime(v) },
            { title: '说明', dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? '—' },
          ]}
          data-testid="versions"
        />
      </Card>
      <Card title="下载" size="small">
        <Downloads ws={ws} />
      </Card>
    </Space>
  );
}

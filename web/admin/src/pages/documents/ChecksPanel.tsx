import { FileSearchOutlined, SafetyOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import type { CheckReport, DocumentView, MaskResult, VocabOption } from '../../api/types';
import { formatDateTime } from '../../common/format';
import FindingsList from './FindingsList';
import PiiExceptionModal from './PiiExceptionModal';

interface Props {
  doc: DocumentView;
  report: CheckReport | null;
  /** The draft can be changed by this user (去标识化 and exceptions are edits). */
  editable: boolean;
  piiExceptionBases: VocabOption[];
  onRunChecks(): Promise<void>;
  onMask(): Promise<MaskResult>;
  onSetException(basis: string, note: string): Promise<void>;
  onClearException(): Promise<void>;
  onLocateField(field: string): void;
}

/** 发布前检查: the gate's findings by place, and what the editor can do about personal information. */
export default function ChecksPanel(p: Props) {
  const { message } = App.useApp();
  const { doc, report, editable } = p;
  const [busy, setBusy] = useState<'check' | 'mask' | 'clear' | null>(null);
  const [masked, setMasked] = useState<Pick<MaskResult, 'masked' | 'notMaskable'> | null>(null);
  const [excepting, setExcepting] = useState(false);

  const run = async (key: 'check' | 'mask' | 'clear', action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const pii = report?.findings.filter((f) => f.check === 'pii' && f.severity === 'block') ?? [];
  const maskable = pii.some((f) => f.maskable !== false);

  const mask = () =>
    run('mask', async () => {
      const r = await p.onMask();
      setMasked({ masked: r.masked, notMaskable: r.notMaskable });
      if (r.masked.length) message.success(`已去标识化：${r.masked.map((m) => `${m.place} ${m.count} 处`).join('，')}`);
      else message.info('没有可以自动去标识化的内容');
    });

  return (
    <Card
      title="发布前检查"
      data-testid="checks-panel"
      extra={
        <Button icon={<FileSearchOutlined aria-hidden />} loading={busy === 'check'} onClick={() => run('check', p.onRunChecks)}>
          发布前检查
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {!report && (
          <Typography.Text type="secondary">
            检查个人信息（身份证号、手机号、银行卡号等）、敏感词、无效链接、空白附件和必填项。提交审核和签发时系统会自动检查，未通过的不能提交。
          </Typography.Text>
        )}
        {report && (
          <Alert
            type={report.blocking ? 'error' : 'success'}
            showIcon
            title={report.blocking ? '检查未通过' : '检查通过'}
            description={report.summary}
            data-testid="checks-summary"
          />
        )}
        {masked && (masked.masked.length > 0 || masked.notMaskable.length > 0) && (
          <Alert
            type={masked.notMaskable.length ? 'warning' : 'success'}
            showIcon
            data-testid="mask-result"
            title={masked.masked.length ? `已去标识化：${masked.masked.map((m) => `${m.place} ${m.count} 处`).join('，')}` : '未能自动去标识化'}
            description={
              masked.notMaskable.length
                ? `以下附件的格式（如 PDF、图片）无法自动去标识化：${masked.notMaskable.map((n) => `“${n}”`).join('、')}。请删除后上传已去标识化的文件。`
                : '原件已留存备查，公开的是去标识化后的版本。'
            }
          />
        )}
        {editable && pii.length > 0 && (
          <Space wrap>
            {maskable && (
              <Button type="primary" icon={<SafetyOutlined aria-hidden />} loading={busy === 'mask'} onClick={() => void mask()}>
                一键去标识化
              </Button>
            )}
            {!doc.piiException && (
              <Button icon={<SolutionOutlined aria-hidden />} onClick={() => setExcepting(true)}>
                记录合法例外
              </Button>
            )}
          </Space>
        )}
        {doc.piiException && (
          <Alert
            type="info"
            showIcon
            title={`已记录个人信息公开的合法例外：${doc.piiException.basisLabel}`}
            data-testid="pii-exception"
            description={
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'note', label: '依据说明', children: doc.piiException.note },
                  { key: 'by', label: '记录人', children: `${doc.piiException.by}，${formatDateTime(doc.piiException.at)}` },
                ]}
              />
            }
            action={
              editable && (
                <Popconfirm title="取消这项例外？" description="取消后个人信息须去标识化才能提交。" okText="取消例外" cancelText="保留" onConfirm={() => run('clear', p.onClearException)}>
                  <Button size="small" danger loading={busy === 'clear'}>
                    取消例外
                  </Button>
                </Popconfirm>
              )
            }
          />
        )}
        {report && report.findings.length > 0 && <FindingsList findings={report.findings} onLocateField={p.onLocateField} />}
      </Space>
      {excepting && (
        <PiiExceptionModal
          bases={p.piiExceptionBases}
          onClose={() => setExcepting(false)}
          onSubmit={async (basis, note) => {
            await p.onSetException(basis, note);
            setExcepting(false);
            message.success('已记录合法例外');
          }}
        />
      )}
    </Card>
  );
}

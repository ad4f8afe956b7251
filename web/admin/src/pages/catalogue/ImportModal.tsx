import { Alert, App, Button, Input, List, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { type ImportResult, catalogueApi } from './catalogueApi';

const SAMPLE = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'].join('\t');

/** 粘贴导入: a 标准目录 copied from Excel/WPS (or CSV). 检查 first; 导入 writes all rows or none. */
export default function ImportModal({ orgId, orgName, onClose, onImported }: { orgId: number; orgName: string; onClose(): void; onImported(): void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'import');
    try {
      const r = await catalogueApi.importText(orgId, text, dryRun);
      setResult(r);
      if (!dryRun) {
        message.success(`已导入 ${r.imported} 条目录条目`);
        onImported();
      }
    } catch (err) {
      // Rows with errors: the server refused the whole paste and lists them.
      if (err instanceof ApiError && Array.isArray(err.problem.rows)) {
        setResult({ dryRun: false, imported: 0, skipped: [], errors: err.problem.rows as ImportResult['errors'], warnings: (err.problem.warnings as string[]) ?? [] });
      }
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal open title={`粘贴导入基本目录（${orgName}）`} width={860} onCancel={onClose} mask={{ closable: false }}
      footer={[
        <Button key="close" onClick={onClose}>关闭</Button>,
        <Button key="check" onClick={() => void run(true)} loading={busy === 'check'} disabled={!text.trim() || busy !== null}>检查</Button>,
        <Button key="import" type="primary" onClick={() => void run(false)} loading={busy === 'import'} disabled={!text.trim() || busy !== null}>导入</Button>,
      ]}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          从 Excel 或 WPS 表格中复制整张目录（含表头行）粘贴到下面，也可粘贴 CSV 文本。表头使用标准目录的列名：
        </Typography.Paragraph>
        <Typography.Text code copyable={{ text: SAMPLE, tooltips: ['复制表头', '已复制'] }}>{SAMPLE.replace(/\t/g, ' | ')}</Typography.Text>
        <Typography.Text type="secondary">“一级事项”为空的行沿用上一行（合并单元格）；公开渠道和载体用顿号分隔；有错误的行将全部列出，改正前不会导入任何条目；与已有条目重复的行会跳过。</Typography.Text>
        <Input.TextArea id="catalogue-paste" aria-label="粘贴目录内容" rows={10} value={text} onChange={(e) => { setText(e.target.value); setResult(null); }} placeholder={SAMPLE} style={{ fontFamily: 'monospace' }} />
        {result && (
          <>
            <Alert
              type={result.errors.length ? 'error' : 'success'}
              showIcon
              title={result.errors.length
                ? `有 ${result.errors.length} 行需要改正${result.dryRun ? '' : '，未导入任何条目'}`
                : result.dryRun ? `检查通过：可导入 ${result.imported} 条` : `已导入 ${result.imported} 条`}
              description={result.skipped.length ? `跳过重复 ${result.skipped.length} 行（第 ${result.skipped.map((s) => s.row).join('、')} 行）` : undefined}
            />
            {result.errors.length > 0 && (
              <Table
                size="small"
                rowKey="row"
                pagination={false}
                dataSource={result.errors}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80, render: (r: number) => `第 ${r} 行` },
                  { title: '问题', dataIndex: 'messages', render: (m: string[]) => <Typography.Text type="danger">{m.join('；')}</Typography.Text> },
                ]}
              />
            )}
            {result.warnings.length > 0 && <List size="small" header="提示" dataSource={result.warnings} renderItem={(w) => <List.Item>{w}</List.Item>} />}
          </>
        )}
      </Space>
    </Modal>
  );
}

import { Alert, Card, Flex, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { reportsApi } from './api';
import CellDrawer, { type CellTarget } from './CellDrawer';
import ContentForm from './ContentForm';
import { canWriteAnnualReports } from './labels';
import PublishPanel from './PublishPanel';
import ReportPicker, { useReportTarget } from './ReportPicker';
import ReportStatus, { StatusTags } from './ReportStatus';
import ReportTables from './ReportTables';
import { failedCells } from './tableParts';
import type { ReportScope, Workspace } from './types';
import { ReportWordsContext, useReportVocabulary } from './vocabulary';

/**
 * 年度报告 编制与发布 (条例第四十九、五十条): the live report of one organisation and year — computed from the
 * requests, appeals and documents on the platform — with its checks; the office writes sections 一、五、六 and the
 * figures the platform does not hold, previews the tables (drilling down to what each figure counts) and publishes.
 */
export default function AnnualReportsPage() {
  const { user } = useAuth();
  const editable = canWriteAnnualReports(user?.roles);
  const { org, year, setTarget } = useReportTarget();
  const [previewScope, setPreviewScope] = useState<ReportScope | undefined>();
  const [ws, setWs] = useState<Workspace | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState('content');
  const [cell, setCell] = useState<CellTarget | null>(null);
  const { words, error: wordsError } = useReportVocabulary();

  useEffect(() => {
    if (!org) return;
    let live = true;
    reportsApi
      .workspace(org, year, previewScope)
      .then((w) => live && (setWs(w), setLoadError(null)))
      .catch((err: unknown) => live && setLoadError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [org, year, previewScope, tick]);

  const failed = useMemo(() => failedCells(ws?.checks.problems ?? []), [ws]);
  const current = ws && ws.org.code === org && ws.year === year ? ws : null;

  const choose = (o: string, y: number) => {
    setPreviewScope(undefined);
    setDirty(false);
    setCell(null);
    setTarget(o, y);
  };
  const replace = (next: Workspace) => {
    setPreviewScope(undefined);
    setDirty(false);
    setWs(next);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        年度报告编制与发布
      </Typography.Title>
      <Card>
        <ReportPicker name="reportTarget" org={org} year={year} onChange={choose} />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          报告由平台按依申请公开、行政复议诉讼和已发布文件的数据实时统计；部门应于次年1月31日前、政府应于3月31日前公布上一年度报告（《政府信息公开条例》第四十九条）。
        </Typography.Paragraph>
      </Card>
      {loadError || wordsError ? (
        <Result status="warning" title="无法打开年度报告" subTitle={loadError ?? wordsError} />
      ) : !current || !words ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description="正在加载…" />
        </Flex>
      ) : (
        <ReportWordsContext.Provider value={words}>
          <Card
            title={
              <Flex align="center" gap={12} wrap="wrap">
                <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} data-testid="report-title">
                  {current.org.name}
                  {current.year}年政府信息公开工作年度报告
                </Typography.Title>
                <StatusTags ws={current} />
              </Flex>
            }
          >
            <ReportStatus ws={current} />
            {previewScope && (
              <Alert type="info" showIcon style={{ marginTop: 16 }} title="表格预览按新选择的统计范围计算，保存后生效。" />
            )}
            <Tabs
              style={{ marginTop: 16 }}
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'content',
                  label: '报告内容',
                  children: (
                    <ContentForm
                      key={`${current.org.code}/${current.year}/${current.version}`}
                      ws={current}
                      editable={editable}
                      onScope={setPreviewScope}
                      onDirty={() => setDirty(true)}
                      onSaved={replace}
                      onReload={() => (setPreviewScope(undefined), setDirty(false), setTick((t) => t + 1))}
                    />
                  ),
                },
                {
                  key: 'preview',
                  label: '表格预览',
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">点击表三、表四中的数字，可查看该数字统计了哪些申请或复议、诉讼；未通过校验的数字以红框标出。</Typography.Paragraph>
                      <ReportTables
                        report={current.report}
                        failed={failed}
                        onRequests={(row, column) => setCell({ kind: 'requests', row, column })}
                        onAppeals={(group, c) => setCell({ kind: 'appeals', group, cell: c })}
                      />
                    </>
                  ),
                },
                { key: 'publish', label: '发布', children: <PublishPanel key={`${current.org.code}/${current.year}`} ws={current} editable={editable} dirty={dirty} onPublished={replace} /> },
              ]}
            />
          </Card>
          {cell && <CellDrawer org={current.org.code} year={current.year} scope={current.scope} target={cell} onClose={() => setCell(null)} />}
        </ReportWordsContext.Provider>
      )}
    </Space>
  );
}

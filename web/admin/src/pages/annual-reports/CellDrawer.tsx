import { Drawer, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLoad } from '../../common/useLoad';
import { REQUEST_STATUS_LABELS, resultLabel } from '../info-requests/labels';
import type { RequestStatus } from '../info-requests/types';
import { reportsApi } from './api';
import type { CellPage, ColumnKey, CountedAppeal, CountedRequest, ReportScope, ReviewCellKey, ReviewGroupKey } from './types';
import { type ReportWords, useWords } from './vocabulary';

export type CellTarget = { kind: 'requests'; row: string; column: ColumnKey } | { kind: 'appeals'; group: ReviewGroupKey; cell: ReviewCellKey };

const requestLink = (id: number, registerNo: string | null, trackingCode: string) => (
  <Space orientation="vertical" size={0}>
    <Link to={`/info-requests/${id}`}>{registerNo ?? trackingCode}</Link>
    {registerNo && <Typography.Text type="secondary">{trackingCode}</Typography.Text>}
  </Space>
);

const requestColumns = (w: ReportWords): TableProps<CountedRequest>['columns'] => [
  { title: '登记号 / 查询码', key: 'no', width: 160, render: (_: unknown, r) => requestLink(r.id, r.registerNo, r.trackingCode) },
  { title: '申请人', dataIndex: 'applicantDisplay', key: 'applicant', width: 140 },
  { title: '申请人类型', dataIndex: 'applicantType', key: 'type', width: 110, render: (t: string) => w.columnLabel[t as ColumnKey] ?? t },
  { title: '收到日期', dataIndex: 'receivedOn', key: 'receivedOn', width: 110, render: (v: string | null) => v ?? '—' },
  { title: '办结日期', dataIndex: 'closedOn', key: 'closedOn', width: 110, render: (v: string | null) => v ?? '—' },
  { title: '办理结果', dataIndex: 'result', key: 'result', render: (v: string | null, r) => resultLabel(v) || REQUEST_STATUS_LABELS[r.status as RequestStatus] || r.status },
  { title: '承办机构', dataIndex: 'handlingOrg', key: 'handlingOrg', width: 140 },
];

/** An appeal's outcome is the table 四 cell it counts in (结果维持 … 尚未审结). */
const appealColumns = (w: ReportWords): TableProps<CountedAppeal>['columns'] => {
  const outcome = (o: string) => w.reviewCellLabel[o as ReviewCellKey] ?? o;
  return [
    { title: '申请', key: 'no', width: 160, render: (_: unknown, a) => requestLink(a.requestId, a.registerNo, a.trackingCode) },
    { title: '申请复议或起诉之日', dataIndex: 'filedOn', key: 'filedOn', width: 150 },
    {
      title: '复议机关或法院',
      key: 'body',
      render: (_: unknown, a) => (
        <>
          <div>{a.bodyName}</div>
          {a.caseNumber && <Typography.Text type="secondary">{a.caseNumber}</Typography.Text>}
        </>
      ),
    },
    { title: '年末结果', dataIndex: 'outcome', key: 'outcome', width: 100, render: outcome },
    {
      title: '目前结果',
      key: 'current',
      width: 150,
      render: (_: unknown, a) => `${outcome(a.currentOutcome)}${a.decidedOn ? `（${a.decidedOn}）` : ''}`,
    },
  ];
};

const titleOf = (t: CellTarget, w: ReportWords) =>
  t.kind === 'requests' ? `表三 ${w.rowFullLabel(t.row)} · ${w.columnName(t.column)}` : `表四 ${w.reviewGroupLabel[t.group]} · ${w.reviewCellLabel[t.cell]}`;

interface Props {
  org: string;
  year: number;
  scope: ReportScope;
  target: CellTarget;
  onClose(): void;
}

/** Drill-down: the requests (table 三) or 行政复议/诉讼 records (table 四) a figure counts, each linked to its request. */
export default function CellDrawer({ org, year, scope, target, onClose }: Props) {
  const w = useWords();
  const columns = useMemo(() => ({ requests: requestColumns(w), appeals: appealColumns(w) }), [w]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, loading } = useLoad<CellPage<CountedRequest> | CellPage<CountedAppeal>>(
    () =>
      target.kind === 'requests'
        ? reportsApi.cells(org, year, { row: target.row, column: target.column, scope, ...paging })
        : reportsApi.appeals(org, year, { kind: target.group, outcome: target.cell, scope, ...paging }),
    [org, year, scope, target, paging.page, paging.pageSize],
  );
  const pagination: TableProps<object>['pagination'] = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: data?.total ?? 0,
    showTotal: (n: number) => `共 ${n} 件`,
    onChange: (page: number, pageSize: number) => setPaging({ page, pageSize }),
  };
  const title = titleOf(target, w);
  return (
    <Drawer open title={title} size={960} onClose={onClose} destroyOnHidden data-testid="cell-drawer">
      <Typography.Paragraph type="secondary" data-testid="cell-total">
        {data ? `按报告的统计口径，该格共计 ${data.total} 件。` : '正在加载…'}
      </Typography.Paragraph>
      {target.kind === 'requests' ? (
        <Table<CountedRequest>
          rowKey="id"
          size="small"
          columns={columns.requests}
          dataSource={(data?.items ?? []) as CountedRequest[]}
          loading={loading}
          pagination={pagination}
          scroll={{ x: 900 }}
          locale={{ emptyText: '没有申请' }}
        />
      ) : (
        <Table<CountedAppeal>
          rowKey="id"
          size="small"
          columns={columns.appeals}
          dataSource={(data?.items ?? []) as CountedAppeal[]}
          loading={loading}
          pagination={pagination}
          locale={{ emptyText: '没有行政复议或行政诉讼记录' }}
        />
      )}
    </Drawer>
  );
}

import { FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { FilterBar, SelectFilter, YearFilter } from '../../common/FilterParts';
import { formatDateTime } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { bulletinsApi, BULLETINS_HOME } from './api';
import GenerateModal from './GenerateModal';
import { BULLETIN_STATUS_COLORS, BULLETIN_STATUS_LABELS, canWriteBulletins } from './labels';
import type { BulletinListItem, BulletinQuery, BulletinStatus } from './types';

/** Titles of the plans named by one-plan bulletins (the list gives their ids). */
function usePlanTitles(items: readonly BulletinListItem[]): Map<number, string> {
  const [titles, setTitles] = useState(new Map<number, string>());
  const years = useMemo(() => [...new Set(items.filter((b) => b.planId !== null).map((b) => b.year))].sort().join(','), [items]);
  useEffect(() => {
    if (!years) return;
    let live = true;
    Promise.all(years.split(',').map((y) => bulletinsApi.plans(Number(y))))
      .then((rs) => live && setTitles(new Map(rs.flatMap((r) => r.items.map((p) => [p.id, p.title] as const)))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [years]);
  return titles;
}

const columns = (planTitle: (id: number) => string): TableProps<BulletinListItem>['columns'] => [
  {
    title: '通报',
    key: 'title',
    render: (_: unknown, b) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/plans/bulletins/${b.id}`}>{b.title}</Link>
        <Typography.Text type="secondary">{[b.number, b.org.name].filter(Boolean).join(' · ')}</Typography.Text>
      </Space>
    ),
  },
  { title: '年度', dataIndex: 'year', key: 'year', width: 70 },
  { title: '季度', key: 'quarter', width: 100, render: (_: unknown, b) => b.quarterLabel.replace(/^\d+年/, '') },
  { title: '方案', key: 'plan', width: 220, render: (_: unknown, b) => (b.planId === null ? <Typography.Text type="secondary">全部已下达方案</Typography.Text> : planTitle(b.planId)) },
  { title: '数据截至', dataIndex: 'asOf', key: 'asOf', width: 110 },
  {
    title: '状态',
    key: 'status',
    width: 90,
    render: (_: unknown, b) => (
      <Tag color={BULLETIN_STATUS_COLORS[b.status]} data-testid="bulletin-status">
        {b.statusLabel}
      </Tag>
    ),
  },
  { title: '发布时间', dataIndex: 'publishedAt', key: 'publishedAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
];

/** 季度通报: the bulletins of the organisations in the caller's scope; the office generates a new one from here. */
export default function BulletinsPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [q, setQ] = useState<BulletinQuery>({});
  const [generating, setGenerating] = useState(false);
  const { data, loading } = useLoad(() => bulletinsApi.list(q), [q]);
  const items = useMemo(() => data?.items ?? [], [data]);
  const titles = usePlanTitles(items);
  const writer = canWriteBulletins(user?.roles);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        季度通报
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        按季度通报分工方案任务的落实情况：各单位完成率、逾期任务和排名。数据在生成时按季度最后一天冻结，发布后在门户网站
        <a href={BULLETINS_HOME} target="_blank" rel="noopener noreferrer" style={{ textDecoration: 'underline' }}>
          季度通报专栏
        </a>
        公开。
      </Typography.Paragraph>
      <Card
        extra={
          writer && (
            <Button type="primary" icon={<FileAddOutlined aria-hidden />} onClick={() => setGenerating(true)}>
              生成通报
            </Button>
          )
        }
        title="通报列表"
      >
        <FilterBar name="bulletinFilter">
          <YearFilter id="bulletin-filter-year" value={q.year} onChange={(year) => setQ((x) => ({ ...x, year }))} />
          <SelectFilter<BulletinStatus>
            label="状态"
            id="bulletin-filter-status"
            width={120}
            value={q.status}
            onChange={(status) => setQ((x) => ({ ...x, status }))}
            options={(['draft', 'published'] as const).map((s) => ({ value: s, label: BULLETIN_STATUS_LABELS[s] }))}
          />
        </FilterBar>
        <Table<BulletinListItem>
          rowKey="id"
          size="small"
          columns={columns((id) => titles.get(id) ?? `方案 ${id}`)}
          dataSource={items}
          loading={loading}
          pagination={false}
          scroll={items.length ? { x: 1000 } : undefined}
          locale={{ emptyText: <Typography.Text type="secondary">暂无季度通报</Typography.Text> }}
          data-testid="bulletins-table"
        />
      </Card>
      {generating && <GenerateModal onClose={() => setGenerating(false)} onGenerated={(b) => navigate(`/plans/bulletins/${b.id}`)} />}
    </Space>
  );
}

import { CalculatorOutlined, ExportOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime, shanghaiYear } from '../../common/format';
import OrgYearPicker, { useOrgYearParams, yearOptions } from '../../common/OrgYearPicker';
import { assessmentApi, publicAssessmentUrl } from './api';
import IndicatorEditor from './IndicatorEditor';
import { canWriteAssessment, isManual, points, STATUS_COLORS } from './labels';
import ScoreMatrix from './ScoreMatrix';
import type { AssessmentView, MissingCell } from './types';
import { useAssessmentRules } from './vocabulary';

/** 考核机构 and 年度, kept in the address (`?org=heze&year=2026`); by default the user's organisation and this year. */
const useTarget = () => useOrgYearParams({ defaultYear: shanghaiYear(), min: 2000, max: 2100 });

function Picker({ org, year, onChange }: { org: string; year: number; onChange(org: string, year: number): void }) {
  const years = useMemo(() => yearOptions(shanghaiYear() + 1, 2020), []);
  return <OrgYearPicker name="assessmentTarget" orgLabel="考核机构" org={org} year={year} onChange={onChange} years={years} />;
}

/** 计算得分 and 发布 (with the cells still missing when publishing is refused), and the public page once published. */
function Actions({ view, writer, dirty, onChanged, onReload }: { view: AssessmentView; writer: boolean; dirty: boolean; onChanged(v: AssessmentView): void; onReload(): void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'compute' | 'publish' | null>(null);
  const [error, setError] = useState<{ text: string; missing: MissingCell[]; conflict: boolean } | null>(null);
  const draft = view.status === 'draft';
  const computed = view.indicators.some((i) => !isManual(i.rule));
  const run = async (what: 'compute' | 'publish') => {
    setBusy(what);
    setError(null);
    try {
      const next = what === 'compute' ? await assessmentApi.compute(view.org.code, view.year, view.version) : await assessmentApi.publish(view.org.code, view.year, view.version);
      message.success(what === 'compute' ? '已按平台数据计算得分' : '考核结果已发布');
      onChanged(next);
    } catch (err) {
      const missing = err instanceof ApiError && Array.isArray(err.problem.missing) ? (err.problem.missing as MissingCell[]) : [];
      setError({ text: errorMessage(err), missing, conflict: err instanceof ApiError && err.code === 'ASSESSMENT_VERSION_CONFLICT' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex gap={8} wrap="wrap">
        {draft && writer && (
          <>
            <Button icon={<CalculatorOutlined aria-hidden />} onClick={() => run('compute')} loading={busy === 'compute'} disabled={!!busy || dirty || !computed}>
              计算得分
            </Button>
            <Popconfirm
              title={`发布${view.org.name}${view.year}年度考核结果？`}
              description="发布后考核表冻结并在门户网站公开，不能再修改指标和得分。"
              okText="发布"
              cancelText="取消"
              onConfirm={() => run('publish')}
              disabled={!!busy || dirty}
            >
              <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy === 'publish'} disabled={!!busy || dirty}>
                发布结果
              </Button>
            </Popconfirm>
          </>
        )}
        {view.portalUrl && (
          <Button href={view.portalUrl} target="_blank" rel="noopener noreferrer" icon={<ExportOutlined aria-hidden />} data-testid="public-link">
            查看门户网站上的考核结果
          </Button>
        )}
      </Flex>
      {dirty && draft && writer && <Alert type="warning" showIcon title="考核指标有未保存的修改：计算和发布按已保存的指标进行，请先保存。" />}
      {error && (
        <Alert
          type="error"
          showIcon
          title="操作未完成"
          data-testid="action-error"
          action={error.conflict ? <Button size="small" onClick={onReload}>重新加载</Button> : undefined}
          description={
            <>
              <div>{error.text}</div>
              {error.missing.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="missing-cells">
                  {error.missing.slice(0, 20).map((m) => (
                    <li key={`${m.unit}/${m.indicator}`}>
                      {m.unit}“{m.indicator}”
                    </li>
                  ))}
                  {error.missing.length > 20 && <li>……共{error.missing.length}项</li>}
                </ul>
              )}
            </>
          }
        />
      )}
    </Space>
  );
}

/**
 * 考核评分: an organisation's yearly assessment of the units under it — the indicator table (weights, scoring rules),
 * the scores computed from the platform's data or entered by hand with a note, totals and ranks — published on the portal.
 */
export default function AssessmentPage() {
  const { user } = useAuth();
  const writer = canWriteAssessment(user?.roles);
  const { org, year, setTarget } = useTarget();
  const { rules, error: rulesError } = useAssessmentRules();
  const [view, setView] = useState<AssessmentView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState('indicators');

  useEffect(() => {
    if (!org) return;
    let live = true;
    assessmentApi
      .table(org, year)
      .then((v) => live && (setView(v), setLoadError(null), setDirty(false)))
      .catch((err: unknown) => live && setLoadError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [org, year, tick]);

  const current = view && view.org.code === org && view.year === year ? view : null;
  const indicatorsKey = current ? `${current.org.code}/${current.year}/${current.status}/${JSON.stringify(current.indicators)}` : '';
  const replace = (next: AssessmentView) => setView(next);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        考核评分
      </Typography.Title>
      <Card>
        <Picker
          org={org}
          year={year}
          onChange={(o, y) => {
            setDirty(false);
            setLoadError(null);
            setTarget(o, y);
          }}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          被考核单位：考核机构直属的部门和下级政府，以及在其本年度分工方案中承担任务的其他单位。平台计算的指标按“计算得分”时的数据评分；人工评分的指标逐个单位填写得分和评分说明。
        </Typography.Paragraph>
      </Card>
      {loadError || rulesError ? (
        <Result status="warning" title="无法打开考核表" subTitle={loadError ?? rulesError} />
      ) : !current || !rules ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description="正在加载…" />
        </Flex>
      ) : (
        <Card
          title={
            <Flex align="center" gap={12} wrap="wrap">
              <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} data-testid="assessment-title">
                {current.org.name}
                {current.year}年度考核
              </Typography.Title>
              <Tag color={STATUS_COLORS[current.status]} data-testid="assessment-status">
                {current.version === 0 ? '未设置' : current.statusLabel}
              </Tag>
            </Flex>
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 4 }}
            items={[
              { key: 'indicators', label: '指标', children: `${current.indicators.length}项，满分${points(current.totalWeight)}分` },
              { key: 'units', label: '被考核单位', children: `${current.units.length}个` },
              { key: 'computedAt', label: '最近计算', children: current.computedAt ? formatDateTime(current.computedAt) : '尚未计算' },
              ...(current.publishedAt ? [{ key: 'publishedAt', label: '发布时间', children: formatDateTime(current.publishedAt) }] : []),
            ]}
          />
          <div style={{ marginTop: 12 }}>
            <Actions key={`${current.org.code}/${current.year}/${current.version}`} view={current} writer={writer} dirty={dirty} onChanged={replace} onReload={() => setTick((t) => t + 1)} />
          </div>
          <Tabs
            style={{ marginTop: 16 }}
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'indicators',
                label: '考核指标',
                forceRender: true,
                children: (
                  <IndicatorEditor key={indicatorsKey} view={current} rules={rules} editable={writer} onDirty={setDirty} onSaved={replace} onReload={() => setTick((t) => t + 1)} />
                ),
              },
              {
                key: 'scores',
                label: '得分与排名',
                children: current.indicators.length ? (
                  <ScoreMatrix view={current} editable={writer && current.status === 'draft'} onSaved={replace} />
                ) : (
                  <Typography.Text type="secondary">请先设置考核指标。</Typography.Text>
                ),
              },
            ]}
          />
          {current.status === 'published' && (
            <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0' }}>
              公开地址：
              <a href={publicAssessmentUrl(current.org.code, current.year)} target="_blank" rel="noopener noreferrer" style={{ textDecoration: 'underline' }}>
                {publicAssessmentUrl(current.org.code, current.year)}
              </a>
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </Space>
  );
}

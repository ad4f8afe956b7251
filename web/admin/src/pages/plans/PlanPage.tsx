import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Result, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useScopeOrgs } from '../../common/useVocabulary';
import { plansApi } from './api';
import { fromTaskView, resolutionsOf, toEditTasks } from './draft';
import { PLAN_STATUS_COLORS } from './labels';
import PlanEditor from './PlanEditor';
import PlanLedger from './PlanLedger';
import type { PlanDetail, UnitResolution } from './types';
import WordsGate from './WordsGate';

/**
 * A stored draft in the editor. The unit resolutions come with the navigation from the import page, or else from
 * parsing the stored source text again (the preview is not stored); names with an organisation come from the draft.
 */
function DraftScreen({ plan, onChanged }: { plan: PlanDetail; onChanged(p: PlanDetail): void }) {
  const passed = (useLocation().state as { units?: UnitResolution[] } | null)?.units;
  const [units, setUnits] = useState<UnitResolution[] | null>(passed ?? null);
  const orgs = useScopeOrgs();
  useEffect(() => {
    if (units || !plan.sourceText?.trim()) return setUnits((u) => u ?? []);
    let live = true;
    plansApi
      .parseText(plan.sourceText, plan.org.code)
      .then((r) => live && setUnits(r.units))
      .catch(() => live && setUnits([]));
    return () => {
      live = false;
    };
  }, [plan.sourceText, plan.org.code, units]);
  const resolutions = useMemo(() => resolutionsOf(units ?? [], plan, (code) => orgs.find((o) => o.code === code)?.name), [units, plan, orgs]);
  const start = useMemo(
    () => ({ title: plan.title, issuer: plan.issuer, docNumber: plan.docNumber, year: plan.year, sourceText: plan.sourceText ?? '', tasks: toEditTasks(plan.tasks.map(fromTaskView)), unitMap: plan.unitMap }),
    // The editor starts once per draft; saving keeps its state (the version is tracked by DraftActions).
    [plan.id],
  );
  if (!units) return <Spin description="正在匹配单位…" />;
  return <PlanEditor owner={plan.org} start={start} resolutions={resolutions} draft={{ id: plan.id, version: plan.version }} onSaved={onChanged} />;
}

/** One plan: a draft in the editor (for the office), an adopted or archived plan as its ledger. */
export default function PlanPage() {
  const id = Number(useParams().id);
  const [plan, setPlan] = useState<PlanDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setPlan(await plansApi.get(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Result status="404" title="无法打开分工方案" subTitle={error} extra={<Link to="/plans">返回方案台账</Link>} />;
  if (!plan || plan.id !== id) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/plans">
        <ArrowLeftOutlined aria-hidden /> 返回方案台账
      </Link>
      <Flex align="center" gap={12} wrap="wrap">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }} data-testid="plan-title">
          {plan.title}
        </Typography.Title>
        <Tag color={PLAN_STATUS_COLORS[plan.status]} data-testid="plan-status">
          {plan.statusLabel}
        </Tag>
      </Flex>
      <WordsGate>
        {plan.status === 'draft' ? <DraftScreen plan={plan} onChanged={setPlan} /> : <PlanLedger plan={plan} onChanged={setPlan} />}
      </WordsGate>
    </Space>
  );
}

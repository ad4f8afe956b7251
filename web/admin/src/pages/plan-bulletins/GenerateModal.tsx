import { Alert, Form, Input, InputNumber, Modal, Radio, Select, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { useOrgCodeTree } from '../../common/OrgYearPicker';
import { showServerErrors, validValues } from '../../common/formErrors';
import { bulletinsApi } from './api';
import { currentQuarter, QUARTER_NAMES, QUARTERS } from './labels';
import type { Bulletin, PlanOption } from './types';

interface Values {
  orgCode: string;
  year: number;
  quarter: number;
  planId?: number;
  number?: string;
}

/** The adopted (or archived) plans of an organisation and year: a bulletin may cover one of them instead of all. */
function usePlans(orgCode: string | undefined, year: number | undefined): PlanOption[] {
  const [plans, setPlans] = useState<PlanOption[]>([]);
  useEffect(() => {
    if (!orgCode || !year || year < 2000 || year > 2100) return;
    let live = true;
    bulletinsApi
      .plans(year)
      .then((r) => live && setPlans(r.items.filter((p) => p.org.code === orgCode && p.status !== 'draft')))
      .catch(() => live && setPlans([]));
    return () => {
      live = false;
    };
  }, [orgCode, year]);
  return orgCode && year ? plans : [];
}

/**
 * 生成通报: organisation (the user's own by default), year, quarter (the current one by default) and optionally one
 * plan; the server computes the figures as of the quarter's last day (or today while it runs) into a draft.
 */
export default function GenerateModal({ onClose, onGenerated }: { onClose(): void; onGenerated(b: Bulletin): void }) {
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; existing: number | null } | null>(null);
  const tree = useOrgCodeTree();
  const orgCode = Form.useWatch('orgCode', form);
  const year = Form.useWatch('year', form);
  const plans = usePlans(orgCode, year);
  const now = currentQuarter();

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const b = await bulletinsApi.generate({ orgCode: v.orgCode, year: v.year, quarter: v.quarter, ...(v.planId ? { planId: v.planId } : {}), ...(v.number?.trim() ? { number: v.number.trim() } : {}) });
      onGenerated(b);
    } catch (err) {
      const existing = err instanceof ApiError && err.code === 'PLAN_BULLETIN_EXISTS' && typeof err.problem.bulletinId === 'number' && err.problem.bulletinId > 0 ? err.problem.bulletinId : null;
      setError({ text: showServerErrors(form, err), existing });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title="生成季度通报" okText="生成" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={busy} destroyOnHidden width={560}>
      <Form<Values>
        form={form}
        name="generateBulletin"
        layout="vertical"
        disabled={busy}
        initialValues={{ orgCode: user?.orgCode, year: now.year, quarter: now.quarter }}
        onValuesChange={(changed: Partial<Values>) => {
          setError(null);
          if ('orgCode' in changed || 'year' in changed) form.setFieldValue('planId', undefined);
        }}
      >
        <Form.Item label="通报机构" name="orgCode" rules={[{ required: true, message: '请选择通报机构' }]} extra="通报该机构下达的分工方案中任务的落实情况。">
          <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} />
        </Form.Item>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="季度" name="quarter" rules={[{ required: true, message: '请选择季度' }]} extra="数据截至季度最后一天；季度尚未结束的，截至今天。">
          <Radio.Group optionType="button" options={QUARTERS.map((q) => ({ value: q, label: QUARTER_NAMES[q] }))} />
        </Form.Item>
        <Form.Item label="方案" name="planId" extra="不选则通报该机构本年度全部已下达的方案。">
          <Select
            allowClear
            placeholder="全部已下达的方案"
            options={plans.map((p) => ({ value: p.id, label: p.title, title: p.title }))}
            notFoundContent="该机构本年度没有已下达的方案"
          />
        </Form.Item>
        <Form.Item label="文号" name="number" extra="可留空，生成后也可填写。">
          <Input maxLength={100} placeholder="如：菏政公开办〔2026〕3号" />
        </Form.Item>
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          title="未能生成"
          description={
            <>
              {error.text}
              {error.existing && (
                <>
                  {' '}
                  <Link to={`/plans/bulletins/${error.existing}`}>打开已有的通报</Link>
                </>
              )}
            </>
          }
          data-testid="generate-error"
        />
      )}
    </Modal>
  );
}

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { validValues } from '../../common/formErrors';
import { SaveBar, SaveError } from '../../common/SaveBar';
import { assessmentApi } from './api';
import { showFieldErrors } from './formErrors';
import { isManual, isTaskRule, points, RULE_HINTS, WHEN_NONE_LABELS } from './labels';
import type { AssessmentView, IndicatorInput, PlanOption, Rule, RuleParams, RulesVocabulary } from './types';

interface Row {
  id?: number;
  name: string;
  weight: number | null;
  rule: Rule;
  params: RuleParams;
  description: string | null;
}
interface Values {
  indicators: Row[];
}

const rowsOf = (v: AssessmentView): Row[] => v.indicators.map((i) => ({ id: i.id, name: i.name, weight: i.weight, rule: i.rule, params: { ...i.params }, description: i.description }));

/** Only the parameters of the rule, without empty ones. */
function cleanParams(rule: Rule, p: RuleParams | undefined): RuleParams {
  const out: RuleParams = {};
  if (!p || isManual(rule)) return out;
  if (isTaskRule(rule) && p.planId) out.planId = p.planId;
  if (rule === 'computed:requestOnTime' && p.scope) out.scope = p.scope;
  if (p.whenNone) out.whenNone = p.whenNone;
  return out;
}

interface ParamsProps {
  id?: string;
  value?: RuleParams;
  onChange?: (v: RuleParams) => void;
  rule: Rule | undefined;
  /** `指标1`: the row the controls belong to, for their names. */
  row: string;
  plans: PlanOption[];
  hints: RulesVocabulary['params'];
  disabled?: boolean;
  'aria-invalid'?: boolean;
}

/** The options of a rule: the plan counted (task rules), the scope (requests), the score with nothing to count. */
function ParamsInput({ id, value = {}, onChange, rule, row, plans, hints, disabled }: ParamsProps) {
  if (!rule || isManual(rule)) return <Typography.Text type="secondary">人工评分没有参数。</Typography.Text>;
  const set = (patch: RuleParams) => onChange?.({ ...value, ...patch });
  const first = isTaskRule(rule) || rule === 'computed:requestOnTime' ? id : undefined;
  return (
    <Flex gap={12} wrap="wrap">
      {isTaskRule(rule) && (
        <Select<number>
          id={first}
          aria-label={`${row}统计的方案`}
          title={hints.planId}
          allowClear
          placeholder="本年度全部已下达方案"
          style={{ width: 300 }}
          disabled={disabled}
          value={value.planId}
          onChange={(planId) => set({ planId })}
          options={plans.map((p) => ({ value: p.id, label: p.title, title: p.title }))}
        />
      )}
      {rule === 'computed:requestOnTime' && (
        <Select
          id={first}
          aria-label={`${row}统计范围`}
          title={hints.scope}
          style={{ width: 180 }}
          disabled={disabled}
          value={value.scope ?? 'self'}
          onChange={(scope) => set({ scope })}
          options={[
            { value: 'self', label: '本单位' },
            { value: 'subtree', label: '含下级机构' },
          ]}
        />
      )}
      <Select
        aria-label={`${row}无相关事项时`}
        title={hints.whenNone}
        style={{ width: 200 }}
        disabled={disabled}
        value={value.whenNone ?? 'full'}
        onChange={(whenNone) => set({ whenNone })}
        options={(['full', 'zero'] as const).map((w) => ({ value: w, label: `无相关事项${WHEN_NONE_LABELS[w]}` }))}
      />
    </Flex>
  );
}

/** The adopted plans of the assessing organisation's year (a task rule may count one of them). */
function usePlans(org: string, year: number): PlanOption[] {
  const [plans, setPlans] = useState<PlanOption[]>([]);
  useEffect(() => {
    let live = true;
    assessmentApi
      .plans(year)
      .then((r) => live && setPlans(r.items.filter((p) => p.org.code === org && p.status !== 'draft')))
      .catch(() => live && setPlans([]));
    return () => {
      live = false;
    };
  }, [org, year]);
  return plans;
}

interface Props {
  view: AssessmentView;
  rules: RulesVocabulary;
  editable: boolean;
  onDirty(dirty: boolean): void;
  onSaved(v: AssessmentView): void;
  onReload(): void;
}

/**
 * 考核指标: name, 分值, 评分规则 (with its parameters) and 说明 per indicator, in order; added, removed and moved
 * here and saved as a whole with the table's version. The server's refusals are shown beside the fields they name.
 */
export default function IndicatorEditor({ view, rules, editable, onDirty, onSaved, onReload }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const plans = usePlans(view.org.code, view.year);
  const rows = Form.useWatch('indicators', form) as Row[] | undefined;
  const total = (rows ?? []).reduce((n, r) => n + (typeof r?.weight === 'number' ? r.weight : 0), 0);
  const canEdit = editable && view.status === 'draft';
  const ruleOptions = rules.rules.map((r) => ({ value: r.value, label: r.label, title: r.label }));

  const save = async () => {
    if (!(await validValues(form))) return;
    const all = (form.getFieldsValue(true) as Values).indicators ?? [];
    const indicators: IndicatorInput[] = all.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      name: (r.name ?? '').trim(),
      weight: r.weight ?? 0,
      rule: r.rule,
      params: cleanParams(r.rule, r.params),
      description: r.description?.trim() || null,
    }));
    setSaving(true);
    setError(null);
    try {
      const next = await assessmentApi.replaceIndicators(view.org.code, view.year, view.version, indicators);
      message.success(`考核指标已保存（${next.indicators.length}项，合计${points(next.totalWeight)}分）`);
      onDirty(false);
      onSaved(next);
    } catch (err) {
      const text = showFieldErrors(form, err);
      setError({ text: text || '请按字段旁的提示修改后再保存。', conflict: err instanceof ApiError && err.code === 'ASSESSMENT_VERSION_CONFLICT' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="indicators"
      layout="vertical"
      initialValues={{ indicators: rowsOf(view) }}
      disabled={!canEdit || saving}
      onValuesChange={(changed: Partial<Values>) => {
        onDirty(true);
        setError(null);
        // A new rule has other parameters: start them afresh.
        (changed.indicators ?? []).forEach((c, k) => {
          if (c && 'rule' in c) form.setFieldValue(['indicators', k, 'params'], {});
        });
      }}
    >
      <Typography.Paragraph type="secondary">
        平台计算的指标按“计算得分”时的台账和依申请公开数据评分；修改评分规则或参数会清除该指标已有的得分，修改分值会清除计算得分和超过新分值的人工评分。
      </Typography.Paragraph>
      <Form.List name="indicators">
        {(fields, { add, remove, move }) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {fields.map(({ key, name }, k) => {
              const row = `指标${k + 1}`;
              const rule = rows?.[name]?.rule;
              return (
                <Card
                  key={key}
                  size="small"
                  title={<span id={`indicator-${key}-title`}>{`${row}${rows?.[name]?.name ? `：${rows[name].name}` : ''}`}</span>}
                  data-testid="indicator-row"
                  role="group"
                  aria-labelledby={`indicator-${key}-title`}
                  extra={
                    canEdit && (
                      <Space size={4}>
                        <Button size="small" type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={`上移${row}`} disabled={k === 0} onClick={() => move(k, k - 1)} />
                        <Button size="small" type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={`下移${row}`} disabled={k === fields.length - 1} onClick={() => move(k, k + 1)} />
                        <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${row}`} onClick={() => remove(name)} />
                      </Space>
                    )
                  }
                >
                  <Flex gap={16} wrap="wrap">
                    <Form.Item label="指标名称" name={[name, 'name']} style={{ flex: '2 1 260px' }} rules={[{ required: true, whitespace: true, message: '请填写指标名称' }]}>
                      <Input maxLength={200} aria-label={`${row}名称`} />
                    </Form.Item>
                    <Form.Item label="分值" name={[name, 'weight']} style={{ flex: '0 0 130px' }} rules={[{ required: true, message: '请填写分值' }]}>
                      <InputNumber min={0} max={1000} step={1} precision={2} style={{ width: '100%' }} aria-label={`${row}分值`} />
                    </Form.Item>
                    <Form.Item label="评分规则" name={[name, 'rule']} style={{ flex: '1 1 280px' }} rules={[{ required: true, message: '请选择评分规则' }]} extra={rule ? RULE_HINTS[rule] : undefined}>
                      <Select options={ruleOptions} aria-label={`${row}评分规则`} />
                    </Form.Item>
                  </Flex>
                  <Form.Item label="参数" name={[name, 'params']}>
                    <ParamsInput rule={rule} row={row} plans={plans} hints={rules.params} disabled={!canEdit || saving} />
                  </Form.Item>
                  <Form.Item label="评分说明" name={[name, 'description']} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} aria-label={`${row}评分说明`} />
                  </Form.Item>
                </Card>
              );
            })}
            {fields.length === 0 && <Typography.Text type="secondary">还没有考核指标。</Typography.Text>}
            {canEdit && (
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', weight: null, rule: 'manual', params: {}, description: null })} block>
                添加指标
              </Button>
            )}
          </Space>
        )}
      </Form.List>
      <SaveError error={error} onReload={onReload} title="未能保存考核指标" testId="indicators-error" style={{ marginTop: 16 }} />
      <SaveBar canSave={canEdit} saving={saving} label="保存指标" onSave={save} note={`${rows?.length ?? 0}项指标，合计${points(total)}分`} noteTestId="weight-total" style={{ marginTop: 16 }} />
    </Form>
  );
}

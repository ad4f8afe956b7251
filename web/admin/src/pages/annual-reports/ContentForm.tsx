import { App, Button, Col, Divider, Flex, Form, Input, InputNumber, Popconfirm, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showServerErrors } from '../../common/formErrors';
import { SaveBar, SaveError } from '../../common/SaveBar';
import { reportsApi } from './api';
import { SCOPE_LABELS } from './labels';
import OverridesFields from './OverridesFields';
import type { DocumentOverride, Entered, Overrides, ReportInputs, ReportScope, Sections, Workspace } from './types';
import { type ReportWords, useWords } from './vocabulary';

type Maybe<T> = { [K in keyof T]?: T[K] | null };
interface Values {
  scope: ReportScope;
  sections: Sections;
  entered: Maybe<Entered>;
  correcting: boolean;
  overrides: { regulations?: Maybe<DocumentOverride>; normativeDocuments?: Maybe<DocumentOverride>; reason?: string };
}

const hasOverride = (o: Overrides) => [o.regulations, o.normativeDocuments].some((b) => b && Object.values(b).some((v) => v !== undefined && v !== null));
const defined = (o: Maybe<DocumentOverride> | undefined): DocumentOverride | undefined => {
  const out = Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'number')) as DocumentOverride;
  return Object.keys(out).length ? out : undefined;
};

function inputsOf(v: Values): ReportInputs {
  const e = v.entered;
  const overrides: Overrides = {};
  if (v.correcting) {
    const regulations = defined(v.overrides?.regulations);
    const normativeDocuments = defined(v.overrides?.normativeDocuments);
    if (regulations) overrides.regulations = regulations;
    if (normativeDocuments) overrides.normativeDocuments = normativeDocuments;
    if (v.overrides?.reason?.trim()) overrides.reason = v.overrides.reason.trim();
  }
  return {
    scope: v.scope,
    sections: { overview: v.sections.overview ?? '', problems: v.sections.problems ?? '', other: v.sections.other ?? '' },
    entered: { licensing: e.licensing ?? 0, punishment: e.punishment ?? 0, enforcement: e.enforcement ?? 0, feesTenThousandYuan: e.feesTenThousandYuan ?? 0 },
    overrides,
  };
}

const SECTION_KEYS = ['overview', 'problems', 'other'] as const;
const SECTION_HINTS: Record<(typeof SECTION_KEYS)[number], string> = {
  overview: '主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的总体情况（发布前必须填写）',
  problems: '上一年度存在问题的改进情况和本年度存在的主要问题及改进措施（发布前必须填写）',
  other: '如收取信息处理费的情况、人大代表建议和政协提案办理结果公开情况等；没有可写“无”',
};
/** The table 二 figures the office enters (inputs.ts `entered`), labelled as the table prints them. */
const enteredFields = ({ item, tableLabels }: ReportWords) => [
  { key: 'licensing', label: `${item.licensing.label}${tableLabels.decisions}`, decimals: 0 },
  { key: 'punishment', label: `${item.punishment.label}${tableLabels.decisions}`, decimals: 0 },
  { key: 'enforcement', label: `${item.enforcement.label}${tableLabels.decisions}`, decimals: 0 },
  { key: 'feesTenThousandYuan', label: `${item.fees.label}（万元）`, decimals: 4 },
] as const;

interface Props {
  ws: Workspace;
  editable: boolean;
  /** The 统计范围 radio moved: the tables preview the other scope (saved with 保存). */
  onScope(scope: ReportScope): void;
  onDirty(): void;
  onSaved(ws: Workspace): void;
  onReload(): void;
}

/** 报告内容: sections 一、五、六, the table 二 figures the platform does not hold, corrections, 统计范围; 保存 with the version. */
export default function ContentForm({ ws, editable, onScope, onDirty, onSaved, onReload }: Props) {
  const { message } = App.useApp();
  const words = useWords();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const initial: Values = { ...ws.inputs, scope: ws.scope, correcting: hasOverride(ws.inputs.overrides), overrides: { ...ws.inputs.overrides } };

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await reportsApi.save(ws.org.code, ws.year, { version: ws.version, ...inputsOf(v) });
      message.success('报告已保存');
      onSaved(saved);
    } catch (err) {
      const conflict = err instanceof ApiError && err.code === 'ANNUAL_REPORT_VERSION_CONFLICT';
      setError({ text: showServerErrors(form, err), conflict });
    } finally {
      setSaving(false);
    }
  };

  const usePrevious = () => {
    if (!ws.previousSections) return;
    form.setFieldsValue({ sections: { ...ws.previousSections } });
    onDirty();
  };

  return (
    <Form<Values>
      form={form}
      name="annualReport"
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      disabled={!editable || saving}
      onValuesChange={(changed: Partial<Values>) => {
        onDirty();
        setError(null);
        if (changed.scope) onScope(changed.scope);
      }}
    >
      <Form.Item label="统计范围" name="scope" extra="政府的报告一般含所属部门和下级政府；部门的报告一般只含本机关。">
        <Radio.Group options={(['self', 'subtree'] as const).map((value) => ({ value, label: SCOPE_LABELS[value] }))} />
      </Form.Item>
      {ws.previousSections && editable && (
        <Flex justify="flex-end">
          <Popconfirm title="采用上年报告的文字？" description="将以上年报告的一、五、六部分替换当前文字，可再修改。" okText="采用" cancelText="取消" onConfirm={usePrevious}>
            <Button>采用上年文字</Button>
          </Popconfirm>
        </Flex>
      )}
      {SECTION_KEYS.map((k) => (
        <Form.Item key={k} label={words.sections[k]} name={['sections', k]} extra={SECTION_HINTS[k]}>
          <Input.TextArea autoSize={{ minRows: k === 'overview' ? 6 : 3, maxRows: 20 }} maxLength={20000} />
        </Form.Item>
      ))}
      <Divider titlePlacement="start">表二中需要填报的数字</Divider>
      <Typography.Paragraph type="secondary">平台不掌握行政许可、行政处罚、行政强制的处理决定和行政事业性收费，请按本机关统计填报；没有的填0。</Typography.Paragraph>
      <Row gutter={16}>
        {enteredFields(words).map((f) => (
          <Col key={f.key} xs={24} md={12} xl={6}>
            <Form.Item label={f.label} name={['entered', f.key]} rules={[{ required: true, message: `请填写${f.label}（没有的填0）` }]}>
              <InputNumber min={0} precision={f.decimals} step={f.decimals ? 0.01 : 1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <OverridesFields computed={ws.computed} disabled={!editable || saving} />
      <SaveError error={error} onReload={onReload} />
      <SaveBar canSave={editable} saving={saving} note={ws.version ? `已保存第 ${ws.version} 次修改` : '尚未保存'} readOnlyNote="只有政务公开办管理员可以编写和发布年度报告。" />
    </Form>
  );
}

import { App, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { reportFormError } from '../../common/formErrors';
import { type CatalogueEntry, type CatalogueVocabulary, type EntryInput, RULE_KIND_LABELS, type RuleKind, type Period, catalogueApi } from './catalogueApi';

interface Values {
  category?: string;
  itemL1: string;
  itemL2?: string;
  content: string;
  basis?: string;
  timeLimit?: string;
  ruleMode: 'auto' | RuleKind;
  days?: number | null;
  period?: Period;
  subject?: string;
  channels: string[];
  audience: string;
  mode: string;
  level?: string;
  sortOrder?: number | null;
}

const FIELDS = ['category', 'itemL1', 'itemL2', 'content', 'basis', 'timeLimit', 'rule', 'subject', 'channels', 'audience', 'mode', 'level', 'sortOrder'];

interface Props {
  orgId: number;
  orgName: string;
  entry: CatalogueEntry | null;
  vocabulary: CatalogueVocabulary | null;
  onClose(): void;
  onSaved(e: CatalogueEntry): void;
}

/** 新增 / 编辑 one row of the 标准目录 (国办发〔2019〕54号 columns). */
export default function EntryFormModal({ orgId, orgName, entry, vocabulary, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const ruleMode = Form.useWatch('ruleMode', form);
  const initial: Partial<Values> = entry
    ? {
        category: entry.category ?? '', itemL1: entry.itemL1, itemL2: entry.itemL2 ?? '', content: entry.content, basis: entry.basis, timeLimit: entry.timeLimit,
        ruleMode: 'auto', days: entry.rule.days, period: entry.rule.period ?? undefined, subject: entry.subject, channels: entry.channels,
        audience: entry.audience, mode: entry.mode, level: entry.level, sortOrder: entry.sortOrder,
      }
    : { ruleMode: 'auto', channels: ['政府网站'], audience: '全社会', mode: '主动', subject: orgName };

  const onFinish = async (v: Values) => {
    const input: EntryInput = {
      category: v.category?.trim() || null, itemL1: v.itemL1.trim(), itemL2: v.itemL2?.trim() || null, content: v.content.trim(), basis: v.basis?.trim() ?? '',
      timeLimit: v.timeLimit?.trim() ?? '', subject: v.subject?.trim() ?? '', channels: v.channels, audience: v.audience, mode: v.mode, level: v.level?.trim() ?? '',
      ...(v.sortOrder ? { sortOrder: v.sortOrder } : {}),
      ...(v.ruleMode === 'auto' ? {} : { rule: { kind: v.ruleMode, days: v.ruleMode === 'event' ? v.days ?? null : null, period: v.ruleMode === 'periodic' ? v.period ?? null : null } }),
    };
    setSaving(true);
    try {
      // Editing with 自动识别 and the same 公开时限 keeps the stored rule (the server parses only new text).
      const { timeLimit, ...rest } = input;
      const saved = entry
        ? await catalogueApi.update(entry.id, timeLimit === entry.timeLimit && v.ruleMode === 'auto' ? rest : input)
        : await catalogueApi.create(orgId, input);
      message.success(entry ? '已保存目录条目' : '已新增目录条目');
      onSaved(saved);
    } catch (err) {
      reportFormError(form, err, FIELDS, (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  const categoryOptions = (vocabulary?.categories ?? []).map((g) => ({ label: g.group, options: g.items.map((value) => ({ value })) }));
  return (
    <Modal open title={entry ? '编辑目录条目' : `新增目录条目（${orgName}）`} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={saving} mask={{ closable: false }} width={720}>
      <Form form={form} name="catalogueEntry" layout="vertical" initialValues={initial} onFinish={onFinish} disabled={saving}>
        <Form.Item label="公开类别" name="category" extra="可选择《政府信息公开条例》第二十条、第二十一条规定的类别，也可直接填写">
          <AutoComplete options={categoryOptions} allowClear placeholder="如：财政预算、决算信息" filterOption={(input, o) => !!o && 'value' in o && String(o.value).includes(input)} />
        </Form.Item>
        <Space size="middle" style={{ display: 'flex' }} align="start">
          <Form.Item label="一级事项" name="itemL1" rules={[{ required: true, whitespace: true, message: '请填写一级事项' }, { max: 100 }]} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="二级事项" name="itemL2" rules={[{ max: 100 }]} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item label="公开内容（要素）" name="content" rules={[{ required: true, whitespace: true, message: '请填写公开内容（要素）' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label="公开依据" name="basis">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label="公开时限" name="timeLimit" extra="照目录原文填写，如“信息形成或者变更之日起20个工作日内”“每季度”“实时公开”">
          <Input maxLength={200} />
        </Form.Item>
        <Space size="middle" wrap align="start">
          <Form.Item label="时限规则（用于覆盖情况）" name="ruleMode" extra={entry ? `当前规则：${entry.ruleLabel}` : undefined}>
            <Select style={{ width: 260 }} options={[{ value: 'auto', label: '按公开时限自动识别' }, ...(Object.keys(RULE_KIND_LABELS) as RuleKind[]).map((k) => ({ value: k, label: RULE_KIND_LABELS[k] }))]} />
          </Form.Item>
          {ruleMode === 'event' && (
            <Form.Item label="工作日数" name="days">
              <InputNumber min={1} max={365} placeholder="20" />
            </Form.Item>
          )}
          {ruleMode === 'periodic' && (
            <Form.Item label="周期" name="period" rules={[{ required: true, message: '请选择周期' }]}>
              <Select style={{ width: 140 }} options={(vocabulary?.periods ?? []).map((p) => ({ value: p.value, label: p.label }))} />
            </Form.Item>
          )}
        </Space>
        <Form.Item label="公开主体" name="subject">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="公开渠道和载体" name="channels" extra="可多选，也可输入其他渠道后回车">
          <Select mode="tags" options={(vocabulary?.channels ?? []).map((value) => ({ value }))} tokenSeparators={['、', '，', ',']} />
        </Form.Item>
        <Space size="large" wrap align="start">
          <Form.Item label="公开对象" name="audience">
            <Radio.Group options={(vocabulary?.audiences ?? ['全社会', '特定群体']).map((value) => ({ value, label: value }))} />
          </Form.Item>
          <Form.Item label="公开方式" name="mode">
            <Radio.Group options={(vocabulary?.modes ?? ['主动', '依申请']).map((value) => ({ value, label: value }))} />
          </Form.Item>
          <Form.Item label="公开层级" name="level">
            <AutoComplete style={{ width: 140 }} options={(vocabulary?.levels ?? []).map((value) => ({ value }))} allowClear />
          </Form.Item>
          <Form.Item label="排序" name="sortOrder" extra="数字小的在前，留空排在最后">
            <InputNumber min={0} max={1000000} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

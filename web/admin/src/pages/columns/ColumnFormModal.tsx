import { App, Form, Input, InputNumber, Modal, Radio, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { reportFormError } from '../../common/formErrors';
import { COLUMN_KIND_LABELS, type Column, type ColumnInput, type ColumnKind, DEFAULT_MAX_DAYS, columnsApi, toOptions, toTree } from './columnsApi';

interface Values {
  parentId?: number | null;
  name: string;
  slug: string;
  description?: string;
  kind: ColumnKind;
  rule: 'default' | 'custom' | 'none';
  maxDays?: number | null;
  sortOrder?: number | null;
}

const FIELDS = ['parentId', 'name', 'slug', 'description', 'kind', 'maxDays', 'sortOrder'];

export type ColumnFormTarget = { mode: 'create'; parentId: number | null } | { mode: 'edit'; column: Column };

/** 新增 / 编辑 a 专栏 with its 栏目不更新 rule. */
export default function ColumnFormModal({ orgId, columns, target, onClose, onSaved }: { orgId: number; columns: Column[]; target: ColumnFormTarget; onClose(): void; onSaved(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const editing = target.mode === 'edit' ? target.column : null;
  const kind = Form.useWatch('kind', form) as ColumnKind | undefined;
  const rule = Form.useWatch('rule', form);
  const parents = useMemo(() => toOptions(toTree(columns)), [columns]);
  const initial: Partial<Values> = editing
    ? { name: editing.name, slug: editing.slug, description: editing.description, kind: editing.kind, sortOrder: editing.sortOrder,
        rule: editing.maxDays === null ? 'none' : editing.maxDays === DEFAULT_MAX_DAYS[editing.kind] ? 'default' : 'custom', maxDays: editing.maxDays }
    : { parentId: target.mode === 'create' ? target.parentId : null, kind: 'news', rule: 'default' };

  const onFinish = async (v: Values) => {
    const maxDays = v.rule === 'default' ? DEFAULT_MAX_DAYS[v.kind] : v.rule === 'none' ? null : v.maxDays ?? null;
    const input: ColumnInput = { name: v.name.trim(), slug: v.slug.trim(), description: v.description?.trim() ?? '', kind: v.kind, maxDays, ...(v.sortOrder ? { sortOrder: v.sortOrder } : {}) };
    setSaving(true);
    try {
      if (editing) await columnsApi.update(editing.id, input);
      else await columnsApi.create(orgId, v.parentId ?? null, input);
      message.success(editing ? `已保存专栏「${input.name}」` : `已新增专栏「${input.name}」`);
      onSaved();
    } catch (err) {
      reportFormError(form, err, FIELDS, (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  const def = kind ? DEFAULT_MAX_DAYS[kind] : null;
  return (
    <Modal open title={editing ? '编辑专栏' : '新增专栏'} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }} width={600}>
      <Form form={form} name="columnForm" layout="vertical" initialValues={initial} onFinish={onFinish} disabled={saving}>
        {!editing && (
          <Form.Item label="上级栏目" name="parentId" extra="不选为一级栏目">
            <TreeSelect treeData={parents} allowClear treeDefaultExpandAll placeholder="（一级栏目）" />
          </Form.Item>
        )}
        <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写栏目名称' }, { min: 2, max: 50, message: '栏目名称为2至50个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="栏目标识" name="slug" extra="用于公开地址 /xxgk/columns/机构代码/栏目标识，如 tzgg"
          rules={[{ required: true, message: '请填写栏目标识' }, { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: '2至40个小写字母、数字或连字符，以字母或数字开头' }]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item label="栏目类型" name="kind" rules={[{ required: true }]}>
          <Select options={(Object.keys(COLUMN_KIND_LABELS) as ColumnKind[]).map((k) => ({ value: k, label: COLUMN_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item label="更新要求" name="rule" extra="国办秘函〔2019〕19号：动态要闻类 2 周内、通知公告和政策文件类 6 个月内须有更新">
          <Radio.Group options={[
            { value: 'default', label: def ? `按类型默认（${def} 天）` : '按类型默认（不要求）' },
            { value: 'custom', label: '自定义' },
            { value: 'none', label: '不要求定期更新' },
          ]} />
        </Form.Item>
        {rule === 'custom' && (
          <Form.Item label="最长不更新天数" name="maxDays" rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={1} max={3660} suffix="天" />
          </Form.Item>
        )}
        <Form.Item label="栏目说明" name="description">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" extra="数字小的在前，留空排在同级最后">
          <InputNumber min={0} max={1000000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

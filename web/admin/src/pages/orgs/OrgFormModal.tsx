import { App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Org, OrgKind, OrgLevel, UpdateOrgInput } from '../../api/types';
import { reportFormError } from '../../common/formErrors';
import { ORG_KIND_LABELS, ORG_LEVEL_LABELS, toOptions } from '../../common/labels';

interface OrgFormValues {
  name: string;
  shortName?: string;
  code: string;
  kind: OrgKind;
  level: OrgLevel;
  sortOrder?: number | null;
}

const FIELDS = ['name', 'shortName', 'code', 'kind', 'level', 'sortOrder'];

export type OrgFormMode = { mode: 'create'; parent: Org } | { mode: 'edit'; org: Org };

interface Props {
  target: OrgFormMode;
  onClose(): void;
  onSaved(org: Org): void;
}

/** 新增下级机构 / 编辑机构. Mounted fresh for each use. */
export default function OrgFormModal({ target, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  const [saving, setSaving] = useState(false);

  const initialValues: Partial<OrgFormValues> =
    target.mode === 'edit'
      ? { name: target.org.name, shortName: target.org.shortName ?? '', code: target.org.code, kind: target.org.kind, level: target.org.level, sortOrder: target.org.sortOrder }
      : // A new child is most often a department at its parent's level (e.g. 市人民政府 → 市教育局).
        { kind: 'department', level: target.parent.level, sortOrder: 0 };

  const onFinish = async (v: OrgFormValues) => {
    const shortName = v.shortName?.trim() ? v.shortName.trim() : null;
    setSaving(true);
    try {
      let saved: Org;
      if (target.mode === 'create') {
        saved = await api.orgs.create({
          parentId: target.parent.id,
          name: v.name.trim(),
          code: v.code.trim(),
          shortName,
          kind: v.kind,
          level: v.level,
          ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
        });
        message.success(`已新增机构「${saved.name}」`);
      } else {
        const o = target.org;
        const patch: UpdateOrgInput = {};
        if (v.name.trim() !== o.name) patch.name = v.name.trim();
        if (shortName !== o.shortName) patch.shortName = shortName;
        if (v.code.trim() !== o.code) patch.code = v.code.trim();
        if (v.kind !== o.kind) patch.kind = v.kind;
        if (v.level !== o.level) patch.level = v.level;
        if (typeof v.sortOrder === 'number' && v.sortOrder !== o.sortOrder) patch.sortOrder = v.sortOrder;
        if (Object.keys(patch).length === 0) {
          message.info('没有需要保存的修改');
          onClose();
          return;
        }
        saved = await api.orgs.update(o.id, patch);
        message.success(`已保存机构「${saved.name}」`);
      }
      onSaved(saved);
    } catch (err) {
      reportFormError(form, err, FIELDS, (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={target.mode === 'create' ? '新增下级机构' : '编辑机构'}
      okText="确定"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      width={560}
    >
      {target.mode === 'create' && (
        <Typography.Paragraph type="secondary">
          上级机构：<span data-testid="org-form-parent">{target.parent.name}</span>
        </Typography.Paragraph>
      )}
      <Form form={form} name="orgForm" layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={saving}>
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入名称' }, { min: 2, message: '名称至少2个字' }, { max: 100, message: '名称最多100个字' }]}>
          <Input maxLength={100} placeholder="如：某某市人民政府办公室" />
        </Form.Item>
        <Form.Item label="简称" name="shortName" rules={[{ max: 40, message: '简称最多40个字' }]}>
          <Input maxLength={40} placeholder="可不填" />
        </Form.Item>
        <Form.Item
          label="机构编码"
          name="code"
          extra="用于信息索引号，只能包含字母、数字和连字符"
          rules={[
            { required: true, whitespace: true, message: '请输入机构编码' },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/, message: '机构编码只能包含字母、数字和连字符' },
            { min: 2, message: '机构编码至少2个字符' },
            { max: 40, message: '机构编码最多40个字符' },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={toOptions(ORG_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label="层级" name="level" rules={[{ required: true, message: '请选择层级' }]}>
          <Select options={toOptions(ORG_LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" extra="数字越小越靠前">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

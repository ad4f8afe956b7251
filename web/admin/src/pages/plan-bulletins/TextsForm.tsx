import { App, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showServerErrors } from '../../common/formErrors';
import { SaveBar, SaveError } from '../../common/SaveBar';
import { bulletinsApi } from './api';
import type { Bulletin } from './types';

interface Values {
  title: string;
  number: string;
  issuer: string;
  intro: string;
  closing: string;
}

interface Props {
  bulletin: Bulletin;
  editable: boolean;
  onDirty(dirty: boolean): void;
  onSaved(b: Bulletin): void;
  onReload(): void;
}

/** 标题、文号、发文机关、导语、结束语 of a draft, saved with its version (the figures are not edited here). */
export default function TextsForm({ bulletin: b, editable, onDirty, onSaved, onReload }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const canEdit = editable && b.status === 'draft';

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await bulletinsApi.update(b.id, { version: b.version, title: v.title.trim(), number: v.number?.trim() || null, issuer: v.issuer.trim(), intro: v.intro ?? '', closing: v.closing ?? '' });
      message.success('通报文字已保存');
      onDirty(false);
      onSaved(saved);
    } catch (err) {
      setError({ text: showServerErrors(form, err), conflict: err instanceof ApiError && err.code === 'PLAN_BULLETIN_VERSION_CONFLICT' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="bulletinTexts"
      layout="vertical"
      initialValues={{ title: b.title, number: b.number ?? '', issuer: b.issuer, intro: b.intro, closing: b.closing }}
      onFinish={onFinish}
      disabled={!canEdit || saving}
      onValuesChange={() => {
        onDirty(true);
        setError(null);
      }}
    >
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '标题不能为空' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={16} wrap="wrap">
        <Form.Item label="文号" name="number" style={{ flex: '1 1 260px' }}>
          <Input maxLength={100} placeholder="如：菏政公开办〔2026〕3号" />
        </Form.Item>
        <Form.Item label="发文机关" name="issuer" style={{ flex: '1 1 260px' }} rules={[{ required: true, whitespace: true, message: '发文机关不能为空' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Form.Item label="导语" name="intro" extra="通报正文开头的一段话；其后依次是总体情况、各单位完成情况、逾期任务清单和排名（由数据生成）。">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
      <Form.Item label="结束语" name="closing" extra="如整改要求和报送时间；可分段。">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
      <SaveError error={error} onReload={onReload} />
      <SaveBar canSave={canEdit} saving={saving} note={`第 ${b.version} 版`} readOnlyNote={b.status === 'published' ? '通报已经发布，不能再修改。' : '只有政务公开办管理员可以修改通报。'} />
    </Form>
  );
}

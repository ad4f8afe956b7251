import { Alert, App, Form, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { requestsApi } from './api';
import { showServerErrors } from '../../common/formErrors';
import type { ReplyTemplate } from './types';

interface Values {
  article: string;
  letterTitle: string;
  body: string;
}

const RESERVED: { key: string; label: string }[] = [
  { key: 'applicantName', label: '申请人姓名或名称' },
  { key: 'receivedOn', label: '收到申请之日' },
  { key: 'description', label: '申请获取的政府信息' },
  { key: 'article', label: '法律依据（上面的“法律依据”）' },
  { key: 'orgName', label: '本机关名称' },
];

interface Props {
  orgId: number;
  template: ReplyTemplate;
  onClose(): void;
  onSaved(): void;
}

/** 修改答复模板: basis, title and wording; the server checks the placeholders (LETTER_TEMPLATE_INVALID). */
export default function TemplateEditModal({ orgId, template: t, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const placeholders = [
    ...RESERVED.map((r) => ({ ...r, note: '系统自动填写' })),
    ...t.fields.map((f) => ({ key: f.key, label: f.label, note: f.required ? '答复时必填' : '答复时选填（只能用在 [[ ]] 内）' })),
  ];

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await requestsApi.saveTemplate(t.code, { orgId, article: v.article.trim(), letterTitle: v.letterTitle.trim(), body: v.body.trim() });
      message.success(`已保存“${t.label}”（第 ${saved.version} 版）`);
      onSaved();
    } catch (err) {
      setError(showServerErrors(form, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={`修改答复模板：${t.label}`} width={820} okText="保存为新版本" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }}>
      <Form<Values> form={form} name="templateForm" layout="vertical" initialValues={{ article: t.article, letterTitle: t.letterTitle, body: t.body }} onFinish={onFinish} disabled={saving}>
        <Form.Item label="法律依据" name="article" rules={[{ required: true, whitespace: true, message: '请填写法律依据' }, { min: 4, message: '至少4个字' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="文书标题" name="letterTitle" rules={[{ required: true, whitespace: true, message: '请填写文书标题' }, { min: 2, message: '至少2个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label="正文"
          name="body"
          extra="段落之间换行；{名称} 为占位符；[[ … ]] 内为可选段落，其中的占位符都有内容时才保留。"
          rules={[{ required: true, whitespace: true, message: '请填写正文' }, { min: 10, message: '至少10个字' }]}
        >
          <Input.TextArea maxLength={10000} autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
      </Form>
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        可用的占位符
      </Typography.Title>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={placeholders}
        data-testid="template-placeholders"
        columns={[
          { title: '占位符', dataIndex: 'key', key: 'key', render: (k: string) => <Typography.Text code>{`{${k}}`}</Typography.Text> },
          { title: '内容', dataIndex: 'label', key: 'label' },
          { title: '说明', dataIndex: 'note', key: 'note' },
        ]}
      />
      {error && <Alert type="error" showIcon title="未能保存" description={error} style={{ marginTop: 16 }} />}
    </Modal>
  );
}

import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { DocumentView } from '../../api/types';
import { reportFormError } from '../../common/formErrors';

interface Props {
  doc: DocumentView;
  onClose(): void;
  onDone(doc: DocumentView): void;
}

/** 撤回已发布的文件: the page keeps its address and shows the reason to the public. */
export default function WithdrawModal({ doc, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: { reason: string }) => {
    setSaving(true);
    try {
      const d = await api.documents.withdraw(doc.id, v.reason.trim());
      message.success('已撤回发布');
      onDone(d);
    } catch (err) {
      reportFormError(form, err, ['reason'], (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="撤回发布"
      okText="确定撤回"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        title="撤回后文件从门户列表和检索中移除"
        description="原网址仍可访问，页面显示撤回时间和下面填写的撤回原因。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} name="withdrawForm" layout="vertical" onFinish={onFinish} disabled={saving}>
        <Form.Item
          label="撤回原因（向公众显示）"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写撤回原因' },
            { min: 4, message: '撤回原因至少4个字' },
          ]}
        >
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { VocabOption } from '../../api/types';
import { reportFormError } from '../../common/formErrors';

interface Values {
  basis: string;
  note: string;
}

interface Props {
  bases: VocabOption[];
  onClose(): void;
  onSubmit(basis: string, note: string): Promise<void>;
}

/** 记录合法例外: the lawful basis for publishing personal information as it is (条例第十五条). */
export default function PiiExceptionModal({ bases, onClose, onSubmit }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: Values) => {
    setSaving(true);
    try {
      await onSubmit(v.basis, v.note.trim());
    } catch (err) {
      reportFormError(form, err, ['basis', 'note'], (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title="记录合法例外" okText="确定" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }}>
      <Alert
        type="warning"
        showIcon
        title="个人信息原则上应去标识化后公开"
        description="只有法律法规要求公开、权利人同意或不公开会对公共利益造成重大影响时，才可原样公开。例外及依据记入办理过程和审计日志。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} name="piiExceptionForm" layout="vertical" onFinish={onFinish} disabled={saving}>
        <Form.Item label="法定依据" name="basis" rules={[{ required: true, message: '请选择例外的法定依据' }]}>
          <Select options={bases} placeholder="请选择" popupMatchSelectWidth={false} />
        </Form.Item>
        <Form.Item
          label="依据说明"
          name="note"
          extra="写明具体的法律条款、文件或权利人同意书"
          rules={[
            { required: true, whitespace: true, message: '请写明依据的具体法律条款或文件' },
            { min: 4, message: '依据说明至少4个字' },
          ]}
        >
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

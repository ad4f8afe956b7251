import { Form, Input } from 'antd';
import { requestsApi } from '../api';
import StepModal, { type StepProps } from './StepModal';

/** 办理记录: a free-text note for the file, never shown to the applicant. */
export default function NoteModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <StepModal<{ text: string }>
      form={form}
      name="noteStep"
      title="添加办理记录"
      okText="保存"
      intro="办理记录只在管理后台显示，不向申请人公开。"
      successText="已添加办理记录"
      submit={(v) => requestsApi.step(r.id, 'notes', { text: v.text.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item label="记录内容" name="text" rules={[{ required: true, whitespace: true, message: '请填写记录内容' }]}>
        <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </StepModal>
  );
}

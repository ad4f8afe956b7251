import { Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  workdays: number;
  reason: string;
}

/** 延期答复 (第三十三条第二款): once, approved by the head of the office, at most 20 working days. */
export default function ExtensionModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  return (
    <StepModal<Values>
      form={form}
      name="extensionStep"
      title="延期答复"
      okText="批准延期"
      intro={`不能在20个工作日内答复的，经政府信息公开工作机构负责人同意可以延长答复期限，延长的期限最长不得超过20个工作日（条例第三十三条第二款），并告知申请人。当前答复期限：${r.clock.dueOn ?? '—'}。`}
      initialValues={{ on: todayValue(), workdays: 20 }}
      successText="已批准延期答复"
      submit={(v) => requestsApi.step(r.id, 'extension', { on: isoDate(v.on), workdays: v.workdays, reason: v.reason.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="延期决定日期" />
      <Form.Item label="延长工作日" name="workdays" rules={[{ required: true, message: '请填写延长的工作日' }]}>
        <InputNumber min={1} max={20} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="延期理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明延期理由' }, { min: 4, message: '延期理由至少4个字' }]}>
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

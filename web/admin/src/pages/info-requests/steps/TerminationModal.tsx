import { Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

type Ending = 'other.correctionOverdue' | 'other.feeUnpaid' | 'other.other';
interface Values {
  on: Dayjs;
  result: Ending;
  reason: string;
}

const ENDINGS: { value: Ending; label: string }[] = [
  { value: 'other.correctionOverdue', label: '申请人无正当理由逾期不补正（视为放弃申请，条例第三十条）' },
  { value: 'other.feeUnpaid', label: '申请人逾期未按收费通知要求缴纳费用' },
  { value: 'other.other', label: '其他（如申请人撤回申请）' },
];

/** 终止办理 without a reply letter: withdrawn, or a correction / payment that did not come in time. */
export default function TerminationModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const suggested: Ending = r.status === 'awaiting_correction' ? 'other.correctionOverdue' : r.status === 'awaiting_payment' ? 'other.feeUnpaid' : 'other.other';
  return (
    <StepModal<Values>
      form={form}
      name="terminationStep"
      title="终止办理"
      okText="终止办理"
      danger
      width={600}
      intro="终止后申请即办结，不能再办理其他步骤。需要向申请人出具告知书的，请使用“答复”选择相应的答复类型。"
      initialValues={{ on: todayValue(), result: suggested }}
      successText="已终止办理"
      submit={(v) => requestsApi.step(r.id, 'termination', { on: isoDate(v.on), result: v.result, reason: v.reason.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="终止日期" />
      <Form.Item label="终止原因类型" name="result">
        <Radio.Group options={ENDINGS} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
      </Form.Item>
      <Form.Item label="终止理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明终止理由' }, { min: 4, message: '终止理由至少4个字' }]}>
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

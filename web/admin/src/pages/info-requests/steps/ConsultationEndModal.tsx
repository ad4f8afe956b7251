import { Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { consultationParties } from '../ClockPanel';
import { isoDate, todayValue } from '../dates';
import { OPINION_LABELS } from '../labels';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  consultationId: string;
  on: Dayjs;
  opinion: 'agree' | 'object' | 'no_reply';
  note?: string;
}

/** 登记征求意见结果: the answer (or its absence at the end of the 15 working days) ends the pause. */
export default function ConsultationEndModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const parties = consultationParties(r.events);
  const open = r.clock.consultations.filter((c) => c.endedOn === null);
  return (
    <StepModal<Values>
      form={form}
      name="consultationEndStep"
      title="登记意见结果"
      okText="登记"
      intro="第三方逾期未提出意见的，由行政机关依照条例规定决定是否公开（第三十二条）。"
      initialValues={{ on: todayValue(), opinion: 'agree', consultationId: open[0]?.consultationId }}
      successText="已登记意见结果"
      submit={(v) => requestsApi.step(r.id, 'consultation-end', { on: isoDate(v.on), consultationId: v.consultationId, opinion: v.opinion, note: v.note?.trim() || undefined })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item label="征求意见" name="consultationId" rules={[{ required: true, message: '请选择征求意见' }]}>
        <Select
          options={open.map((c) => ({
            value: c.consultationId,
            label: `${parties.get(c.consultationId) ?? c.consultationId}（${c.startedOn} 发出${c.answerBy ? `，${c.answerBy} 前答复` : ''}）`,
          }))}
        />
      </Form.Item>
      <StepDate label="收到意见之日" />
      <Form.Item label="意见" name="opinion">
        <Radio.Group options={Object.entries(OPINION_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label="意见摘要（选填）" name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

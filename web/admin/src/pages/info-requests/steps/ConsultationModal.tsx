import { Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import { CONSULTATION_KIND_LABELS } from '../labels';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  party: string;
  kind: 'third_party' | 'other_organ';
}

/** 征求意见 of a third party (第三十二条) or another organ (第三十四条): the time is not counted (第三十三条). */
export default function ConsultationModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  return (
    <StepModal<Values>
      form={form}
      name="consultationStep"
      title="征求意见"
      okText="登记"
      intro="征求第三方或其他机关意见所需时间不计算在答复期限内（条例第三十三条第二款）；第三方应自收到征求意见书之日起15个工作日内提出意见。"
      initialValues={{ on: todayValue(), kind: 'third_party' }}
      successText="已登记征求意见，答复期限暂停计算"
      submit={(v) => requestsApi.step(r.id, 'consultations', { on: isoDate(v.on), party: v.party.trim(), kind: v.kind })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="发出征求意见函之日" />
      <Form.Item label="征求对象" name="kind">
        <Radio.Group options={Object.entries(CONSULTATION_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label="被征求意见的第三方或机关" name="party" rules={[{ required: true, whitespace: true, message: '请填写被征求意见的第三方或机关' }, { min: 2, message: '至少2个字' }]}>
        <Input maxLength={100} />
      </Form.Item>
    </StepModal>
  );
}

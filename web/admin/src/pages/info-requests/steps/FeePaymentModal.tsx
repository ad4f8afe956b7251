import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

/** 登记缴费: the pause of the fee notice ends. */
export default function FeePaymentModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<{ on: Dayjs }>();
  return (
    <StepModal<{ on: Dayjs }>
      form={form}
      name="feePaymentStep"
      title="登记缴费"
      okText="登记"
      intro={`缴费期限：${r.clock.payBy ?? '—'}。缴费后答复期限恢复计算。`}
      initialValues={{ on: todayValue() }}
      successText="已登记缴费"
      submit={(v) => requestsApi.step(r.id, 'fee-payment', { on: isoDate(v.on) })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="缴费日期" />
    </StepModal>
  );
}

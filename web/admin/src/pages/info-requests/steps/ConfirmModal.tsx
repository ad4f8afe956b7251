import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  receivedOn: Dayjs;
  note?: string;
}

/** 确认受理 an online application: the day both sides confirm is its receipt date (第三十一条). */
export default function ConfirmModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  return (
    <StepModal<Values>
      form={form}
      name="confirmStep"
      title="确认受理"
      okText="确认受理"
      intro="网络在线申请以双方确认之日为收到申请之日（条例第三十一条），答复期限自次日起算。"
      initialValues={{ receivedOn: todayValue() }}
      successText="已确认受理，开始计算答复期限"
      submit={(v) => requestsApi.step(r.id, 'confirm', { receivedOn: isoDate(v.receivedOn), note: v.note?.trim() || undefined })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate name="receivedOn" label="收到申请之日（双方确认之日）" />
      <Form.Item label="备注（选填）" name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

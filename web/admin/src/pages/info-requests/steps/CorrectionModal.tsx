import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  note?: string;
}

/** 登记收到的补正材料 (letter, in person): the 20 working days start again (第三十条). */
export default function CorrectionModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  return (
    <StepModal<Values>
      form={form}
      name="correctionStep"
      title="登记补正"
      okText="登记"
      intro={`补正期限：${r.clock.correctBy ?? '—'}。答复期限自收到补正之日起重新计算（条例第三十条）。`}
      initialValues={{ on: todayValue() }}
      successText="已登记补正，答复期限重新起算"
      submit={(v) => requestsApi.step(r.id, 'correction', { on: isoDate(v.on), note: v.note?.trim() || undefined })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="收到补正之日" />
      <Form.Item label="补正内容摘要（选填）" name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

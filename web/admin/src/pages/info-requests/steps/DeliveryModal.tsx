import { AutoComplete, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  method: string;
  note?: string;
}

const METHODS = ['电子邮件', '平台在线查看', '邮寄（挂号信）', 'EMS特快专递', '当面领取', '直接送达'];
const DEFAULT_METHOD: Record<string, string> = { electronic: '电子邮件', paper: '直接送达', mail: 'EMS特快专递', pickup: '当面领取' };

/** 登记送达: how and when the reply reached the applicant (第四十五条: 登记、审核、办理、答复、归档). */
export default function DeliveryModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  return (
    <StepModal<Values>
      form={form}
      name="deliveryStep"
      title="登记送达"
      okText="登记"
      initialValues={{ on: todayValue(), method: DEFAULT_METHOD[r.delivery] ?? '' }}
      successText="已登记送达"
      submit={(v) => requestsApi.step(r.id, 'delivery', { on: isoDate(v.on), method: v.method.trim(), note: v.note?.trim() || undefined })}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="送达日期" />
      <Form.Item label="送达方式" name="method" rules={[{ required: true, whitespace: true, message: '请填写送达方式' }, { min: 2, message: '至少2个字' }]}>
        <AutoComplete options={METHODS.map((value) => ({ value }))} maxLength={50} />
      </Form.Item>
      <Form.Item label="备注（选填，如邮件单号）" name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

import { Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  method: 'per_item' | 'per_volume';
  quantity: number;
  previousItemsThisMonth?: number;
}

/** 收费通知 (第四十二条; 国办函〔2020〕109号): the clock pauses until payment. */
export default function FeeNoticeModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form) ?? 'per_item';
  return (
    <StepModal<Values>
      form={form}
      name="feeNoticeStep"
      title="收费通知"
      okText="发出收费通知"
      intro="按件计收：同一申请人一个自然月内累计申请10件以下不收费，11—30件每件100元，以上逐级递增；按量计收：30页以下不收费，31—100页每页10元，101—200页每页20元，201页以上每页40元。自发出收费通知到缴费期间不计算在答复期限内。"
      initialValues={{ on: todayValue(), method: 'per_item', quantity: 1, previousItemsThisMonth: 0 }}
      successText="已发出收费通知"
      submit={(v) =>
        requestsApi.step(r.id, 'fee-notice', {
          on: isoDate(v.on),
          method: v.method,
          quantity: v.quantity,
          ...(v.method === 'per_item' ? { previousItemsThisMonth: v.previousItemsThisMonth ?? 0 } : {}),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="通知日期" />
      <Form.Item label="计收方式" name="method">
        <Radio.Group options={[{ value: 'per_item', label: '按件计收' }, { value: 'per_volume', label: '按量计收' }]} />
      </Form.Item>
      <Form.Item label={method === 'per_item' ? '本申请件数' : '页数'} name="quantity" rules={[{ required: true, message: '请填写数量' }]}>
        <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {method === 'per_item' && (
        <Form.Item label="该申请人本月此前已申请件数" name="previousItemsThisMonth">
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
    </StepModal>
  );
}

import { Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  items: string;
  correctWithinWorkdays: number;
}

/** 补正告知 (第三十条): once, within 7 working days of receipt, listing everything to be corrected. */
export default function CorrectionRequestModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const by = r.clock.correctionNoticeBy;
  return (
    <StepModal<Values>
      form={form}
      name="correctionRequestStep"
      title="补正告知"
      okText="发出补正告知"
      width={600}
      intro={`申请内容不明确的，应自收到申请之日起7个工作日内一次性告知申请人补正（条例第三十条）${by ? `，本申请最迟 ${by}` : ''}。补正期间答复期限暂停，收到补正后重新起算。`}
      initialValues={{ on: todayValue(), correctWithinWorkdays: 15 }}
      successText="已发出补正告知"
      submit={(v) =>
        requestsApi.step(r.id, 'correction-request', {
          on: isoDate(v.on),
          items: v.items.split('\n').map((s) => s.trim()).filter(Boolean),
          correctWithinWorkdays: v.correctWithinWorkdays,
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="告知日期" />
      <Form.Item
        label="需要补正的事项"
        name="items"
        extra="每行一项，须一次性列明全部事项"
        rules={[{ required: true, whitespace: true, message: '请至少列出一项需要补正的内容' }]}
      >
        <Input.TextArea maxLength={3000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="补正期限（工作日）" name="correctWithinWorkdays" extra="自告知之日起计算" rules={[{ required: true, message: '请填写补正期限' }]}>
        <InputNumber min={1} max={60} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </StepModal>
  );
}

import { Form, Input } from 'antd';
import ActionModal from './ActionModal';
import { plansApi } from './api';
import type { TaskDetail } from './types';

interface Values {
  note?: string;
  reason?: string;
}

/** 验收销号 (an optional note) or 退回重新整改 (a reason, required). */
export default function DecisionModal({ d, kind, onClose, onDone }: { d: TaskDetail; kind: 'accept' | 'return'; onClose(): void; onDone(d: TaskDetail): void }) {
  const [form] = Form.useForm<Values>();
  const accept = kind === 'accept';
  return (
    <ActionModal<Values>
      form={form}
      name={accept ? 'taskAccept' : 'taskReturn'}
      title={accept ? '验收销号' : '退回重新整改'}
      okText={accept ? '验收通过并销号' : '退回'}
      danger={!accept}
      intro={accept ? '验收通过后任务销号，不能再报送或修改。' : '退回后任务回到“推进中”，由责任单位继续整改后再次申请验收。'}
      successText={accept ? '任务已验收销号' : '任务已退回'}
      submit={(v) =>
        accept ? plansApi.accept(d.task.id, { ...(v.note?.trim() ? { note: v.note.trim() } : {}), version: d.task.version }) : plansApi.sendBack(d.task.id, { reason: v.reason ?? '', version: d.task.version })
      }
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        label={accept ? '验收意见' : '退回理由'}
        name={accept ? 'note' : 'reason'}
        rules={
          accept
            ? [{ max: 2000, message: '验收意见不超过2000字' }]
            : [
                { required: true, whitespace: true, message: '请填写退回理由' },
                { min: 2, message: '请填写退回理由（至少2个字）' },
                { max: 2000, message: '退回理由不超过2000字' },
              ]
        }
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

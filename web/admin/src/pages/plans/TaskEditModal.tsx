import { Form, Input, Modal } from 'antd';
import DeadlineFields, { type DeadlineValues, deadlineValues, toDeadline } from './DeadlineFields';
import { type EditTask, newKey, parsePath, pathLabel, type UnitStatus } from './draft';
import UnitListField from './UnitListField';
import { UNIT_ROLES, type UnitRole } from './types';
import { useWords } from './vocabulary';

interface Values extends Record<UnitRole, string[]> {
  path: string;
  heading?: string;
  text?: string;
  deadline?: DeadlineValues;
}

const clean = (names: string[] | undefined) => [...new Set((names ?? []).map((n) => n.trim()).filter(Boolean))];

/** Corrects one task of the preview (or adds one): path, heading, text, units per role, deadline. */
export default function TaskEditModal({ task, onSave, onClose, statusOf }: {
  /** The task to correct, or null to add one. */
  task: EditTask | null;
  onSave(t: EditTask): void;
  onClose(): void;
  statusOf(name: string): UnitStatus;
}) {
  const words = useWords();
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    path: task ? pathLabel(task.path) : '',
    heading: task?.heading ?? '',
    text: task?.text ?? '',
    lead: task?.lead ?? [],
    responsible: task?.responsible ?? [],
    cooperating: task?.cooperating ?? [],
    deadline: deadlineValues(task?.deadline),
  };
  const finish = (v: Values) => {
    onSave({
      key: task?.key ?? newKey(),
      path: parsePath(v.path),
      heading: v.heading?.trim() || null,
      text: v.text?.trim() ?? '',
      lead: clean(v.lead),
      responsible: clean(v.responsible),
      cooperating: clean(v.cooperating),
      deadline: toDeadline(v.deadline),
    });
  };
  const title = task ? `修改任务 ${pathLabel(task.path)}` : '添加任务';
  return (
    <Modal open title={title} width={760} okText="确定" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} mask={{ closable: false }} destroyOnHidden>
      <Form<Values> form={form} name="planTask" layout="vertical" initialValues={initial} onFinish={finish}>
        <Form.Item
          label="序号（层级编号）"
          name="path"
          extra="各级编号用“/”分隔，如：二/(一)/1"
          rules={[{ validator: (_, v: string) => (parsePath(v ?? '').length ? Promise.resolve() : Promise.reject(new Error('请填写任务的序号（层级编号）'))) }]}
        >
          <Input maxLength={100} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="任务标题" name="heading" rules={[{ max: 500, message: '任务标题不超过500字' }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          label="任务内容"
          name="text"
          dependencies={['heading']}
          rules={[
            { max: 20000, message: '任务内容不超过20000字' },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => ((v ?? '').trim() || String(getFieldValue('heading') ?? '').trim() ? Promise.resolve() : Promise.reject(new Error('任务内容不能为空'))),
            }),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        {UNIT_ROLES.map((role) => (
          <UnitListField key={role} name={role} label={words.role(role)} statusOf={statusOf} />
        ))}
        <DeadlineFields name="deadline" />
      </Form>
    </Modal>
  );
}

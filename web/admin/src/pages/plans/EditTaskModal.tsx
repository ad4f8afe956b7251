import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import ActionModal from './ActionModal';
import { plansApi } from './api';
import DeadlineFields, { type DeadlineValues, deadlineValues, toDeadline } from './DeadlineFields';
import type { UnitStatus } from './draft';
import type { PatchTaskInput, TaskDetail, UnitAssignment, UnitRole } from './types';
import { UNIT_ROLES } from './types';
import UnitListField from './UnitListField';
import { useWords } from './vocabulary';

interface Values extends Record<UnitRole, string[]> {
  deadline?: DeadlineValues;
  dueOn?: Dayjs | null;
  note?: string;
}

/**
 * 修改期限/单位 (the owning office): the deadline (the due date follows it, counted from the adoption day), or the due
 * date itself; the units of each role — names kept stay with their organisation, new names are matched by the server
 * (a collective expands to its organisations).
 */
export default function EditTaskModal({ d, onClose, onDone }: { d: TaskDetail; onClose(): void; onDone(d: TaskDetail): void }) {
  const words = useWords();
  const [form] = Form.useForm<Values>();
  const t = d.task;
  const existing = new Map(d.units.map((u) => [u.name, u]));
  const names = (role: UnitRole) => d.units.filter((u) => u.role === role).map((u) => u.name);
  const initial: Values = {
    lead: names('lead'),
    responsible: names('responsible'),
    cooperating: names('cooperating'),
    deadline: deadlineValues(t.deadline ? { raw: t.deadline.raw, date: t.deadline.date, kind: t.deadline.kind ?? 'other' } : null),
    dueOn: t.dueOn ? dayjs(t.dueOn) : null,
  };
  const statusOf = (name: string): UnitStatus => {
    const u = existing.get(name);
    if (!u) return { kind: 'unknown' };
    return u.code ? { kind: 'matched', orgName: u.name, mapped: false } : { kind: 'text', byOffice: false };
  };

  const send = (v: Values) => {
    const body: PatchTaskInput = { version: t.version, ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
    const deadline = toDeadline(v.deadline);
    const was = toDeadline(initial.deadline);
    if (JSON.stringify(deadline) !== JSON.stringify(was)) body.deadline = deadline;
    const dueOn = v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null;
    if (dueOn !== t.dueOn && !body.deadline) body.dueOn = dueOn;
    const unitsChanged = UNIT_ROLES.some((r) => JSON.stringify((v[r] ?? []).map((n) => n.trim())) !== JSON.stringify(initial[r]));
    if (unitsChanged) {
      const assign = (n: string): UnitAssignment => {
        const u = existing.get(n);
        return u ? { name: n, orgCode: u.code } : { name: n };
      };
      body.units = Object.fromEntries(UNIT_ROLES.map((r) => [r, [...new Set((v[r] ?? []).map((n) => n.trim()).filter(Boolean))].map(assign)])) as Record<UnitRole, UnitAssignment[]>;
    }
    return plansApi.patchTask(t.id, body);
  };

  return (
    <ActionModal<Values>
      form={form}
      name="taskEdit"
      title={`修改任务 ${t.pathLabel}`}
      okText="保存"
      width={760}
      initialValues={initial}
      intro="修改完成时限后，到期日按新的时限从方案下达之日起重新计算；也可直接指定到期日。"
      successText="任务已修改"
      submit={send}
      onClose={onClose}
      onDone={onDone}
    >
      <DeadlineFields name="deadline" />
      <Form.Item label="到期日" name="dueOn" extra="不修改完成时限时，可直接调整到期日">
        <DatePicker style={{ width: 160 }} />
      </Form.Item>
      {UNIT_ROLES.map((role) => (
        <UnitListField key={role} name={role} label={words.role(role)} statusOf={statusOf} />
      ))}
      <Form.Item label="修改说明" name="note" rules={[{ max: 500, message: '修改说明不超过500字' }]}>
        <Input maxLength={500} placeholder="如：按市政府要求调整" />
      </Form.Item>
    </ActionModal>
  );
}

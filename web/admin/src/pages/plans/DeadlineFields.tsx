import { DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Deadline, DeadlineKind } from './types';
import { useWords } from './vocabulary';

/** The deadline fields' values in a form. */
export interface DeadlineValues {
  raw?: string;
  kind?: DeadlineKind;
  date?: Dayjs | null;
}

export const deadlineValues = (d: Deadline | null | undefined): DeadlineValues =>
  d ? { raw: d.raw, kind: d.kind, date: d.date ? dayjs(d.date) : null } : { raw: '', kind: undefined, date: null };

/** The form's values back as a deadline; nothing written and no kind → null. */
export function toDeadline(v: DeadlineValues | undefined): Deadline | null {
  const raw = v?.raw?.trim() ?? '';
  if (!raw && !v?.kind && !v?.date) return null;
  const kind = v?.kind ?? (v?.date ? 'by-date' : 'other');
  return { raw, kind, date: v?.date ? v.date.format('YYYY-MM-DD') : null };
}

const DATED: DeadlineKind[] = ['by-date', 'year-end'];

/**
 * 完成时限 as written, its kind and its date (限期完成 and 年底前 need the date; the others have none). Fields under
 * `name` (e.g. 'deadline').
 */
export default function DeadlineFields({ name }: { name: string }) {
  const words = useWords();
  const form = Form.useFormInstance();
  const kind = Form.useWatch([name, 'kind'], form) as DeadlineKind | undefined;
  return (
    <Space wrap align="start" size={12}>
      <Form.Item label="完成时限（原文）" name={[name, 'raw']} rules={[{ max: 200, message: '完成时限不超过200字' }]} style={{ minWidth: 240 }}>
        <Input placeholder="如：2021年8月10日前" maxLength={200} />
      </Form.Item>
      <Form.Item label="时限类型" name={[name, 'kind']}>
        <Select allowClear placeholder="未写明" style={{ width: 150 }} options={words.deadlineKinds.map((k) => ({ value: k.value, label: k.label }))} />
      </Form.Item>
      <Form.Item
        label="完成日期"
        name={[name, 'date']}
        dependencies={[[name, 'kind']]}
        rules={[
          {
            validator: (_, v: Dayjs | null | undefined) =>
              kind && DATED.includes(kind) && !v ? Promise.reject(new Error(`“${words.deadlineKind(kind)}”须填写完成日期`)) : Promise.resolve(),
          },
        ]}
      >
        <DatePicker disabled={!!kind && !DATED.includes(kind)} style={{ width: 160 }} />
      </Form.Item>
    </Space>
  );
}

import { DatePicker, Form } from 'antd';
import type { ReactNode } from 'react';
import FormModal, { type FormModalProps } from '../../../common/FormModal';
import { afterToday } from '../dates';
import type { RequestDetail } from '../types';

/** What every step dialog gets from the actions bar. */
export interface StepProps {
  r: RequestDetail;
  onClose(): void;
  /** The step was recorded: the request as it now is. */
  onDone(r: RequestDetail): void;
}

type StepResult = RequestDetail | { request: RequestDetail; text: string };

interface Props<V> extends Omit<FormModalProps<V, StepResult>, 'errorTestId' | 'successMessage' | 'onDone'> {
  /** The step's call: the request as it now is, or that with a message naming what was made (a letter's number). */
  submit(values: V): Promise<StepResult>;
  onDone(r: RequestDetail): void;
}

const withText = (out: StepResult): out is { request: RequestDetail; text: string } => 'request' in out && 'text' in out;

/**
 * A dialog that records one handling step: its fields, and on refusal the server's Chinese reason (the
 * statutory rule that forbids the step now) in an alert, with field errors on their fields.
 */
export default function StepModal<V>({ onDone, ...props }: Props<V>) {
  return (
    <FormModal<V, StepResult>
      {...props}
      successMessage={(out) => (withText(out) ? out.text : undefined)}
      onDone={(out) => onDone(withText(out) ? out.request : out)}
      errorTestId="step-error"
    />
  );
}

/** A step's date (YYYY-MM-DD, Beijing; not after today). */
export function StepDate({ name = 'on', label, extra }: { name?: string; label: string; extra?: ReactNode }) {
  return (
    <Form.Item label={label} name={name} extra={extra} rules={[{ required: true, message: `请选择${label}` }]}>
      <DatePicker disabledDate={afterToday} allowClear={false} style={{ width: 200 }} />
    </Form.Item>
  );
}

import { Alert, App, DatePicker, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { afterToday } from '../dates';
import { showServerErrors } from '../formErrors';
import type { RequestDetail } from '../types';

/** What every step dialog gets from the actions bar. */
export interface StepProps {
  r: RequestDetail;
  onClose(): void;
  /** The step was recorded: the request as it now is. */
  onDone(r: RequestDetail): void;
}

interface Props<V> {
  form: FormInstance<V>;
  name: string;
  title: string;
  okText: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  /** The rule of the step, shown above the fields. */
  intro?: ReactNode;
  successText: string;
  /** The step's call: the request as it now is, or that with a message naming what was made (a letter's number). */
  submit(values: V): Promise<RequestDetail | { request: RequestDetail; text: string }>;
  onClose(): void;
  onDone(r: RequestDetail): void;
  children: ReactNode;
}

/**
 * A dialog that records one handling step: its fields, and on refusal the server's Chinese reason (the
 * statutory rule that forbids the step now) in an alert, with field errors on their fields.
 */
export default function StepModal<V>({ form, name, title, okText, danger, width, initialValues, intro, successText, submit, onClose, onDone, children }: Props<V>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      const out = await submit(values);
      const withText = 'request' in out && 'text' in out;
      message.success(withText ? out.text : successText);
      onDone(withText ? out.request : (out as RequestDetail));
    } catch (err) {
      setError(showServerErrors(form as FormInstance, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {intro && <Alert type="info" showIcon title={intro} style={{ marginBottom: 16 }} />}
      <Form<V> form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={saving} onValuesChange={() => setError(null)}>
        {children}
      </Form>
      {error && <Alert type="error" showIcon title="未能办理" description={error} data-testid="step-error" />}
    </Modal>
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

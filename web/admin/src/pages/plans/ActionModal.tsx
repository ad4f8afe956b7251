import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import type { TaskDetail } from './types';

/** Puts the server's field errors (`body.reason`, `body.evidence.0` → evidence) on the form; returns the detail. */
export function showActionErrors(form: FormInstance, err: unknown): string {
  if (err instanceof ApiError) {
    const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
    const byField = new Map<string, string[]>();
    for (const e of err.problem.errors ?? []) {
      const name = e.path.replace(/^body\./, '').split('.')[0] ?? '';
      if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    }
    if (byField.size) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }
  return errorMessage(err);
}

interface Props<V> {
  form: FormInstance<V>;
  name: string;
  title: string;
  okText: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  intro?: ReactNode;
  successText: string;
  submit(values: V): Promise<TaskDetail>;
  onClose(): void;
  onDone(d: TaskDetail): void;
  children: ReactNode;
}

/** A dialog for one step on a task: its fields, and on refusal the server's Chinese reason, field errors beside fields. */
export default function ActionModal<V>({ form, name, title, okText, danger, width, initialValues, intro, successText, submit, onClose, onDone, children }: Props<V>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      const d = await submit(values);
      message.success(successText);
      onDone(d);
    } catch (err) {
      setError(showActionErrors(form as FormInstance, err));
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
      {error && <Alert type="error" showIcon title="未能办理" description={error} data-testid="action-error" />}
    </Modal>
  );
}

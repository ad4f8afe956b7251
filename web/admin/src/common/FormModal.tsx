import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { showServerErrors } from './formErrors';

export interface FormModalProps<V, R> {
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
  /** The success message when the answer names what was made (e.g. a letter's number); `successText` otherwise. */
  successMessage?(result: R): string | undefined;
  /** The call: what the server answered (the record as it now is). */
  submit(values: V): Promise<R>;
  onClose(): void;
  onDone(result: R): void;
  /** The test id of the refusal alert. */
  errorTestId: string;
  children: ReactNode;
}

/**
 * A dialog that records one step with a form: its fields, on submit the API call, and on refusal the server's Chinese
 * reason (the rule that forbids the step now) in an alert, with the problem's field errors beside their fields.
 */
export default function FormModal<V, R>({ form, name, title, okText, danger, width, initialValues, intro, successText, successMessage, submit, onClose, onDone, errorTestId, children }: FormModalProps<V, R>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      const result = await submit(values);
      message.success(successMessage?.(result) ?? successText);
      onDone(result);
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
      {error && <Alert type="error" showIcon title="未能办理" description={error} data-testid={errorTestId} />}
    </Modal>
  );
}

import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../../api/client';

/**
 * Puts the server's field errors on the form's fields, nested paths included (`body.applicant.idNumber` →
 * `['applicant', 'idNumber']`, `fields.reason` → `['fields', 'reason']`), and returns the problem's Chinese
 * detail for the dialog's alert.
 */
export function showServerErrors(form: FormInstance, err: unknown): string {
  if (err instanceof ApiError) {
    const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
    const byField = new Map<string, string[]>();
    for (const e of err.problem.errors ?? []) {
      const name = e.path.replace(/^body\./, '');
      if (!known.has(name)) continue;
      byField.set(name, [...(byField.get(name) ?? []), e.message]);
    }
    if (byField.size) form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  }
  return errorMessage(err);
}

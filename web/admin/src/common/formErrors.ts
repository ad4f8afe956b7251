import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client';

/**
 * Puts the server's field errors (`body.username` …, or a conflict's `field`) on the named form fields and returns
 * true if any matched; otherwise the caller shows the problem's `detail`.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, fields: readonly string[]): boolean {
  if (!(err instanceof ApiError)) return false;
  const known = new Set(fields);
  const byField = new Map<string, string[]>();
  // Conflicts name their field as an extension, e.g. {code: 'USERNAME_TAKEN', field: 'username'}.
  const field = err.problem.field;
  if (typeof field === 'string' && known.has(field)) byField.set(field, [err.problem.detail || err.problem.title]);
  for (const e of err.problem.errors ?? []) {
    const name = e.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (!known.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  if (!byField.size) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}

/** Shows field errors on the form, or else the problem's `detail` via `show`. */
export function reportFormError(form: FormInstance, err: unknown, fields: readonly string[], show: (text: string) => void): void {
  if (!applyFieldErrors(form, err, fields)) show(errorMessage(err));
}

/**
 * Puts the server's field errors (problem+json `errors[].path`) on the form's fields and returns the problem's Chinese
 * detail for the dialog's alert. A path names its field in full — nested and list rows included
 * (`body.applicant.idNumber` → `['applicant', 'idNumber']`, `fields.reason` → `['fields', 'reason']`) — or else by its
 * first segment (`body.evidence.0` → `evidence`, an error about one item of a list field).
 */
export function showServerErrors(form: FormInstance, err: unknown): string {
  if (err instanceof ApiError) {
    const names = form.getFieldsError().map((f) => f.name);
    const full = new Set(names.map((n) => n.join('.')));
    const first = new Set(names.map((n) => String(n[0])));
    const byField = new Map<string, string[]>();
    for (const e of err.problem.errors ?? []) {
      const path = e.path.replace(/^body\./, '');
      const head = path.split('.')[0] ?? '';
      const name = full.has(path) ? path : first.has(head) ? head : null;
      if (name !== null) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    }
    if (byField.size) form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), errors })));
  }
  return errorMessage(err);
}

/** The form's values once its rules pass; null when a field is invalid (antd shows why beside it). */
export async function validValues<V>(form: FormInstance<V>): Promise<V | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}

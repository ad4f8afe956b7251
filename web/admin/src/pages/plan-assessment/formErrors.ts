import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../../api/client';

/**
 * Puts the problem's field errors beside the fields they name — list rows included (`body.indicators.2.weight` →
 * `['indicators', 2, 'weight']`) — and returns what no field shows: the problem's detail, or '' when every error found
 * its field.
 */
export function showFieldErrors(form: FormInstance, err: unknown): string {
  if (!(err instanceof ApiError)) return errorMessage(err);
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  let unplaced = false;
  for (const e of err.problem.errors ?? []) {
    const name = e.path.replace(/^body\./, '');
    if (!known.has(name)) {
      unplaced = true;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  if (byField.size) {
    form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), errors })));
  }
  return byField.size && !unplaced ? '' : errorMessage(err);
}

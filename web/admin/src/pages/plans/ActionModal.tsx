import FormModal, { type FormModalProps } from '../../common/FormModal';
import type { TaskDetail } from './types';

/** A dialog for one step on a task: its fields, and on refusal the server's Chinese reason, field errors beside fields. */
export default function ActionModal<V>(props: Omit<FormModalProps<V, TaskDetail>, 'errorTestId' | 'successMessage'>) {
  return <FormModal<V, TaskDetail> {...props} errorTestId="action-error" />;
}

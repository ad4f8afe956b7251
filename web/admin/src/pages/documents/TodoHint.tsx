import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { DocumentStatus, Role } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DOCUMENT_STATUS_LABELS } from '../../common/documents';

interface Todo {
  status: DocumentStatus;
  text: (n: number) => string;
}

/** What waits for each role: a reviewer reviews, a leader signs, an editor fixes what came back. */
function todosFor(roles: readonly Role[]): Todo[] {
  const out: Todo[] = [];
  if (roles.includes('reviewer') || roles.includes('sysadmin')) out.push({ status: 'in_review', text: (n) => `${n} 件文件待保密审查` });
  if (roles.includes('leader') || roles.includes('sysadmin')) out.push({ status: 'approved', text: (n) => `${n} 件文件审查通过，待签发` });
  if (roles.includes('editor') || roles.includes('office_admin')) out.push({ status: 'returned', text: (n) => `${n} 件文件被退回，待修改` });
  return out;
}

/** 待办提示: counts of the lists that wait for the signed-in user, each a shortcut to that tab. */
export default function TodoHint({ current, onShow }: { current?: DocumentStatus; onShow(status: DocumentStatus): void }) {
  const { user } = useAuth();
  const [counts, setCounts] = useState<{ todo: Todo; total: number }[]>([]);
  const roles = user?.roles;

  useEffect(() => {
    let live = true;
    const todos = todosFor(roles ?? []);
    Promise.all(todos.map(async (todo) => ({ todo, total: (await api.documents.list({ status: todo.status, page: 1, pageSize: 1 })).total })))
      .then((r) => live && setCounts(r.filter((c) => c.total > 0)))
      .catch(() => live && setCounts([])); // a hint only: the list itself reports errors
    return () => {
      live = false;
    };
  }, [roles]);

  if (!counts.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      title="待办"
      data-testid="documents-todo"
      description={counts.map(({ todo, total }) => (
        <div key={todo.status}>
          {todo.text(total)}
          {current !== todo.status && (
            <Button type="link" size="small" onClick={() => onShow(todo.status)}>
              查看{DOCUMENT_STATUS_LABELS[todo.status]}
            </Button>
          )}
        </div>
      ))}
    />
  );
}

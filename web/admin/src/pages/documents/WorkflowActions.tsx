import { DeleteOutlined, ExportOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { DocumentView } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments, canPublish, canWithdraw, isEditableStatus } from '../../common/documents';
import PublishModal from './PublishModal';
import WithdrawModal from './WithdrawModal';

interface Props {
  doc: DocumentView;
  /** 提交审核 (the page saves first and shows the gate's findings). */
  onSubmit(): Promise<void>;
  /** A workflow step succeeded: the new state and what to tell the user. */
  onChanged(doc: DocumentView, text: string): void;
  onDeleted(): void;
}

/** The buttons of the workflow the signed-in user may press in the document's current state. */
export default function WorkflowActions({ doc, onSubmit, onChanged, onDeleted }: Props) {
  const { message } = App.useApp();
  const { user } = useAuth();
  const roles = user?.roles;
  const [busy, setBusy] = useState<string | null>(null);
  const [modal, setModal] = useState<'publish' | 'withdraw' | null>(null);

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const editor = canEditDocuments(roles);
  const editable = isEditableStatus(doc.status);
  const live = doc.status === 'published' || doc.status === 'scheduled';

  return (
    <Space wrap data-testid="workflow-actions">
      {editor && editable && (
        <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy === 'submit'} onClick={() => run('submit', onSubmit)}>
          提交审核
        </Button>
      )}
      {editor && doc.status === 'in_review' && (
        <Popconfirm
          title="撤回审核申请？"
          description="撤回后文件回到草稿状态，可继续修改后重新提交。"
          okText="撤回"
          cancelText="取消"
          onConfirm={() => run('recall', async () => onChanged(await api.documents.recall(doc.id), '已撤回审核申请，文件回到草稿'))}
        >
          <Button icon={<RollbackOutlined aria-hidden />} loading={busy === 'recall'}>
            撤回审核申请
          </Button>
        </Popconfirm>
      )}
      {canPublish(roles) && doc.status === 'approved' && (
        <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setModal('publish')}>
          签发
        </Button>
      )}
      {canWithdraw(roles) && live && (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setModal('withdraw')}>
          撤回发布
        </Button>
      )}
      {/* A withdrawn document keeps its public address, which shows the reason. */}
      {(doc.status === 'published' || doc.status === 'withdrawn') && (
        <Button icon={<ExportOutlined aria-hidden />} href={`/xxgk/documents/${doc.id}`} target="_blank" rel="noopener">
          在门户查看
        </Button>
      )}
      {editor && editable && !doc.indexNumber && (
        <Popconfirm
          title="删除这份草稿？"
          description="删除后无法恢复（从未发布的草稿才能删除）。"
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() =>
            run('delete', async () => {
              await api.documents.remove(doc.id);
              message.success('草稿已删除');
              onDeleted();
            })
          }
        >
          <Button danger icon={<DeleteOutlined aria-hidden />} loading={busy === 'delete'}>
            删除草稿
          </Button>
        </Popconfirm>
      )}
      {modal === 'publish' && <PublishModal doc={doc} onClose={() => setModal(null)} onDone={(d, text) => { setModal(null); onChanged(d, text); }} />}
      {modal === 'withdraw' && <WithdrawModal doc={doc} onClose={() => setModal(null)} onDone={(d) => { setModal(null); onChanged(d, '已撤回发布，门户页面显示撤回原因'); }} />}
    </Space>
  );
}

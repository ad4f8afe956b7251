import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { DocumentView } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { reportFormError } from '../../common/formErrors';

interface Props {
  doc: DocumentView;
  onDone(doc: DocumentView, text: string): void;
}

const DEFAULT_OPINION = '经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开';

/** 保密审查 (一事一审): one document, one recorded opinion; 退回 needs a reason. */
export default function ReviewPanel({ doc, onDone }: Props) {
  const { message } = App.useApp();
  const { user } = useAuth();
  const [form] = Form.useForm<{ opinion: string }>();
  const [busy, setBusy] = useState<'approve' | 'return' | null>(null);
  // The server refuses it too (REVIEW_OWN_DOCUMENT); a sysadmin may.
  const own = doc.createdBy !== null && doc.createdBy === user?.id && !user.roles.includes('sysadmin');

  const decide = async (decision: 'approve' | 'return') => {
    const opinion = ((form.getFieldValue('opinion') as string | undefined) ?? '').trim();
    if (decision === 'return' && opinion.length < 2) {
      form.setFields([{ name: 'opinion', errors: ['退回修改时请写明退回原因'] }]);
      return;
    }
    setBusy(decision);
    try {
      const d = await api.documents.review(doc.id, decision, opinion);
      const text = decision === 'approve' ? '保密审查通过，等待领导签发' : '已退回起草人修改';
      message.success(text);
      onDone(d, text);
    } catch (err) {
      reportFormError(form, err, ['opinion'], (t) => message.error(t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="保密审查" data-testid="review-panel">
      <Alert
        type="info"
        showIcon
        title="一事一审"
        description="每件文件单独审查并记录审查意见：是否涉及国家秘密、工作秘密、商业秘密和个人隐私。起草人不能审查本人起草的文件。审查通过后由审核领导签发；退回须写明原因，起草人修改后重新提交。"
        style={{ marginBottom: 16 }}
      />
      {own && <Alert type="warning" showIcon title="这是您本人起草的文件，不能由您审查，请由其他保密审查员审查。" style={{ marginBottom: 16 }} />}
      <Form form={form} name="reviewForm" layout="vertical" disabled={own || !!busy}>
        <Form.Item label="审查意见" name="opinion" extra={`通过时可不填，默认记录为：${DEFAULT_OPINION}`}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} onChange={() => form.setFields([{ name: 'opinion', errors: [] }])} />
        </Form.Item>
        <Space>
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={busy === 'approve'} onClick={() => void decide('approve')}>
            审查通过
          </Button>
          <Button danger icon={<RollbackOutlined aria-hidden />} loading={busy === 'return'} onClick={() => void decide('return')}>
            退回修改
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

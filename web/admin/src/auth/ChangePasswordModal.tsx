import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { reportFormError } from '../common/formErrors';
import { useAuth } from './AuthContext';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The fields the server names in its errors (a weak new password, a wrong current one). */
const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

interface Props {
  /**
   * Right after signing in with a password the system generated (new account or reset): the dialog cannot be
   * closed until the password is changed; it offers 退出登录 instead of 取消.
   */
  forced?: boolean;
  /** Closes the dialog (not forced), also after a successful change. */
  onClose?(): void;
  /** Signs out (forced only). */
  onLogout?(): void;
}

/** 修改密码 (from the header) or 首次登录请修改密码 (forced). Mounted fresh for each use. */
export default function ChangePasswordModal({ forced = false, onClose, onLogout }: Props) {
  const { message } = App.useApp();
  const { user, refresh } = useAuth();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: Values) => {
    setSaving(true);
    try {
      await api.session.changePassword(v.currentPassword, v.newPassword);
    } catch (err) {
      reportFormError(form, err, SERVER_FIELDS, (t) => message.error(t));
      setSaving(false);
      return;
    }
    message.success('密码已修改');
    try {
      // The session now says mustChangePassword: false, which closes the forced dialog.
      await refresh();
    } catch (err) {
      message.error(errorMessage(err));
    }
    setSaving(false);
    onClose?.();
  };

  return (
    <Modal
      open
      title={forced ? '首次登录请修改密码' : '修改密码'}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: false }}
      onCancel={forced ? undefined : onClose}
      width={480}
      footer={[
        forced ? (
          <Button key="logout" onClick={onLogout} disabled={saving}>
            退出登录
          </Button>
        ) : (
          <Button key="cancel" onClick={onClose} disabled={saving}>
            取消
          </Button>
        ),
        <Button key="ok" type="primary" onClick={() => form.submit()} loading={saving}>
          确定
        </Button>,
      ]}
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="为保障账号安全，请先设置新密码"
          description="初始密码由管理员生成（或经管理员重置），管理员也见过这个密码。请设置一个只有您本人知道的新密码，修改后即可继续使用管理后台。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} name="changePassword" layout="vertical" onFinish={onFinish} disabled={saving} requiredMark={false}>
        {/* For password managers: which account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={256} autoFocus />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          dependencies={['currentPassword']}
          extra="至少10位，须包含大写字母、小写字母、数字、符号中的至少三类"
          rules={[
            { required: true, message: '请输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('currentPassword') ? Promise.reject(new Error('新密码不能与当前密码相同')) : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { copyText } from '../../common/clipboard';

export interface OneTimePassword {
  kind: 'initial' | 'reset';
  username: string;
  displayName: string;
  password: string;
}

/** Shows a password the server returned once (new account or reset); it cannot be fetched again. */
export default function OneTimePasswordModal({ value, onClose }: { value: OneTimePassword; onClose(): void }) {
  const { message } = App.useApp();
  const label = value.kind === 'initial' ? '初始密码' : '新密码';

  const onCopy = async () => {
    if (await copyText(value.password)) message.success('密码已复制到剪贴板');
    else message.warning('复制失败，请手动选中密码复制');
  };

  return (
    <Modal
      open
      title={value.kind === 'initial' ? '用户已创建' : '密码已重置'}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={[
        <Button key="copy" icon={<CopyOutlined aria-hidden />} onClick={onCopy}>
          复制密码
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          我已记下
        </Button>,
      ]}
    >
      <Alert
        type="warning"
        showIcon
        title={`${label}仅显示一次`}
        description="关闭本窗口后将无法再次查看，请立即复制，并通过安全渠道交给本人；本人首次登录后应尽快修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'username', label: '用户名', children: value.username },
          { key: 'displayName', label: '姓名', children: value.displayName },
          {
            key: 'password',
            label: label,
            children: (
              <Typography.Text code strong style={{ fontSize: 16, userSelect: 'all' }} data-testid="one-time-password">
                {value.password}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Modal>
  );
}

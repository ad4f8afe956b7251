import { Form, Input, Modal } from 'antd';

interface Props {
  initial: string;
  onClose(): void;
  /** An empty address removes the link. */
  onSubmit(href: string): void;
}

// The publication check refuses links the public cannot open (本机文件, localhost, incomplete addresses).
const ADDRESS = /^(https?:\/\/[^\s/]+\.[^\s]+|\/[^\s]*|mailto:\S+@\S+)$/i;

/** 插入链接: the address for the selected text (http(s)://…, a site path like /xxgk/…, or mailto:). */
export default function LinkModal({ initial, onClose, onSubmit }: Props) {
  const [form] = Form.useForm<{ href: string }>();
  return (
    <Modal open title="链接" okText="确定" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} name="bodyLink" layout="vertical" initialValues={{ href: initial }} onFinish={(v) => onSubmit(v.href.trim())}>
        <Form.Item
          label="链接地址"
          name="href"
          extra="先在正文中选中文字再添加链接；清空地址并确定可去掉链接。"
          rules={[{ pattern: ADDRESS, message: '请输入完整的网址（以 http:// 或 https:// 开头）或本站路径（以 / 开头）' }]}
        >
          <Input placeholder="https://www.example.gov.cn/…" autoFocus maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

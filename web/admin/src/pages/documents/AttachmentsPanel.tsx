import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { Attachment, DocumentView } from '../../api/types';
import { WARNING_TAG_STYLE, formatSize } from '../../common/documents';

interface Props {
  doc: DocumentView;
  editable: boolean;
  /** An attachment was added or removed (the document's version changed). */
  onChanged(): Promise<void>;
}

// What the server accepts (judged by content there): PDF, DOCX, XLSX, images and plain text.
const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv';

/** 附件: upload (multipart, with the session's CSRF header), list, download and delete. */
export default function AttachmentsPanel({ doc, editable, onChanged }: Props) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(0);
  const [removing, setRemoving] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setUploading((n) => n + 1);
    try {
      const a = await api.documents.upload(doc.id, file);
      message.success(`已上传附件“${a.name}”`);
      await onChanged();
    } catch (err) {
      message.error(`附件“${file.name}”上传失败：${errorMessage(err)}`);
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const remove = async (a: Attachment) => {
    setRemoving(a.id);
    try {
      await api.documents.removeAttachment(doc.id, a.id);
      message.success(`已删除附件“${a.name}”`);
      await onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setRemoving(null);
    }
  };

  const columns: TableProps<Attachment>['columns'] = [
    {
      title: '文件名',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, a) => (
        <Space size={4} wrap>
          <span>{name}</span>
          {a.masked && (
            <Tooltip title="已用去标识化后的文件替换，原件留存备查">
              <Tag color="success">已去标识化</Tag>
            </Tooltip>
          )}
          {a.textEmpty && (
            <Tag color="warning" style={WARNING_TAG_STYLE}>
              无文字内容
            </Tag>
          )}
        </Space>
      ),
    },
    { title: '类型', dataIndex: 'fileType', key: 'fileType', width: 90, render: (t: string) => t.toUpperCase() },
    { title: '大小', dataIndex: 'size', key: 'size', width: 100, render: (s: number) => formatSize(s) },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, a) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<DownloadOutlined aria-hidden />} href={api.documents.attachmentUrl(doc.id, a.id)} download={a.name} aria-label={`下载附件“${a.name}”`}>
            下载
          </Button>
          {editable && (
            <Popconfirm title={`删除附件“${a.name}”？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(a)}>
              <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />} loading={removing === a.id} aria-label={`删除附件“${a.name}”`}>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={`附件（${doc.attachments.length}）`}
      data-testid="attachments-panel"
      extra={
        editable && (
          <>
            {/* A plain file input (antd's Upload would add its XHR and list for nothing): our client sends it. */}
            <input
              ref={input}
              type="file"
              multiple
              accept={ACCEPT}
              hidden
              aria-label="选择附件文件"
              data-testid="attachment-input"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void (async () => {
                  for (const f of files) await upload(f);
                })();
              }}
            />
            <Button icon={<UploadOutlined aria-hidden />} loading={uploading > 0} onClick={() => input.current?.click()}>
              上传附件
            </Button>
          </>
        )
      }
    >
      <Table<Attachment> rowKey="id" size="small" columns={columns} dataSource={doc.attachments} pagination={false} locale={{ emptyText: <Typography.Text type="secondary">暂无附件</Typography.Text> }} />
      {editable && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          支持 PDF、DOCX、XLSX、图片（PNG/JPEG/GIF/WebP）和纯文本。上传后系统提取文字用于检索，并检查其中的个人信息；扫描件和空白文件不能发布。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

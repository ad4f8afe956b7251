import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, InputNumber, Radio, Space, Spin, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { canSeeDocuments } from '../../common/documents';
import DocumentPicker from '../normative/DocumentPicker';
import { plansApi } from './api';
import { fileSize } from './labels';
import type { EvidenceInput } from './types';
import { useWords } from './vocabulary';

type Kind = EvidenceInput['kind'];

const describe = (e: EvidenceInput) =>
  e.kind === 'document' ? `已公开信息 #${e.documentId}${e.title ? ` ${e.title}` : ''}` : e.kind === 'url' ? `${e.title ? `${e.title} ` : ''}${e.url}` : `${e.name}（${fileSize(e.size)}）`;

/**
 * 佐证材料 (a form control): a published document (searched, or by its number), a web link, or a file uploaded to the
 * task at once; each listed with a remove button.
 */
export default function EvidenceField({ taskId, value = [], onChange, id }: { taskId: number; value?: EvidenceInput[]; onChange?: (v: EvidenceInput[]) => void; id?: string }) {
  const words = useWords();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [kind, setKind] = useState<Kind>('url');
  const [docId, setDocId] = useState<number | null>(null);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileId = useId();
  const add = (e: EvidenceInput) => onChange?.([...value, e]);

  const addUrl = () => {
    const u = url.trim();
    if (!/^https?:\/\/\S+$/i.test(u)) return setUrlError('请填写以 http:// 或 https:// 开头的网址');
    setUrlError(null);
    add(title.trim() ? { kind: 'url', url: u, title: title.trim() } : { kind: 'url', url: u });
    setUrl('');
    setTitle('');
  };
  const upload = async (file: File) => {
    setUploading(true);
    try {
      add({ kind: 'file', ...(await plansApi.uploadEvidence(taskId, file)) });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={8} id={id}>
      {value.map((e, i) => (
        <Flex key={i} gap={8} align="center" data-testid="evidence-item">
          <Tag>{words.evidenceKind(e.kind)}</Tag>
          <Typography.Text ellipsis style={{ maxWidth: 420 }}>
            {describe(e)}
          </Typography.Text>
          <Button type="text" size="small" icon={<CloseOutlined aria-hidden />} aria-label={`移除佐证材料${i + 1}`} onClick={() => onChange?.(value.filter((_, k) => k !== i))} />
        </Flex>
      ))}
      <Radio.Group
        optionType="button"
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        options={words.evidenceKinds.map((k) => ({ value: k.value, label: k.label }))}
        aria-label="佐证材料类型"
      />
      {kind === 'url' && (
        <Space wrap align="start">
          <Flex vertical>
            <Input aria-label="链接地址" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} status={urlError ? 'error' : undefined} style={{ width: 300 }} maxLength={2000} />
            {urlError && <Typography.Text type="danger">{urlError}</Typography.Text>}
          </Flex>
          <Input aria-label="链接说明" placeholder="说明（可选）" value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 200 }} maxLength={300} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={addUrl}>
            添加链接
          </Button>
        </Space>
      )}
      {kind === 'document' && (
        <Flex vertical gap={8}>
          {canSeeDocuments(user?.roles) && (
            <DocumentPicker label="搜索已公开的政府信息" onPick={(d) => add({ kind: 'document', documentId: d.id, title: d.title })} exclude={value.flatMap((e) => (e.kind === 'document' ? [e.documentId] : []))} />
          )}
          <Space>
            <InputNumber aria-label="政府信息编号" placeholder="或输入编号" min={1} precision={0} value={docId} onChange={setDocId} style={{ width: 160 }} />
            <Button icon={<PlusOutlined aria-hidden />} disabled={!docId} onClick={() => (docId && add({ kind: 'document', documentId: docId }), setDocId(null))}>
              添加
            </Button>
          </Space>
        </Flex>
      )}
      {kind === 'file' && (
        <Space wrap>
          <label htmlFor={fileId}>上传佐证文件</label>
          <input
            id={fileId}
            type="file"
            accept=".pdf,.docx,.xlsx,.txt,.png,.jpg,.jpeg"
            disabled={uploading}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void upload(f);
            }}
          />
          {uploading && <Spin size="small" description="正在上传…" />}
          <Typography.Text type="secondary">PDF、DOCX、XLSX、图片或文本文件</Typography.Text>
        </Space>
      )}
    </Flex>
  );
}

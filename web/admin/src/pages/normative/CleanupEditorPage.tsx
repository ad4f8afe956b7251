import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Popconfirm, Result, Select, Space, Spin, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import DocumentPicker, { type PickedDocument } from './DocumentPicker';
import { ValidityTag, periodText } from './NormativePage';
import { normativeApi } from './api';
import { CLEANUP_RESULT_LABELS, type CleanupItem, type CleanupResult, type CleanupView } from './types';

interface MetaValues { title: string; basis: string; cleanupDate: Dayjs }
const RESULTS = Object.keys(CLEANUP_RESULT_LABELS) as CleanupResult[];

/** One 清理 campaign: its details, the list of documents with a result each, and 公布. */
export default function CleanupEditorPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [c, setC] = useState<CleanupView | null>(null);
  const [items, setItems] = useState<CleanupItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<MetaValues>();
  const editable = !!c && c.status === 'draft' && canEditDocuments(user?.roles);
  // 公布 changes documents' 有效性: a leader or the 政务公开办 (server: PUBLISHERS).
  const canPublish = !!c && c.status === 'draft' && !!user?.roles.some((r) => r === 'leader' || r === 'office_admin' || r === 'sysadmin');

  const show = useCallback((v: CleanupView) => {
    setC(v);
    setItems(v.items);
    form.setFieldsValue({ title: v.title, basis: v.basis, cleanupDate: dayjs(v.cleanupDate) });
  }, [form]);

  useEffect(() => {
    normativeApi.cleanup(id).then(show).catch((err: unknown) => setError(errorMessage(err)));
  }, [id, show]);

  const run = async (work: () => Promise<CleanupView | void>, done: string) => {
    setBusy(true);
    try {
      const v = await work();
      if (v) show(v);
      message.success(done);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  /** Normative documents of the campaign's organisation and those under it. */
  const search = useCallback(async (q: string): Promise<PickedDocument[]> => {
    if (!c) return [];
    const page = await normativeApi.register({ orgId: c.org.id, validity: 'all', q: q || undefined, page: 1, pageSize: 20 });
    return page.items.map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, orgName: d.org.name }));
  }, [c]);

  if (error) return <Result status="404" title="无法打开清理记录" subTitle={error} extra={<Button onClick={() => navigate('/normative?tab=cleanups')}>返回列表</Button>} />;
  if (!c) return <Spin description="正在加载…" />;

  const move = (i: number, by: number) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setItems(next);
  };
  const patch = (i: number, p: Partial<CleanupItem>) => setItems(items.map((x, j) => (j === i ? { ...x, ...p } : x)));

  const columns: TableProps<CleanupItem>['columns'] = [
    { title: '序号', key: 'n', width: 60, render: (_: unknown, __, i) => i + 1 },
    { title: '文件名称', key: 'title', width: 280, render: (_: unknown, it) => <>{it.document.title}{it.document.docNumber && <Typography.Text type="secondary">（{it.document.docNumber}）</Typography.Text>}</> },
    { title: '当前有效性', key: 'validity', width: 160, render: (_: unknown, it) => <Space orientation="vertical" size={0}><ValidityTag d={it.document} /><Typography.Text type="secondary">{periodText(it.document)}</Typography.Text></Space> },
    {
      title: '清理结果', key: 'result', width: 130,
      render: (_: unknown, it, i) => (editable
        ? <Select<CleanupResult> aria-label={`“${it.document.title}”的清理结果`} value={it.result} style={{ width: 120 }} options={RESULTS.map((r) => ({ value: r, label: CLEANUP_RESULT_LABELS[r] }))} onChange={(result) => patch(i, { result })} />
        : CLEANUP_RESULT_LABELS[it.result]),
    },
    {
      title: '说明', key: 'note', width: 220,
      render: (_: unknown, it, i) => (editable ? <Input aria-label={`“${it.document.title}”的说明`} value={it.note} maxLength={500} onChange={(e) => patch(i, { note: e.target.value })} /> : it.note || '—'),
    },
    ...(editable ? [{
      title: '操作', key: 'ops', width: 130,
      render: (_: unknown, it: CleanupItem, i: number) => (
        <Space size={0}>
          <Button type="text" aria-label={`上移“${it.document.title}”`} icon={<ArrowUpOutlined aria-hidden />} disabled={i === 0} onClick={() => move(i, -1)} />
          <Button type="text" aria-label={`下移“${it.document.title}”`} icon={<ArrowDownOutlined aria-hidden />} disabled={i === items.length - 1} onClick={() => move(i, 1)} />
          <Button type="text" danger aria-label={`移除“${it.document.title}”`} icon={<DeleteOutlined aria-hidden />} onClick={() => setItems(items.filter((_, j) => j !== i))} />
        </Space>
      ),
    }] : []),
  ];

  const addDoc = (d: PickedDocument) => setItems([...items, {
    document: { id: d.id, title: d.title, docNumber: d.docNumber, indexNumber: null, org: { id: 0, code: '', name: d.orgName }, status: 'published', publishedAt: null, validity: null, validityLabel: '（保存后显示）', validFrom: null, validTo: null, isNormative: true },
    result: 'keep', resultLabel: CLEANUP_RESULT_LABELS.keep, note: '',
  }]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/normative?tab=cleanups"><ArrowLeftOutlined aria-hidden /> 返回清理列表</Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{c.title}</Typography.Title>
      {c.status === 'published' && (
        <Alert type="success" showIcon title={`已于 ${formatDateTime(c.publishedAt).slice(0, 10)} 公布，清理结果已写入各文件的有效性。`}
          description={<a href={`/xxgk/normative/cleanups/${c.id}`} target="_blank" rel="noreferrer">在网站上查看清理结果</a>} />
      )}
      <Card title="基本信息">
        {editable ? (
          <Form form={form} layout="vertical" name="cleanupMeta" style={{ maxWidth: 720 }}
            onFinish={(v) => void run(() => normativeApi.updateCleanup(id, { title: v.title.trim(), basis: v.basis?.trim() ?? '', cleanupDate: v.cleanupDate.format('YYYY-MM-DD') }), '已保存基本信息')}>
            <Form.Item label="标题" name="title" rules={[{ required: true, min: 4, message: '标题至少4个字' }]}><Input maxLength={200} /></Form.Item>
            <Form.Item label="清理日期" name="cleanupDate" rules={[{ required: true, message: '请选择清理日期' }]}><DatePicker allowClear={false} /></Form.Item>
            <Form.Item label="清理依据" name="basis"><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
            <Button htmlType="submit" loading={busy}>保存基本信息</Button>
          </Form>
        ) : (
          <Descriptions column={1} items={[
            { key: 'org', label: '机构', children: c.org.name },
            { key: 'date', label: '清理日期', children: c.cleanupDate },
            { key: 'basis', label: '清理依据', children: c.basis || '—' },
          ]} />
        )}
      </Card>
      <Card
        title={`清理清单（${items.length} 件）`}
        extra={(editable || canPublish) && (
          <Space>
            {editable && <Button type="primary" loading={busy} onClick={() => void run(() => normativeApi.putItems(id, items.map((it) => ({ documentId: it.document.id, result: it.result, note: it.note.trim() }))), '已保存清单')}>保存清单</Button>}
            {canPublish && (
              <Popconfirm title="确定公布清理结果吗？" description="公布后清单不能再修改，废止、修改、宣布失效的文件将立即标注相应的有效性。" okText="公布" cancelText="取消"
                onConfirm={() => run(() => normativeApi.publishCleanup(id), '已公布清理结果')}>
                <Button loading={busy}>公布</Button>
              </Popconfirm>
            )}
            {editable && (
              <Popconfirm title="确定删除这份清理草稿吗？" okText="删除" cancelText="取消" onConfirm={() => run(async () => { await normativeApi.removeCleanup(id); navigate('/normative?tab=cleanups'); }, '已删除')}>
                <Button danger loading={busy}>删除草稿</Button>
              </Popconfirm>
            )}
          </Space>
        )}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {editable && <Typography.Text type="secondary">公布前请先保存清单；只能列入本机构及下属机构已公开的规范性文件。</Typography.Text>}
          <Table<CleanupItem> rowKey={(it) => it.document.id} columns={columns} dataSource={items} pagination={false} scroll={items.length ? { x: 980 } : undefined}
            locale={{ emptyText: <Typography.Text type="secondary">尚未列入文件</Typography.Text> }} />
          {editable && <DocumentPicker label="列入规范性文件" search={search} exclude={items.map((it) => it.document.id)} placeholder="输入标题或发文字号搜索本机构的规范性文件" onPick={addDoc} />}
        </Space>
      </Card>
    </Space>
  );
}

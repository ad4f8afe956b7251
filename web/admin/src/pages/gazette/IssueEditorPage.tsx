import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments, canWithdraw } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import { reportFormError } from '../../common/formErrors';
import SectionsEditor, { type DraftSection } from './SectionsEditor';
import { gazetteApi } from './api';
import { ISSUE_STATUS_COLORS, type IssueView } from './types';

interface MetaValues { title: string; year: number; number: number; totalNumber: number; issueDate: Dayjs }

const toDraft = (v: IssueView): DraftSection[] =>
  v.sections.map((s, k) => ({ key: `${v.version}-${k}`, title: s.title, items: s.items.map((i) => ({ id: i.id, title: i.title, docNumber: i.docNumber, orgName: i.org.name, public: i.public })) }));

/** One issue: its 期数 and title, the table of contents (sections of published documents), 发布, PDF, 撤回. */
export default function IssueEditorPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [issue, setIssue] = useState<IssueView | null>(null);
  const [sections, setSections] = useState<DraftSection[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<MetaValues>();
  const editable = !!issue && issue.status === 'draft' && canEditDocuments(user?.roles);

  const show = useCallback((v: IssueView) => {
    setIssue(v);
    setSections(toDraft(v));
    setDirty(false);
    form.setFieldsValue({ title: v.title, year: v.year, number: v.number, totalNumber: v.totalNumber, issueDate: dayjs(v.issueDate) });
  }, [form]);

  useEffect(() => {
    gazetteApi.get(id).then(show).catch((err: unknown) => setError(errorMessage(err)));
  }, [id, show]);

  const run = async (work: () => Promise<IssueView | void>, done: string) => {
    setBusy(true);
    try {
      const v = await work();
      if (v) show(v);
      message.success(done);
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Result status="404" title="无法打开这期公报" subTitle={error} extra={<Button onClick={() => navigate('/gazette')}>返回列表</Button>} />;
  if (!issue) return <Spin description="正在加载…" />;

  const saveMeta = async (v: MetaValues) => {
    setBusy(true);
    try {
      show(await gazetteApi.update(id, issue.version, { title: v.title.trim(), year: v.year, number: v.number, totalNumber: v.totalNumber, issueDate: v.issueDate.format('YYYY-MM-DD') }));
      message.success('已保存期次信息');
    } catch (err) {
      reportFormError(form, err, ['title', 'year', 'number', 'totalNumber', 'issueDate'], (t) => message.error(t));
    } finally {
      setBusy(false);
    }
  };
  const saveContents = () => run(() => gazetteApi.putContents(id, issue.version, sections.map((s) => ({ title: s.title.trim(), documentIds: s.items.map((i) => i.id) }))), '已保存目录');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/gazette"><ArrowLeftOutlined aria-hidden /> 返回公报列表</Link>
      <Space wrap align="center">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{issue.title}</Typography.Title>
        <Tag color={ISSUE_STATUS_COLORS[issue.status]} style={issue.status === 'withdrawn' ? { color: '#874d00' } : undefined}>{issue.statusLabel}</Tag>
      </Space>
      {issue.status === 'published' && (
        <Alert type="success" showIcon title={`已于 ${formatDateTime(issue.publishedAt)} 发布`} description={<a href={`/xxgk/gazette/${issue.id}`} target="_blank" rel="noreferrer">在网站上查看本期公报</a>} />
      )}
      {issue.status === 'withdrawn' && <Alert type="warning" showIcon title={`已于 ${formatDateTime(issue.withdrawnAt)} 撤回`} description={`撤回原因：${issue.withdrawReason ?? ''}`} />}
      <Space wrap>
        <Button icon={<DownloadOutlined aria-hidden />} href={gazetteApi.pdfUrl(issue.id)} download>
          {issue.status === 'draft' ? '预览 PDF' : '下载 PDF'}
        </Button>
        {editable && (
          <Popconfirm title="确定发布本期公报吗？" description="将生成并保存 PDF 版，发布后目录不能再修改。请先保存目录。" okText="发布" cancelText="取消" disabled={dirty}
            onConfirm={() => run(() => gazetteApi.publish(id), '已发布')}>
            <Button type="primary" loading={busy} disabled={dirty} title={dirty ? '目录有未保存的修改' : undefined}>发布</Button>
          </Popconfirm>
        )}
        {editable && (
          <Popconfirm title="确定删除这期公报草稿吗？" okText="删除" cancelText="取消" onConfirm={() => run(async () => { await gazetteApi.remove(id); navigate('/gazette'); }, '已删除')}>
            <Button danger loading={busy}>删除草稿</Button>
          </Popconfirm>
        )}
        {issue.status === 'published' && canWithdraw(user?.roles) && <Button danger onClick={() => setWithdrawing(true)}>撤回</Button>}
      </Space>
      <Card title="期次信息">
        <Form form={form} layout="inline" name="issueMeta" disabled={!editable} onFinish={(v) => void saveMeta(v)} style={{ rowGap: 12 }}>
          <Form.Item label="标题" name="title" rules={[{ required: true, min: 4, message: '标题至少4个字' }]}><Input maxLength={200} style={{ width: 320 }} /></Form.Item>
          <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}><InputNumber min={1949} max={2100} /></Form.Item>
          <Form.Item label="期数" name="number" rules={[{ required: true, message: '请填写期数' }]}><InputNumber min={1} max={999} /></Form.Item>
          <Form.Item label="总期数" name="totalNumber" rules={[{ required: true, message: '请填写总期数' }]}><InputNumber min={1} max={99999} /></Form.Item>
          <Form.Item label="出版日期" name="issueDate" rules={[{ required: true, message: '请选择出版日期' }]}><DatePicker allowClear={false} /></Form.Item>
          {editable && <Form.Item><Button htmlType="submit" loading={busy}>保存期次信息</Button></Form.Item>}
        </Form>
      </Card>
      <Card title="目录" extra={editable && <Button type="primary" loading={busy} disabled={!dirty} onClick={() => void saveContents()}>保存目录</Button>}>
        {editable && <Typography.Paragraph type="secondary">只能刊登已发布的文件；用箭头调整栏目和文件的顺序，保存后生效。</Typography.Paragraph>}
        <SectionsEditor sections={sections} editable={editable} onChange={(s) => { setSections(s); setDirty(true); }} />
      </Card>
      <Modal open={withdrawing} title="撤回本期公报" okText="撤回" cancelText="取消" okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: busy }}
        onCancel={() => setWithdrawing(false)}
        onOk={async () => { if (await run(() => gazetteApi.withdraw(id, reason.trim()), '已撤回')) setWithdrawing(false); }}>
        <Typography.Paragraph>撤回后本期仍在网站列表中显示为“已撤回”，并向公众说明原因；全文和 PDF 不再提供。</Typography.Paragraph>
        <Input.TextArea aria-label="撤回原因" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="请写明撤回原因（向公众显示）" />
      </Modal>
    </Space>
  );
}

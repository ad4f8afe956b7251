import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../api/client';
import type { CheckReport, DocumentEvent, DocumentView, Finding } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { canEditDocuments, canReview, isEditableStatus } from '../../common/documents';
import { reportFormError } from '../../common/formErrors';
import { useOrgDirectory, useScopeOrgs, useVocabulary } from '../../common/useVocabulary';
import AttachmentsPanel from './AttachmentsPanel';
import ChecksPanel from './ChecksPanel';
import DocumentDetails from './DocumentDetails';
import DocumentForm from './DocumentForm';
import { DOCUMENT_FIELDS, blankValues, toFormValues, toInput, type DocumentFormValues } from './documentFormValues';
import DocumentMeta from './DocumentMeta';
import HistoryPanel from './HistoryPanel';
import ReviewPanel from './ReviewPanel';
import WorkflowActions from './WorkflowActions';
import './documents.css';

/** 起草文件 (/documents/new) and one document (/documents/:id): metadata, body, attachments, checks, workflow. */
export default function DocumentEditorPage() {
  const { id: idParam } = useParams();
  const isNew = idParam === 'new';
  const id = isNew ? null : Number(idParam);
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const vocab = useVocabulary();
  const orgs = useScopeOrgs();
  const directory = useOrgDirectory();
  const [form] = Form.useForm<DocumentFormValues>();
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [events, setEvents] = useState<DocumentEvent[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const checksRef = useRef<HTMLDivElement>(null);

  const editor = canEditDocuments(user?.roles);
  const editable = editor && (isNew || (!!doc && isEditableStatus(doc.status)));

  const loadEvents = useCallback(async (docId: number) => {
    try {
      setEvents((await api.documents.events(docId)).items);
    } catch {
      setEvents([]); // the history is secondary; the document itself reports errors
    }
  }, []);

  /** Shows `d` (a fresh server state); `resetForm` also replaces what is in the form. */
  const show = useCallback(
    (d: DocumentView, resetForm: boolean) => {
      setDoc(d);
      if (resetForm) {
        form.setFieldsValue(toFormValues(d));
        setDirty(false);
      }
      void loadEvents(d.id);
    },
    [form, loadEvents],
  );

  const load = useCallback(async () => {
    if (id === null) return;
    try {
      show(await api.documents.get(id), true);
      setLoadError(null);
      setConflict(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }, [id, show]);

  useEffect(() => {
    void load();
  }, [load]);

  // Unsaved changes: the browser asks before the tab is closed or reloaded.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Saves the form; returns the saved document, or null (errors shown on the fields or as a message). */
  const save = async (): Promise<DocumentView | null> => {
    let values: DocumentFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return null; // antd shows the field errors
    }
    setSaving(true);
    try {
      if (!doc) {
        const created = await api.documents.create(toInput(values));
        message.success('已保存草稿');
        setDirty(false);
        navigate(`/documents/${created.id}`, { replace: true });
        return created;
      }
      const saved = await api.documents.update(doc.id, doc.version, toInput(values));
      show(saved, true);
      message.success('已保存');
      return saved;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DOCUMENT_VERSION_CONFLICT') setConflict(errorMessage(err));
      else reportFormError(form, err, DOCUMENT_FIELDS, (t) => message.error(t));
      return null;
    } finally {
      setSaving(false);
    }
  };

  /** The checks and the workflow work on the stored document: save pending edits first. */
  const saved = async (): Promise<DocumentView | null> => (dirty || !doc ? save() : doc);

  const scrollToChecks = () => checksRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  const submit = async () => {
    const d = await saved();
    if (!d) return;
    try {
      show(await api.documents.submit(d.id), true);
      setReport(null);
      message.success('已提交审核，等待保密审查');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'PUBLICATION_CHECK_FAILED') {
        setReport({ findings: (err.problem.findings as Finding[] | undefined) ?? [], blocking: true, summary: errorMessage(err) });
        message.error('发布前检查未通过，请处理下列问题后再提交');
        scrollToChecks();
        return;
      }
      throw err;
    }
  };

  const runChecks = async () => {
    const d = await saved();
    if (d) setReport(await api.documents.checks(d.id));
  };

  const refreshReport = async (docId: number) => {
    if (report) setReport(await api.documents.checks(docId));
  };

  if (isNew && !editor) return <Result status="403" title="无权起草文件" subTitle="只有信息编辑或政务公开办管理员可以起草文件。" />;
  if (loadError) return <Result status="404" title="无法打开文件" subTitle={loadError} extra={<Link to="/documents">返回文件列表</Link>} />;
  if (!vocab || (!isNew && !doc)) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }

  const lastReturn = doc?.status === 'returned' ? [...events].reverse().find((e) => e.action === 'return') : undefined;
  const saveButton = editable && (
    <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={saving} onClick={() => void save()}>
      {doc ? '保存' : '保存草稿'}
    </Button>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/documents">
        <ArrowLeftOutlined aria-hidden /> 返回文件列表
      </Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }} data-testid="document-heading">
        {doc ? doc.title : '起草文件'}
      </Typography.Title>
      {conflict && (
        <Alert
          type="error"
          showIcon
          title="保存失败：文件已被他人修改"
          description={`${conflict}。重新加载将显示最新内容，您未保存的修改会丢失（可先复制需要保留的内容）。`}
          action={
            <Button danger onClick={() => void load()}>
              重新加载
            </Button>
          }
        />
      )}
      {doc && (
        <Card title="办理" extra={<WorkflowActions doc={doc} onSubmit={submit} onChanged={(d) => show(d, true)} onDeleted={() => navigate('/documents', { replace: true })} />}>
          <DocumentMeta doc={doc} />
          {lastReturn && (
            <Alert type="warning" showIcon style={{ marginTop: 16 }} title={`已被退回（${lastReturn.actorName}）`} description={lastReturn.note ?? ''} />
          )}
          {!editable && (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {editor ? '只有草稿和已退回的文件可以修改，' : '只有信息编辑和政务公开办管理员可以修改文件，'}当前页面为只读。
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {doc && doc.status === 'in_review' && canReview(user?.roles) && <ReviewPanel doc={doc} onDone={(d) => show(d, true)} />}
      {doc && (
        <div ref={checksRef}>
          <ChecksPanel
            doc={doc}
            report={report}
            editable={editable}
            piiExceptionBases={vocab.piiExceptionBases}
            onRunChecks={runChecks}
            onMask={async () => {
              const d = await saved();
              if (!d) throw new Error('请先保存');
              const r = await api.documents.mask(d.id);
              show(r.document, true);
              setReport(r.report);
              return r;
            }}
            onSetException={async (basis, note) => {
              const d = await api.documents.setPiiException(doc.id, basis, note);
              show(d, false);
              await refreshReport(d.id);
            }}
            onClearException={async () => {
              const d = await api.documents.clearPiiException(doc.id);
              show(d, false);
              await refreshReport(d.id);
            }}
            onLocateField={(field) => form.scrollToField(field === 'bodyHtml' ? 'bodyHtml' : field, { behavior: 'smooth', block: 'center', focus: true })}
          />
        </div>
      )}
      <Card title="文件信息" extra={saveButton}>
        {editable || !doc ? (
          <>
            <DocumentForm
              form={form}
              vocab={vocab}
              orgs={orgs}
              directory={directory}
              docOrgs={doc?.orgs ?? []}
              initialValues={doc ? toFormValues(doc) : blankValues(user?.orgId)}
              readOnly={!editable}
              onChange={() => setDirty(true)}
              onFinish={() => void save()}
            />
            {saveButton && <Flex justify="flex-end">{saveButton}</Flex>}
          </>
        ) : (
          <DocumentDetails doc={doc} />
        )}
      </Card>
      {doc && (
        <AttachmentsPanel
          doc={doc}
          editable={editable}
          onChanged={async () => {
            // The version moved on; the form keeps what the editor typed.
            show(await api.documents.get(doc.id), false);
            await refreshReport(doc.id);
          }}
        />
      )}
      {doc && <HistoryPanel documentId={doc.id} events={events} version={doc.version} />}
    </Space>
  );
}

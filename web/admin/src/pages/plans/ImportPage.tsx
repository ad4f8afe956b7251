import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tabs, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { buildOrgTree, type OrgNode } from '../../common/orgTree';
import { useScopeOrgs } from '../../common/useVocabulary';
import { plansApi } from './api';
import { resolutionsOf, toEditTasks } from './draft';
import PlanEditor from './PlanEditor';
import type { ParseResult } from './types';
import WordsGate from './WordsGate';

type Source = 'text' | 'file';

interface CodeNode {
  value: string;
  title: string;
  children: CodeNode[];
}

const treeByCode = (nodes: OrgNode[]): CodeNode[] =>
  nodes.filter((n) => n.org.status === 'active').map((n) => ({ value: n.org.code, title: n.org.name, children: treeByCode(n.children) }));

interface SourceValues {
  orgCode?: string;
  text?: string;
  file?: File | null;
}

/** A native file input as a form control (antd's Upload would add its code to the shared vendor chunk). */
function FileInput({ onChange, value: _value, ...rest }: { id?: string; value?: File | null; onChange?: (f: File | null) => void; 'aria-invalid'?: boolean | 'true' | 'false'; 'aria-describedby'?: string }) {
  // The chosen file stays in the input itself (a file input cannot be given a value).
  return <input {...rest} type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => onChange?.(e.target.files?.[0] ?? null)} />;
}

/** 导入方案: paste the plan's text or upload a .txt/.docx, then check and correct the extracted tasks (PlanEditor). */
function ImportScreen() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const orgs = useScopeOrgs();
  const tree = useMemo(() => treeByCode(buildOrgTree(orgs)), [orgs]);
  const [form] = Form.useForm<SourceValues>();
  const [source, setSource] = useState<Source>('text');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ParseResult | null>(null);

  const parse = async (v: SourceValues) => {
    setError(null);
    setBusy(true);
    try {
      setPreview(source === 'text' ? await plansApi.parseText(v.text ?? '', v.orgCode) : await plansApi.parseFile(v.file!, v.orgCode));
    } catch (err) {
      // The refusal goes beside the field it concerns: the organisation, the text or the file; anything else above.
      const field = err instanceof ApiError && err.code === 'ORG_NOT_FOUND' ? 'orgCode' : err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 403 ? source : null;
      if (field) form.setFields([{ name: field, errors: [errorMessage(err)] }]);
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (preview) {
    const p = preview.plan;
    return (
      <PlanEditor
        owner={preview.org}
        resolutions={resolutionsOf(preview.units)}
        draft={null}
        start={{ title: p.title ?? '', issuer: p.issuer, docNumber: p.docNumber, year: preview.year, sourceText: preview.text, tasks: toEditTasks(p.tasks), unitMap: {} }}
        onSaved={(plan) => navigate(`/plans/${plan.id}`, { replace: true, state: { units: preview.units } })}
        onRestart={() => setPreview(null)}
      />
    );
  }

  return (
    <Card title="方案来源">
      <Form<SourceValues> form={form} name="planSource" layout="vertical" onFinish={parse} initialValues={{ orgCode: user?.orgCode }} style={{ maxWidth: 960 }}>
        <Form.Item label="所属机构" name="orgCode" extra="方案由该机构下达；单位名称按其所在政府的组织机构匹配。" rules={[{ required: true, message: '请选择所属机构' }]}>
          <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} style={{ width: 320 }} />
        </Form.Item>
        <Tabs
          activeKey={source}
          onChange={(k) => (setSource(k as Source), form.setFields([{ name: 'text', errors: [] }, { name: 'file', errors: [] }]))}
          items={[
            {
              key: 'text',
              label: '粘贴文本',
              children: (
                <Form.Item
                  label="方案全文"
                  name="text"
                  extra="可直接粘贴网页或文档中的全文，页面上的导航、打印等文字会被自动去除。"
                  rules={[{ required: source === 'text', whitespace: true, message: '请粘贴方案全文' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} />
                </Form.Item>
              ),
            },
            {
              key: 'file',
              label: '上传文件',
              children: (
                <Form.Item label="方案文件" name="file" extra="支持 .txt（UTF-8 或 GB18030）和 .docx；.doc 请先另存为 .docx。" rules={[{ required: source === 'file', message: '请选择 .txt 或 .docx 文件' }]}>
                  <FileInput />
                </Form.Item>
              ),
            },
          ]}
        />
        <Space>
          <Button type="primary" htmlType="submit" icon={<FileSearchOutlined aria-hidden />} loading={busy}>
            解析
          </Button>
          <Typography.Text type="secondary">解析后可逐项核对、修改任务、责任单位和完成时限，再保存为草稿或采用。</Typography.Text>
        </Space>
        {error && <Alert type="error" showIcon title="未能解析" description={error} style={{ marginTop: 12 }} />}
      </Form>
    </Card>
  );
}

export default function ImportPage() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        导入分工方案
      </Typography.Title>
      <WordsGate>
        <ImportScreen />
      </WordsGate>
    </Space>
  );
}

import { Button, Card, Form, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import { useLoad } from '../../common/useLoad';
import { useScopeOrgs } from '../../common/useVocabulary';
import { requestsApi } from './api';
import { canManageTemplates } from './labels';
import LetterSettingsCard from './LetterSettingsCard';
import TemplateEditModal from './TemplateEditModal';
import type { ReplyTemplate } from './types';

/** 答复模板: each result type's letter wording and legal basis for one organisation, and its 文书设置. */
export default function TemplatesPage() {
  const { user } = useAuth();
  const orgs = useScopeOrgs();
  const tree = useMemo(() => toTreeSelectData(buildOrgTree(orgs)), [orgs]);
  const [orgId, setOrgId] = useState<number | undefined>(user?.orgId);
  const { data, loading, reload } = useLoad(() => (orgId ? requestsApi.templates(orgId) : undefined), [orgId]);
  const [editing, setEditing] = useState<ReplyTemplate | null>(null);
  const manage = canManageTemplates(user?.roles);

  const columns: TableProps<ReplyTemplate>['columns'] = [
    { title: '分组', dataIndex: 'group', key: 'group', width: 100 },
    {
      title: '答复类型',
      dataIndex: 'label',
      key: 'label',
      width: 300,
      render: (label: string, t) => (
        <Space orientation="vertical" size={0}>
          <span>{label}</span>
          <Typography.Text type="secondary">{t.letterTitle}</Typography.Text>
        </Space>
      ),
    },
    { title: '法律依据', dataIndex: 'article', key: 'article' },
    {
      title: '版本',
      key: 'version',
      width: 110,
      render: (_: unknown, t) => (t.edited ? <Tag color="processing">第 {t.version} 版</Tag> : <Tag>平台默认</Tag>),
    },
    ...(manage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_: unknown, t: ReplyTemplate) => (
              <Button type="link" onClick={() => setEditing(t)} aria-label={`修改模板：${t.label}`}>
                修改
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        答复模板
      </Typography.Title>
      <Card>
        <Form layout="inline" name="templateOrg" initialValues={{ orgId }} onValuesChange={(v: { orgId?: number }) => v.orgId && setOrgId(v.orgId)}>
          <Form.Item label="机构" name="orgId">
            <TreeSelect
              treeData={tree}
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
              popupMatchSelectWidth={false}
              style={{ width: 280 }}
            />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          每种答复类型对应年度报告表三的一行。修改后保存为新版本，已出具的答复书记录所用版本，不受影响。
        </Typography.Paragraph>
      </Card>
      <Card title="答复模板（理由库）">
        <Table<ReplyTemplate>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={data ?? []}
          loading={loading}
          pagination={false}
          data-testid="templates-table"
        />
      </Card>
      {orgId && <LetterSettingsCard orgId={orgId} editable={manage} />}
      {editing && orgId && (
        <TemplateEditModal
          orgId={orgId}
          template={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
    </Space>
  );
}

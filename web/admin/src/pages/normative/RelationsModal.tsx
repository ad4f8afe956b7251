import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import DocumentPicker from './DocumentPicker';
import { normativeApi } from './api';
import { RELATION_LABELS, type RelationKind, type RelationsView } from './types';

interface Row {
  id: number;
  title: string;
  docNumber: string | null;
  kind: RelationKind;
}

/**
 * The documents this one 修改/废止/解读, and those acting on it. Saving a published document's relations
 * marks the originals 已修改/已废止 at once (otherwise when it is published).
 */
export default function RelationsModal({ doc, canEdit, onClose }: { doc: { id: number; title: string }; canEdit: boolean; onClose: (changed: boolean) => void }) {
  const { message } = App.useApp();
  const [view, setView] = useState<RelationsView | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    normativeApi
      .relations(doc.id)
      .then((v) => {
        setView(v);
        setRows(v.outgoing.map((r) => ({ id: r.document.id, title: r.document.title, docNumber: r.document.docNumber, kind: r.kind })));
      })
      .catch((err: unknown) => message.error(errorMessage(err)));
  }, [doc.id, message]);

  const save = async () => {
    setSaving(true);
    try {
      const v = await normativeApi.putRelations(doc.id, rows.map((r) => ({ relatedDocumentId: r.id, kind: r.kind })));
      setView(v);
      message.success('已保存关联文件');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`关联文件：${doc.title}`}
      width={760}
      onCancel={() => onClose(false)}
      footer={canEdit ? [<Button key="c" onClick={() => onClose(false)}>取消</Button>, <Button key="s" type="primary" loading={saving} onClick={() => void save()}>保存</Button>] : null}
      loading={!view}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title="本文件发布后，被“修改”“废止”的文件的有效性自动标注为已修改、已废止，并在原文页面注明（《政府网站发展指引》）。" />
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>本文件修改、废止或解读的文件</Typography.Title>
        {rows.length === 0 && <Typography.Text type="secondary">暂无</Typography.Text>}
        {rows.map((r, i) => (
          <Space key={r.id} style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <span>{r.title}{r.docNumber && `（${r.docNumber}）`}</span>
            <Space>
              <Select<RelationKind>
                aria-label={`与“${r.title}”的关系`}
                value={r.kind}
                disabled={!canEdit}
                style={{ width: 100 }}
                options={(Object.keys(RELATION_LABELS) as RelationKind[]).map((k) => ({ value: k, label: RELATION_LABELS[k] }))}
                onChange={(kind) => setRows(rows.map((x, j) => (j === i ? { ...x, kind } : x)))}
              />
              {canEdit && <Button aria-label={`移除“${r.title}”`} icon={<DeleteOutlined aria-hidden />} onClick={() => setRows(rows.filter((_, j) => j !== i))} />}
            </Space>
          </Space>
        ))}
        {canEdit && (
          <DocumentPicker
            label="添加关联文件"
            exclude={[doc.id, ...rows.map((r) => r.id)]}
            onPick={(d) => setRows([...rows, { id: d.id, title: d.title, docNumber: d.docNumber, kind: 'amends' }])}
          />
        )}
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>作用于本文件的文件</Typography.Title>
        <List
          size="small"
          locale={{ emptyText: <Typography.Text type="secondary">暂无</Typography.Text> }}
          dataSource={view?.incoming ?? []}
          renderItem={(r) => (
            <List.Item>
              <Tag>{r.label}</Tag>
              {r.document.title}
              {r.document.docNumber && `（${r.document.docNumber}）`}
            </List.Item>
          )}
        />
      </Space>
    </Modal>
  );
}

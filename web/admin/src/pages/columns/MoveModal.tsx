import { App, Form, InputNumber, Modal, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { type Column, columnsApi, subtreeIds, toOptions, toTree } from './columnsApi';

const TOP = 0;

/** 移动: under another column of the organisation, or to the top; the column's own subtree is not offered. */
export default function MoveModal({ column, columns, onClose, onMoved }: { column: Column; columns: Column[]; onClose(): void; onMoved(): void }) {
  const { message } = App.useApp();
  const [parentId, setParentId] = useState<number>(column.parentId ?? TOP);
  const [sortOrder, setSortOrder] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const treeData = useMemo(
    () => [{ value: TOP, title: '（一级栏目）', children: [] }, ...toOptions(toTree(columns), subtreeIds(columns, column.id))],
    [columns, column.id],
  );

  const onOk = async () => {
    setSaving(true);
    try {
      await columnsApi.move(column.id, parentId === TOP ? null : parentId, sortOrder ?? undefined);
      message.success(`已移动专栏「${column.name}」`);
      onMoved();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={`移动专栏「${column.name}」`} okText="移动" cancelText="取消" onOk={onOk} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }}>
      <Form layout="vertical">
        <Form.Item label="移到">
          <TreeSelect treeData={treeData} value={parentId} onChange={(v: number) => setParentId(v)} treeDefaultExpandAll aria-label="移到" />
        </Form.Item>
        <Form.Item label="排序" extra="留空则排在新位置的最后">
          <InputNumber min={0} max={1000000} value={sortOrder} onChange={(v) => setSortOrder(v)} aria-label="排序" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import DocumentPicker from '../normative/DocumentPicker';

export interface DraftItem { id: number; title: string; docNumber: string | null; orgName: string; public: boolean }
export interface DraftSection { key: string; title: string; items: DraftItem[] }

const swap = <T,>(list: T[], i: number, j: number): T[] => {
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
};

function MoveButtons({ name, i, count, onMove }: { name: string; i: number; count: number; onMove: (to: number) => void }) {
  return (
    <>
      <Button type="text" aria-label={`上移${name}`} icon={<ArrowUpOutlined aria-hidden />} disabled={i === 0} onClick={() => onMove(i - 1)} />
      <Button type="text" aria-label={`下移${name}`} icon={<ArrowDownOutlined aria-hidden />} disabled={i === count - 1} onClick={() => onMove(i + 1)} />
    </>
  );
}

/** The table of contents being edited: sections in order, each with its documents in order (buttons reorder). */
export default function SectionsEditor({ sections, editable, onChange }: { sections: DraftSection[]; editable: boolean; onChange: (s: DraftSection[]) => void }) {
  const all = sections.flatMap((s) => s.items.map((i) => i.id));
  const setSection = (k: number, patch: Partial<DraftSection>) => onChange(sections.map((s, j) => (j === k ? { ...s, ...patch } : s)));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {sections.length === 0 && <Typography.Text type="secondary">还没有栏目，请添加。</Typography.Text>}
      {sections.map((s, k) => (
        <Card
          key={s.key}
          size="small"
          title={editable
            ? <Input aria-label={`第${k + 1}个栏目的名称`} value={s.title} maxLength={50} style={{ maxWidth: 320 }} onChange={(e) => setSection(k, { title: e.target.value })} />
            : s.title}
          extra={editable && (
            <Space size={0}>
              <MoveButtons name={`栏目“${s.title}”`} i={k} count={sections.length} onMove={(to) => onChange(swap(sections, k, to))} />
              <Button type="text" danger aria-label={`删除栏目“${s.title}”`} icon={<DeleteOutlined aria-hidden />} onClick={() => onChange(sections.filter((_, j) => j !== k))} />
            </Space>
          )}
        >
          <List
            size="small"
            locale={{ emptyText: <Typography.Text type="secondary">本栏目暂无文件</Typography.Text> }}
            dataSource={s.items}
            renderItem={(it, i) => (
              <List.Item
                actions={editable ? [
                  <MoveButtons key="m" name={`“${it.title}”`} i={i} count={s.items.length} onMove={(to) => setSection(k, { items: swap(s.items, i, to) })} />,
                  <Button key="d" type="text" danger aria-label={`移除“${it.title}”`} icon={<DeleteOutlined aria-hidden />} onClick={() => setSection(k, { items: s.items.filter((_, j) => j !== i) })} />,
                ] : []}
              >
                <Space wrap size={4}>
                  <Typography.Text>{i + 1}. {it.title}</Typography.Text>
                  {it.docNumber && <Typography.Text type="secondary">（{it.docNumber}）</Typography.Text>}
                  <Typography.Text type="secondary">· {it.orgName}</Typography.Text>
                  {!it.public && <Tag color="error">已不再公开</Tag>}
                </Space>
              </List.Item>
            )}
          />
          {editable && (
            <div style={{ marginTop: 8 }}>
              <DocumentPicker label={`向栏目“${s.title}”添加文件`} exclude={all}
                onPick={(d) => setSection(k, { items: [...s.items, { id: d.id, title: d.title, docNumber: d.docNumber, orgName: d.orgName, public: true }] })} />
            </div>
          )}
        </Card>
      ))}
      {editable && (
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...sections, { key: `new-${Date.now()}`, title: '新栏目', items: [] }])}>添加栏目</Button>
      )}
    </Space>
  );
}

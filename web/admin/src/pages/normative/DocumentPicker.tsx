import { App, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';

export interface PickedDocument {
  id: number;
  title: string;
  docNumber: string | null;
  orgName: string;
}

/** Published documents matching `q` (title, 发文字号 or 索引号): the default source of the picker. */
export async function searchPublished(q: string): Promise<PickedDocument[]> {
  const page = await api.documents.list({ status: 'published', q: q || undefined, page: 1, pageSize: 20 });
  return page.items.map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, orgName: d.org.name }));
}

/**
 * Picks one document by typing part of its title or number (searched on the server as you type). The
 * choice is handed to `onPick` and the box empties again, ready for the next one.
 */
export default function DocumentPicker({
  onPick,
  exclude = [],
  search = searchPublished,
  placeholder = '输入标题或发文字号搜索已发布的文件',
  label,
}: {
  onPick: (d: PickedDocument) => void;
  exclude?: number[];
  search?: (q: string) => Promise<PickedDocument[]>;
  placeholder?: string;
  label: string;
}) {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<PickedDocument[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      setLoading(true);
      search(q.trim())
        .then((items) => mine === seq.current && setOptions(items))
        .catch((err: unknown) => message.error(errorMessage(err)))
        .finally(() => mine === seq.current && setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, search, message]);

  const shown = options.filter((o) => !exclude.includes(o.id));
  return (
    <Select<number>
      aria-label={label}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={null}
      placeholder={placeholder}
      loading={loading}
      style={{ width: '100%', minWidth: 280 }}
      notFoundContent={loading ? '正在搜索…' : '没有找到符合条件的文件'}
      options={shown.map((o) => ({ value: o.id, label: `${o.title}${o.docNumber ? `（${o.docNumber}）` : ''} · ${o.orgName}` }))}
      onChange={(id) => {
        const d = shown.find((o) => o.id === id);
        if (d) onPick(d);
      }}
    />
  );
}

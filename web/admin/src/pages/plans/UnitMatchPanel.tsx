import { Select, Table, Typography } from 'antd';
import type { Org } from '../../api/types';
import type { UnitStatus } from './draft';
import UnitTag from './UnitTag';
import type { UnitRole } from './types';
import { useWords } from './vocabulary';

const AUTO = '__auto';
const TEXT = '__text';

interface Row {
  name: string;
  roles: UnitRole[];
  tasks: number;
}

/**
 * 单位对应: every unit name of the plan with what it resolves to, and the office's correction — an organisation
 * (a name the tree does not know, such as 市城管局 for the 住房和城乡建设局), or keep it as text.
 */
export default function UnitMatchPanel({ names, statusOf, unitMap, orgs, onChange }: {
  names: Row[];
  statusOf(name: string): UnitStatus;
  unitMap: Record<string, string | null>;
  orgs: Org[];
  onChange(map: Record<string, string | null>): void;
}) {
  const words = useWords();
  const options = [
    { value: AUTO, label: '自动匹配' },
    { value: TEXT, label: '保留文字' },
    ...orgs.filter((o) => o.status === 'active').map((o) => ({ value: o.code, label: o.name })),
  ];
  const set = (name: string, v: string) => {
    const next = { ...unitMap };
    if (v === AUTO) delete next[name];
    else next[name] = v === TEXT ? null : v;
    onChange(next);
  };
  return (
    <Table<Row>
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={names}
      data-testid="unit-match"
      columns={[
        { title: '单位名称（原文）', dataIndex: 'name', key: 'name', width: 220 },
        { title: '角色', key: 'roles', width: 160, render: (_, r) => r.roles.map((x) => words.roleShort(x)).join('、') },
        { title: '任务数', dataIndex: 'tasks', key: 'tasks', width: 70, align: 'right' },
        { title: '对应情况', key: 'status', render: (_, r) => <UnitTag name={r.name} status={statusOf(r.name)} /> },
        {
          title: '更正',
          key: 'map',
          width: 260,
          render: (_, r) => (
            <Select
              aria-label={`${r.name}对应的机构`}
              value={Object.hasOwn(unitMap, r.name) ? unitMap[r.name] ?? TEXT : AUTO}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
              popupMatchSelectWidth={false}
              style={{ width: 240 }}
              onChange={(v) => set(r.name, v)}
            />
          ),
        },
      ]}
      footer={() => <Typography.Text type="secondary">统称（如“各县区政府、管委会”）在下达时展开到各单位；未匹配的名称保留文字，不能报送进展，也不会收到提醒。</Typography.Text>}
    />
  );
}

import { Form, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { buildOrgTree, type OrgNode } from './orgTree';
import { useScopeOrgs } from './useVocabulary';

interface CodeNode {
  value: string;
  title: string;
  children: CodeNode[];
}
const codeTree = (nodes: OrgNode[]): CodeNode[] => nodes.map((n) => ({ value: n.org.code, title: n.org.name, children: codeTree(n.children) }));

/** The active organisations of the caller's scope as a tree for a TreeSelect whose values are organisation codes. */
export function useOrgCodeTree(): CodeNode[] {
  const orgs = useScopeOrgs();
  return useMemo(() => codeTree(buildOrgTree(orgs.filter((o) => o.status === 'active'))), [orgs]);
}

/** 年度 options from `last` back to `first`: “2025年度”. */
export function yearOptions(last: number, first: number): { value: number; label: string }[] {
  const out: { value: number; label: string }[] = [];
  for (let y = last; y >= first; y--) out.push({ value: y, label: `${y}年度` });
  return out;
}

/**
 * 机构 and 年度 of a screen, kept in the address (`?org=hz-czj&year=2025`) so a link opens the same table. Defaults: the
 * user's own organisation and `defaultYear`; a year in the address outside `min`…`max` is ignored.
 */
export function useOrgYearParams({ defaultYear, min, max }: { defaultYear: number; min: number; max: number }): { org: string; year: number; setTarget(org: string, year: number): void } {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') || user?.orgCode || '';
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= min && y <= max ? y : defaultYear;
  return { org, year, setTarget: (o, yr) => setParams({ org: o, year: String(yr) }, { replace: true }) };
}

interface PickerProps {
  org: string;
  year: number;
  onChange(org: string, year: number): void;
  /** The form's name (the ids of its fields). */
  name: string;
  orgLabel?: string;
  years: { value: number; label: string }[];
}

/** The 机构 / 年度 filter over the caller's organisations. */
export default function OrgYearPicker({ org, year, onChange, name, orgLabel = '机构', years }: PickerProps) {
  const tree = useOrgCodeTree();
  return (
    <Form
      layout="inline"
      name={name}
      style={{ rowGap: 12 }}
      fields={[
        { name: 'org', value: org },
        { name: 'year', value: year },
      ]}
      onValuesChange={(v: { org?: string; year?: number }) => onChange(v.org ?? org, v.year ?? year)}
    >
      <Form.Item label={orgLabel} name="org">
        <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item label="年度" name="year">
        <Select options={years} style={{ width: 130 }} />
      </Form.Item>
    </Form>
  );
}

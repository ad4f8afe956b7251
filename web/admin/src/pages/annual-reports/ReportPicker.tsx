import { Form, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { shanghaiYear } from '../../common/format';
import type { OrgNode } from '../../common/orgTree';
import { buildOrgTree } from '../../common/orgTree';
import { useScopeOrgs } from '../../common/useVocabulary';

interface CodeNode {
  value: string;
  title: string;
  children: CodeNode[];
}
const codeTree = (nodes: OrgNode[]): CodeNode[] => nodes.map((n) => ({ value: n.org.code, title: n.org.name, children: codeTree(n.children) }));

/** The years a report can be made for: this year back to 2008 (the 条例 took effect that year). */
const yearOptions = () => {
  const out: { value: number; label: string }[] = [];
  for (let y = shanghaiYear(); y >= 2008; y--) out.push({ value: y, label: `${y}年度` });
  return out;
};

/**
 * 机构 and 年度 of a report screen, kept in the address (`?org=hz-czj&year=2025`) so a link opens the same report.
 * Defaults: the user's own organisation and last year (the report published in the first months of a year).
 */
export function useReportTarget(): { org: string; year: number; setTarget(org: string, year: number): void } {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') || user?.orgCode || '';
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2008 && y <= shanghaiYear() ? y : shanghaiYear() - 1;
  return { org, year, setTarget: (o, yr) => setParams({ org: o, year: String(yr) }, { replace: true }) };
}

/** The 机构 / 年度 filter over the caller's organisations. */
export default function ReportPicker({ org, year, onChange, name }: { org: string; year: number; onChange(org: string, year: number): void; name: string }) {
  const orgs = useScopeOrgs();
  const tree = useMemo(() => codeTree(buildOrgTree(orgs.filter((o) => o.status === 'active'))), [orgs]);
  const years = useMemo(yearOptions, []);
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
      <Form.Item label="机构" name="org">
        <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item label="年度" name="year">
        <Select options={years} style={{ width: 130 }} />
      </Form.Item>
    </Form>
  );
}

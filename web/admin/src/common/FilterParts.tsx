import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Space, TreeSelect } from 'antd';
import type { ComponentProps, ReactNode } from 'react';

/** The 查询 / 重置 pair that ends every filter form. */
export function FilterButtons({ onReset }: { onReset(): void }) {
  return (
    <Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
          查询
        </Button>
        <Button onClick={onReset}>重置</Button>
      </Space>
    </Form.Item>
  );
}

/** 机构 filter over the caller's organisation tree (empty = all). */
export function OrgFilter({ treeData, width = 220 }: { treeData: ComponentProps<typeof TreeSelect>['treeData']; width?: number }) {
  return (
    <Form.Item label="机构" name="orgId">
      <TreeSelect treeData={treeData} treeDefaultExpandAll allowClear showSearch={{ treeNodeFilterProp: 'title' }} placeholder="全部机构" style={{ width }} popupMatchSelectWidth={false} />
    </Form.Item>
  );
}

/** A filter row above a list whose fields apply as they change (no 查询 button). */
export function FilterBar({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Form name={name} layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
      {children}
    </Form>
  );
}

/** 年度 filter of a FilterBar (empty = all years). */
export function YearFilter({ id, value, onChange }: { id: string; value: number | undefined; onChange(year: number | undefined): void }) {
  return (
    <Form.Item label="年度" htmlFor={id}>
      <InputNumber id={id} min={2000} max={2100} precision={0} placeholder="全部" value={value ?? null} onChange={(v) => onChange(v ?? undefined)} />
    </Form.Item>
  );
}

interface SelectFilterProps<T extends string> {
  label: string;
  id: string;
  value: T | undefined;
  onChange(value: T | undefined): void;
  options: { value: T; label: string }[];
  placeholder?: string;
  width: number;
  /** Type to narrow a long list (by label). */
  searchable?: boolean;
}

/** A clearable choice of a FilterBar (empty = all). */
export function SelectFilter<T extends string>({ label, id, value, onChange, options, placeholder = '全部', width, searchable }: SelectFilterProps<T>) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<T>
        id={id}
        allowClear
        {...(searchable ? { showSearch: { optionFilterProp: 'label' }, popupMatchSelectWidth: false } : {})}
        placeholder={placeholder}
        style={{ width }}
        value={value}
        onChange={onChange}
        options={options}
      />
    </Form.Item>
  );
}

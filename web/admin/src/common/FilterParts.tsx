import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Space, TreeSelect } from 'antd';
import type { ComponentProps } from 'react';

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

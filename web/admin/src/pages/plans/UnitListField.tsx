import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import type { UnitStatus } from './draft';
import UnitTag from './UnitTag';

/**
 * The unit names of one role (牵头单位 …) as a list: rename in place, remove, add. Each name shows what it resolves
 * to when `statusOf` is given.
 */
export default function UnitListField({ name, label, statusOf }: { name: string; label: string; statusOf?: (name: string) => UnitStatus }) {
  const form = Form.useFormInstance();
  const values = (Form.useWatch(name, form) as string[] | undefined) ?? [];
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={6}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="center" wrap="wrap">
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={[
                    { required: true, whitespace: true, message: '单位名称不能为空' },
                    { max: 100, message: '单位名称不超过100字' },
                  ]}
                >
                  <Input aria-label={`${label}${i + 1}`} maxLength={100} style={{ width: 260 }} />
                </Form.Item>
                {statusOf && values[i]?.trim() && <UnitTag name={values[i].trim()} status={statusOf(values[i].trim())} />}
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${label}${i + 1}`} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            {!fields.length && <Typography.Text type="secondary">无</Typography.Text>}
            <div>
              <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
                添加{label}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

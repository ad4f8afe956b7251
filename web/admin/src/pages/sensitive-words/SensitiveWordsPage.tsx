import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client';
import type { SensitiveWord, SensitiveWordLevel } from '../../api/types';
import { WARNING_TAG_STYLE } from '../../common/documents';
import { formatDateTime } from '../../common/format';
import { reportFormError } from '../../common/formErrors';

const LEVEL_LABELS: Record<SensitiveWordLevel, string> = { block: '禁止发布', warn: '仅提示' };
const LEVEL_OPTIONS = (Object.keys(LEVEL_LABELS) as SensitiveWordLevel[]).map((value) => ({ value, label: LEVEL_LABELS[value] }));

interface Values {
  word: string;
  level: SensitiveWordLevel;
  note?: string;
}

/** 敏感词库: words that stop publication (禁止发布) or are pointed out to the editor (仅提示). */
export default function SensitiveWordsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [words, setWords] = useState<SensitiveWord[]>([]);
  const [loading, setLoading] = useState(true);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setWords((await api.sensitiveWords.list()).items);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [message]);

  useEffect(() => {
    void load();
  }, [load]);

  const onAdd = async (v: Values) => {
    setAdding(true);
    try {
      const w = await api.sensitiveWords.add(v.word.trim(), v.level, v.note?.trim() || null);
      message.success(`已添加敏感词“${w.word}”`);
      form.resetFields();
      await load();
    } catch (err) {
      // A duplicate is a conflict about the word itself.
      if (err instanceof ApiError && err.code === 'SENSITIVE_WORD_TAKEN') form.setFields([{ name: 'word', errors: [errorMessage(err)] }]);
      else reportFormError(form, err, ['word', 'level', 'note'], (t) => message.error(t));
    } finally {
      setAdding(false);
    }
  };

  const onRemove = async (w: SensitiveWord) => {
    setRemoving(w.id);
    try {
      await api.sensitiveWords.remove(w.id);
      message.success(`已删除敏感词“${w.word}”`);
      await load();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setRemoving(null);
    }
  };

  const columns: TableProps<SensitiveWord>['columns'] = [
    { title: '敏感词', dataIndex: 'word', key: 'word', width: 200 },
    {
      title: '级别',
      dataIndex: 'level',
      key: 'level',
      width: 110,
      render: (l: SensitiveWordLevel) => l === 'block' ? <Tag color="error">{LEVEL_LABELS[l]}</Tag> : <Tag color="warning" style={WARNING_TAG_STYLE}>{LEVEL_LABELS[l]}</Tag>,
      filters: LEVEL_OPTIONS.map((o) => ({ text: o.label, value: o.value })),
      onFilter: (value, w) => w.level === value,
    },
    { title: '备注', dataIndex: 'note', key: 'note', render: (n: string | null) => n || '—' },
    { title: '添加时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, w) => (
        <Popconfirm title={`删除敏感词“${w.word}”？`} description="删除后发布前检查不再检查这个词。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => onRemove(w)}>
          <Button type="link" size="small" danger loading={removing === w.id} aria-label={`删除敏感词“${w.word}”`}>
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        敏感词库
      </Typography.Title>
      <Card title="添加敏感词">
        <Form form={form} name="sensitiveWordForm" layout="inline" initialValues={{ level: 'block' }} onFinish={onAdd} disabled={adding} style={{ rowGap: 12 }}>
          <Form.Item label="敏感词" name="word" rules={[{ required: true, whitespace: true, message: '请输入敏感词' }]}>
            <Input maxLength={50} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="级别" name="level">
            <Select options={LEVEL_OPTIONS} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input maxLength={200} style={{ width: 260 }} placeholder="可不填" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={adding}>
              添加
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          “禁止发布”的词出现在标题、正文或附件中时，文件不能提交审核和签发；“仅提示”的词只在发布前检查中提醒。
        </Typography.Paragraph>
      </Card>
      <Card title={`词库（${words.length}）`}>
        <Table<SensitiveWord>
          rowKey="id"
          columns={columns}
          dataSource={words}
          loading={loading}
          scroll={words.length ? { x: 760 } : undefined}
          locale={{ emptyText: <Typography.Text type="secondary">词库为空</Typography.Text> }}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 条`, hideOnSinglePage: true }}
        />
      </Card>
    </Space>
  );
}

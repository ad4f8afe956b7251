import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLoad } from '../../common/useLoad';
import { requestsApi } from './api';
import { showServerErrors } from '../../common/formErrors';

interface Values {
  letterPrefix: string;
  reviewBody: string;
  court: string;
}

/** 文书设置: 文号代字, and the 行政复议机关 and court named in every letter's remedy paragraph. */
export default function LetterSettingsCard({ orgId, editable }: { orgId: number; editable: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, reload } = useLoad(() => requestsApi.settings(orgId), [orgId]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (data) form.setFieldsValue({ letterPrefix: data.letterPrefix, reviewBody: data.reviewBody, court: data.court });
  }, [data, form]);

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      await requestsApi.saveSettings(orgId, { letterPrefix: v.letterPrefix.trim(), reviewBody: v.reviewBody.trim(), court: v.court.trim() });
      message.success('已保存文书设置');
      await reload();
    } catch (err) {
      setError(showServerErrors(form, err));
    } finally {
      setSaving(false);
    }
  };

  const rule = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }, { min: 2, message: '至少2个字' }];
  return (
    <Card title="文书设置" data-testid="letter-settings">
      {data?.isDefault && (
        <Typography.Paragraph type="secondary">当前为系统默认值（复议机关默认为上一级机关），保存后生效。</Typography.Paragraph>
      )}
      <Form<Values> form={form} name="letterSettings" layout="vertical" onFinish={onFinish} disabled={!editable || saving} style={{ maxWidth: 640 }}>
        <Form.Item label="文号代字" name="letterPrefix" rules={rule('文号代字')} extra="答复书文号形如：代字〔2026〕3号">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="行政复议机关" name="reviewBody" rules={rule('行政复议机关')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="行政诉讼管辖法院" name="court" rules={rule('行政诉讼管辖法院')}>
          <Input maxLength={100} />
        </Form.Item>
        {error && <Alert type="error" showIcon title="未能保存" description={error} style={{ marginBottom: 16 }} />}
        {editable && (
          <Button type="primary" htmlType="submit" loading={saving}>
            保存文书设置
          </Button>
        )}
      </Form>
    </Card>
  );
}

import { Alert, App, DatePicker, Form, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import type { DocumentView } from '../../api/types';
import { beijingIso } from '../../common/documents';
import { formatDateTime, shanghaiToday } from '../../common/format';
import { reportFormError } from '../../common/formErrors';

interface Values {
  mode: 'now' | 'scheduled';
  publishAt?: Dayjs | null;
}

interface Props {
  doc: DocumentView;
  onClose(): void;
  onDone(doc: DocumentView, text: string): void;
}

/** 签发: publish now or at a set Beijing time; 依申请公开/不予公开 documents are registered, not published. */
export default function PublishModal({ doc, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const mode = Form.useWatch('mode', form);
  const proactive = doc.disclosure === 'active';

  const onFinish = async (v: Values) => {
    setSaving(true);
    try {
      const at = proactive && v.mode === 'scheduled' && v.publishAt ? beijingIso(v.publishAt) : null;
      const d = await api.documents.publish(doc.id, at);
      const text =
        d.status === 'scheduled'
          ? `已签发，将于 ${formatDateTime(d.publishAt).slice(0, 16)} 自动发布`
          : d.status === 'filed'
            ? '已签发登记（不主动公开）'
            : '已签发发布';
      message.success(text);
      onDone(d, text);
    } catch (err) {
      reportFormError(form, err, ['publishAt'], (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title="签发" okText="确定签发" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }}>
      <Form form={form} name="publishForm" layout="vertical" initialValues={{ mode: 'now' }} onFinish={onFinish} disabled={saving}>
        {!proactive ? (
          <Alert
            type="info"
            showIcon
            title={`公开属性为“${doc.disclosureLabel}”`}
            description="签发后登记归档并生成索引号，不在门户网站发布。"
          />
        ) : (
          <>
            <Form.Item label="发布方式" name="mode">
              <Radio.Group
                options={[
                  { value: 'now', label: '立即发布' },
                  { value: 'scheduled', label: '定时发布' },
                ]}
              />
            </Form.Item>
            {mode === 'scheduled' && (
              <Form.Item
                label="发布时间（北京时间）"
                name="publishAt"
                rules={[
                  { required: true, message: '请选择发布时间' },
                  {
                    // The picked wall-clock time is Beijing time, whatever the browser's own zone.
                    validator: (_, v: Dayjs | null) =>
                      v && new Date(beijingIso(v)).getTime() < Date.now() ? Promise.reject(new Error('定时发布时间不能早于当前时间')) : Promise.resolve(),
                  },
                ]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.format('YYYY-MM-DD') < shanghaiToday()}
                  placeholder="选择日期和时间"
                />
              </Form.Item>
            )}
            <Alert type="info" showIcon title="签发后系统生成索引号，文件在门户网站公开并进入检索。" />
          </>
        )}
      </Form>
    </Modal>
  );
}

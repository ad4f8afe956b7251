import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { requestsApi } from './api';
import { afterToday, isoDate } from './dates';
import { showServerErrors } from '../../common/formErrors';
import type { Appeal, AppealKind, AppealOutcome } from './types';

export const APPEAL_KIND_LABELS: Record<AppealKind, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};
export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = { pending: '尚未审结', upheld: '结果维持', corrected: '结果纠正', other: '其他结果' };
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

interface Values {
  kind: AppealKind;
  filedOn: Dayjs;
  bodyName: string;
  caseNumber?: string;
  outcome: AppealOutcome;
  decidedOn?: Dayjs | null;
  note?: string;
}

interface Props {
  requestId: number;
  /** Given: update this record's outcome; absent: register a new one. */
  appeal?: Appeal;
  onClose(): void;
  onSaved(): void;
}

/** 登记 or 更新 a 行政复议 / 行政诉讼 about the request (table 四 of the annual report). */
export default function AppealModal({ requestId, appeal, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form) ?? appeal?.outcome ?? 'pending';

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    const decidedOn = v.outcome === 'pending' || !v.decidedOn ? undefined : isoDate(v.decidedOn);
    try {
      if (appeal) {
        await requestsApi.updateAppeal(appeal.id, {
          version: appeal.version, outcome: v.outcome, decidedOn: decidedOn ?? null, bodyName: v.bodyName.trim(),
          caseNumber: v.caseNumber?.trim() || null, note: v.note?.trim() || null,
        });
      } else {
        await requestsApi.addAppeal(requestId, {
          kind: v.kind, filedOn: isoDate(v.filedOn), bodyName: v.bodyName.trim(), caseNumber: v.caseNumber?.trim() || undefined,
          outcome: v.outcome, decidedOn, note: v.note?.trim() || undefined,
        });
      }
      message.success(appeal ? '已更新审结情况' : '已登记');
      onSaved();
    } catch (err) {
      setError(showServerErrors(form, err));
    } finally {
      setSaving(false);
    }
  };

  const initial: Partial<Values> = appeal
    ? { kind: appeal.kind, filedOn: dayjs(appeal.filedOn), bodyName: appeal.bodyName, caseNumber: appeal.caseNumber ?? undefined, outcome: appeal.outcome, decidedOn: appeal.decidedOn ? dayjs(appeal.decidedOn) : null, note: appeal.note ?? undefined }
    : { kind: 'review', outcome: 'pending' };
  return (
    <Modal open title={appeal ? '更新审结情况' : '登记行政复议或行政诉讼'} width={600} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} mask={{ closable: false }}>
      <Form<Values> form={form} name="appealForm" layout="vertical" initialValues={initial} onFinish={onFinish} disabled={saving}>
        <Form.Item label="类型" name="kind">
          <Select options={options(APPEAL_KIND_LABELS)} disabled={!!appeal} />
        </Form.Item>
        <Form.Item label="申请复议或起诉之日" name="filedOn" rules={[{ required: true, message: '请选择申请复议或起诉之日' }]}>
          <DatePicker disabledDate={afterToday} disabled={!!appeal} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="复议机关或受理法院" name="bodyName" rules={[{ required: true, whitespace: true, message: '请填写复议机关或受理法院的名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="案号（选填）" name="caseNumber">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="审结情况" name="outcome">
          <Radio.Group options={options(APPEAL_OUTCOME_LABELS)} />
        </Form.Item>
        {outcome !== 'pending' && (
          <Form.Item label="审结日期" name="decidedOn" rules={[{ required: true, message: '请选择审结日期（复议决定或裁判文书的日期）' }]}>
            <DatePicker disabledDate={afterToday} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item label="备注（选填）" name="note">
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title="未能保存" description={error} />}
    </Modal>
  );
}

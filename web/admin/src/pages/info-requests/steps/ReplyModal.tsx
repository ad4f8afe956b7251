import { Card, DatePicker, Descriptions, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useLoad } from '../../../common/useLoad';
import { requestsApi } from '../api';
import { isoDate, todayValue } from '../dates';
import { REPLY_GROUPS } from '../labels';
import { effectiveArticle, previewParagraphs } from '../letterPreview';
import type { ReplyTemplate, TemplateField } from '../types';
import StepModal, { StepDate, type StepProps } from './StepModal';

interface Values {
  on: Dayjs;
  result?: string;
  fields?: Record<string, string | Dayjs | undefined>;
}

const asText = (v: string | Dayjs | undefined): string => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : (v ?? '').trim());

function FieldInput({ f }: { f: TemplateField }) {
  const rules = f.required ? [{ required: true, whitespace: f.kind !== 'date', message: `请填写${f.label}` }] : [];
  return (
    <Form.Item label={f.label} name={['fields', f.key]} rules={rules} extra={f.hint ? `示例：${f.hint}` : undefined}>
      {f.kind === 'date' ? (
        <DatePicker style={{ width: 200 }} />
      ) : f.kind === 'amount' ? (
        <Input maxLength={20} style={{ width: 200 }} suffix="元" />
      ) : (
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 1, maxRows: 6 }} />
      )}
    </Form.Item>
  );
}

/**
 * 答复: the result type (grouped as table 三: 予以公开 … 其他处理), that template's fields, and a preview of
 * the letter with its legal basis; the server makes the DOCX/PDF letter and closes the request.
 */
export default function ReplyModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const { data: templates } = useLoad(() => requestsApi.templates(r.handlingOrgId), [r.handlingOrgId]);
  const code = Form.useWatch('result', form);
  const fieldValues = Form.useWatch('fields', form);
  const t: ReplyTemplate | undefined = templates?.find((x) => x.code === code);
  const options = useMemo(
    () =>
      REPLY_GROUPS.map((g) => ({
        label: g,
        title: g,
        options: (templates ?? []).filter((x) => x.group === g).map((x) => ({ value: x.code, label: x.label })),
      })).filter((g) => g.options.length),
    [templates],
  );
  const fields = Object.fromEntries(Object.entries(fieldValues ?? {}).map(([k, v]) => [k, asText(v)]));
  const reserved = { applicantName: r.applicantDetail.name ?? '', receivedOn: r.clock.receivedOn ?? '', description: r.description, orgName: r.handlingOrg };

  return (
    <StepModal<Values>
      form={form}
      name="replyStep"
      title="答复申请"
      okText="生成答复书并办结"
      width={760}
      initialValues={{ on: todayValue() }}
      successText="已答复"
      submit={async (v) => {
        const out = await requestsApi.reply(r.id, {
          on: isoDate(v.on),
          result: v.result ?? '',
          fields: Object.fromEntries(Object.entries(v.fields ?? {}).map(([k, x]) => [k, asText(x)]).filter(([, x]) => x)),
        });
        return { request: out.request, text: `已答复，答复书文号 ${out.number}` };
      }}
      onClose={onClose}
      onDone={onDone}
    >
      <StepDate label="答复日期" />
      <Form.Item label="答复类型" name="result" rules={[{ required: true, message: '请选择答复类型' }]}>
        <Select
          options={options}
          loading={!templates}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="请选择答复类型"
          onChange={() => form.setFieldValue('fields', {})}
        />
      </Form.Item>
      {t && (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'title', label: '文书', children: t.letterTitle },
              { key: 'article', label: '法律依据', children: <span data-testid="reply-article">{effectiveArticle(t, fields)}</span> },
            ]}
          />
          {t.fields.map((f) => (
            <FieldInput key={`${t.code}-${f.key}`} f={f} />
          ))}
          <Card size="small" title="答复书预览" data-testid="reply-preview">
            {previewParagraphs(t, fields, reserved).map((p, i) => (
              <Typography.Paragraph key={i} style={{ textIndent: '2em', marginBottom: 8 }}>
                {p}
              </Typography.Paragraph>
            ))}
            {t.remedy && <Typography.Paragraph type="secondary">（文末附行政复议、行政诉讼的救济途径和期限。）</Typography.Paragraph>}
          </Card>
        </>
      )}
    </StepModal>
  );
}

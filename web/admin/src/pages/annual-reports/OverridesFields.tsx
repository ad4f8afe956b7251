import { Col, Form, Input, InputNumber, Row, Switch, Typography } from 'antd';
import type { Workspace } from './types';
import { useWords } from './vocabulary';

const BLOCKS = ['regulations', 'normativeDocuments'] as const;

/**
 * 更正平台统计: the 规章 / 行政规范性文件 counts of table 二 are computed from the published documents; an office
 * may correct them (e.g. documents issued before the platform was used) with a reason. The platform's own
 * figure stays beside each input, and an empty input keeps it.
 */
export default function OverridesFields({ computed, disabled }: { computed: Workspace['computed']; disabled: boolean }) {
  const w = useWords();
  const form = Form.useFormInstance();
  const correcting = Form.useWatch('correcting', form) as boolean | undefined;
  return (
    <div data-testid="overrides">
      <Form.Item label="更正平台统计" name="correcting" valuePropName="checked" extra="表二规章、行政规范性文件的件数由平台按已发布的文件统计；确需更正时打开，并写明理由。">
        <Switch disabled={disabled} />
      </Form.Item>
      {correcting && (
        <>
          {BLOCKS.map((b) => (
            <Row key={b} gutter={16}>
              {w.proactive.documentCounts.map(({ key: k, label }) => (
                <Col key={k} xs={24} md={8}>
                  <Form.Item
                    label={`${w.item[b].label}${label}`}
                    name={['overrides', b, k]}
                    extra={<span data-testid={`computed-${b}-${k}`}>平台统计：{computed[b][k]} 件（留空则采用平台统计）</span>}
                  >
                    <InputNumber min={0} precision={0} placeholder={String(computed[b][k])} style={{ width: 160 }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
          <Form.Item label="更正理由" name={['overrides', 'reason']} rules={[{ required: true, min: 4, whitespace: true, message: '请写明更正理由（至少4个字）' }]}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder="例如：平台启用前制发的规范性文件未录入平台" />
          </Form.Item>
          <Typography.Paragraph type="secondary">更正后的件数将在工作台上提示，并记入审计日志。</Typography.Paragraph>
        </>
      )}
    </div>
  );
}

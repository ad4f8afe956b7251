import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from './formErrors';
import { points } from './labels';
import type { AssessmentView, IndicatorView, ScoreView } from './types';

interface Values {
  score: number | null;
  note: string;
}

interface EditorProps {
  unit: { code: string; name: string };
  indicator: IndicatorView;
  cell: ScoreView;
  save(score: number, note: string): Promise<AssessmentView>;
  onDone(): void;
}

/** Inline: 得分 (0…分值) and 评分说明 of one manual cell; the server's refusals beside the fields. */
function CellEditor({ unit, indicator, cell, save, onDone }: EditorProps) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = `${unit.name}“${indicator.name}”`;
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await save(v.score ?? 0, v.note.trim());
      onDone();
    } catch (err) {
      setError(showFieldErrors(form, err) || null);
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      name={`score-${unit.code}-${indicator.id}`}
      layout="vertical"
      size="small"
      disabled={busy}
      initialValues={{ score: cell.score, note: cell.note ?? '' }}
      onFinish={submit}
      style={{ minWidth: 200 }}
      data-testid="score-editor"
    >
      <Form.Item
        name="score"
        label={`得分（0–${points(indicator.weight)}）`}
        style={{ marginBottom: 8 }}
        rules={[
          { required: true, message: '请填写得分' },
          { type: 'number', min: 0, message: '得分不能小于0' },
          { type: 'number', max: indicator.weight, message: `得分不能超过该指标的分值（${points(indicator.weight)}分）` },
        ]}
      >
        <InputNumber aria-label={`${what}得分`} step={0.5} precision={2} style={{ width: '100%' }} autoFocus />
      </Form.Item>
      <Form.Item name="note" label="评分说明" style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '请填写评分说明' }]}>
        <Input.TextArea aria-label={`${what}评分说明`} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      {error && (
        <Typography.Paragraph type="danger" style={{ marginBottom: 8 }} data-testid="score-error">
          {error}
        </Typography.Paragraph>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        <Button onClick={onDone} disabled={busy}>
          取消
        </Button>
      </Flex>
    </Form>
  );
}

interface Props {
  unit: { code: string; name: string };
  indicator: IndicatorView;
  cell: ScoreView;
  editing: boolean;
  editable: boolean;
  onEdit(): void;
  onDone(): void;
  save(score: number, note: string): Promise<AssessmentView>;
}

/** One score of the matrix: the figure (or 未评分 / 未计算), and for a manual indicator the inline editor. */
export default function ScoreCell({ unit, indicator, cell, editing, editable, onEdit, onDone, save }: Props) {
  if (editing) return <CellEditor unit={unit} indicator={indicator} cell={cell} save={save} onDone={onDone} />;
  const manual = indicator.rule === 'manual';
  const figure =
    cell.score === null ? (
      <Typography.Text type="danger">{manual ? '未评分' : '未计算'}</Typography.Text>
    ) : (
      <span data-testid="score-value">{points(cell.score)}</span>
    );
  return (
    <Flex align="center" gap={4} justify="flex-end" data-testid="score-cell" data-unit={unit.code} data-indicator={indicator.name}>
      {manual && cell.note ? <Tooltip title={cell.note}>{figure}</Tooltip> : figure}
      {manual && editable && (
        <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`为${unit.name}“${indicator.name}”评分`} onClick={onEdit} />
      )}
    </Flex>
  );
}

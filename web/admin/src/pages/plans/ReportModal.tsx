import { Flex, Form, Input, InputNumber, Select, Slider } from 'antd';
import ActionModal from './ActionModal';
import { plansApi } from './api';
import EvidenceField from './EvidenceField';
import type { EvidenceInput, TaskDetail } from './types';

interface Values {
  text: string;
  percent: number;
  evidence: EvidenceInput[];
  orgCode?: string;
}

/**
 * 报送进展 (text, percent, evidence) or 完成，申请验收 (text, evidence; 100%). The office, which may report for any
 * assigned unit, chooses the unit; a unit reports for itself.
 */
export default function ReportModal({ d, kind, onClose, onDone }: { d: TaskDetail; kind: 'progress' | 'submit'; onClose(): void; onDone(d: TaskDetail): void }) {
  const [form] = Form.useForm<Values>();
  const submitting = kind === 'submit';
  const assigned = d.units.filter((u) => u.code).map((u) => ({ value: u.code!, label: u.name }));
  const chooseUnit = d.can.edit && assigned.length > 0;
  const send = (v: Values) => {
    const common = { text: v.text, evidence: v.evidence ?? [], version: d.task.version, ...(v.orgCode ? { orgCode: v.orgCode } : {}) };
    return submitting ? plansApi.submit(d.task.id, common) : plansApi.progress(d.task.id, { ...common, percent: v.percent });
  };
  return (
    <ActionModal<Values>
      form={form}
      name={submitting ? 'taskSubmit' : 'taskProgress'}
      title={submitting ? '完成，申请验收' : '报送进展'}
      okText={submitting ? '申请验收' : '报送'}
      width={720}
      initialValues={{ text: '', percent: Math.min(d.task.percent, 99), evidence: [] }}
      intro={submitting ? '申请验收后任务为“已完成（待验收）”，由政务公开办验收销号或退回；请写明完成情况并附佐证材料。' : undefined}
      successText={submitting ? '已申请验收' : '进展已报送'}
      submit={send}
      onClose={onClose}
      onDone={onDone}
    >
      {chooseUnit && (
        <Form.Item label="报送单位" name="orgCode" extra="不选则为您所在的单位（或其下辖的责任单位）">
          <Select allowClear placeholder="本单位" options={assigned} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      <Form.Item
        label={submitting ? '完成情况' : '进展情况'}
        name="text"
        rules={[
          { required: true, whitespace: true, message: submitting ? '请填写完成情况' : '请填写进展情况' },
          { min: 2, message: '至少2个字' },
          { max: 5000, message: '不超过5000字' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      {!submitting && (
        <Form.Item label="完成进度（%）" htmlFor="taskProgress_percent">
          {/* Dragged on the slider or typed in the box (one field); the box shows the figure, so the slider needs no tooltip. */}
          <Flex gap={16} align="center">
            <Form.Item name="percent" noStyle>
              <Slider id="taskProgress_percentSlider" min={0} max={100} marks={{ 0: '0', 50: '50', 100: '100' }} ariaLabelForHandle="完成进度" tooltip={{ open: false }} style={{ flex: 1 }} />
            </Form.Item>
            <Form.Item name="percent" noStyle>
              <InputNumber id="taskProgress_percent" min={0} max={100} precision={0} suffix="%" style={{ width: 100 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
      )}
      <Form.Item label="佐证材料" name="evidence">
        <EvidenceField taskId={d.task.id} />
      </Form.Item>
    </ActionModal>
  );
}

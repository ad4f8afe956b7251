import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row, Select, Space, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { OrgNode } from '../../common/orgTree';
import { buildOrgTree } from '../../common/orgTree';
import { useAuth } from '../../auth/AuthContext';
import { useScopeOrgs } from '../../common/useVocabulary';
import ApplicantFields from './ApplicantFields';
import { requestsApi } from './api';
import { afterToday, isoDate, todayValue } from './dates';
import { showServerErrors } from '../../common/formErrors';
import { CHANNEL_LABELS, DELIVERY_LABELS, OFFLINE_CHANNELS, RECEIPT_RULES, canHandleRequests } from './labels';
import type { RegisterInput } from './types';

type ApplicantValues = Record<string, string | undefined>;
interface Values {
  to: string;
  channel: string;
  receivedOn: Dayjs;
  kind: 'natural' | 'organization';
  applicant: ApplicantValues;
  description: string;
  purpose?: string;
  delivery: string;
  note?: string;
}

const NATURAL_KEYS = ['name', 'idType', 'idNumber', 'phone', 'email', 'address'];
const ORG_KEYS = ['orgType', 'name', 'creditCode', 'legalRepresentative', 'contactName', 'phone', 'email', 'address'];

/** Only the keys of the chosen applicant type (the form keeps the other type's values when switched). */
function applicantOf(kind: Values['kind'], a: ApplicantValues): RegisterInput['applicant'] {
  const out: Record<string, string> = { type: kind };
  for (const k of kind === 'natural' ? NATURAL_KEYS : ORG_KEYS) {
    const v = a[k]?.trim();
    if (v) out[k] = v;
  }
  return out as unknown as RegisterInput['applicant'];
}

interface CodeNode {
  value: string;
  title: string;
  disabled: boolean;
  children: CodeNode[];
}
const codeTree = (nodes: OrgNode[]): CodeNode[] =>
  nodes.map((n) => ({ value: n.org.code, title: n.org.name, disabled: n.org.status === 'disabled', children: codeTree(n.children) }));

/** 登记申请: an application received in person, by letter, fax or e-mail (条例第三十一条 receipt date by channel). */
export default function RegisterRequestPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const orgs = useScopeOrgs();
  const tree = useMemo(() => codeTree(buildOrgTree(orgs)), [orgs]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const channel = Form.useWatch('channel', form);
  const kind = Form.useWatch('kind', form) ?? 'natural';

  if (!canHandleRequests(user?.roles)) return <Result status="403" title="无权登记申请" subTitle="只有政务公开办管理员或承办人员可以登记申请。" />;

  const onFinish = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const created = await requestsApi.register({
        to: v.to,
        channel: v.channel,
        receivedOn: isoDate(v.receivedOn),
        applicant: applicantOf(v.kind, v.applicant),
        description: v.description.trim(),
        purpose: v.purpose?.trim() || undefined,
        delivery: v.delivery,
        note: v.note?.trim() || undefined,
      });
      message.success(`已登记，登记号 ${created.registerNo ?? created.trackingCode}`);
      navigate(`/info-requests/${created.id}`, { replace: true });
    } catch (err) {
      setError(showServerErrors(form, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/info-requests">
        <ArrowLeftOutlined aria-hidden /> 返回申请列表
      </Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
        登记申请
      </Typography.Title>
      <Card>
        <Form<Values>
          form={form}
          name="registerRequest"
          layout="vertical"
          onFinish={onFinish}
          disabled={saving}
          initialValues={{ to: user?.orgCode, channel: 'letter', receivedOn: todayValue(), kind: 'natural', applicant: { idType: 'resident_id' }, delivery: 'paper' }}
        >
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            收件信息
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="受理机关" name="to" rules={[{ required: true, message: '请选择受理机关' }]}>
                <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="申请渠道" name="channel" rules={[{ required: true, message: '请选择申请渠道' }]}>
                <Select options={OFFLINE_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="收到申请之日" required htmlFor="registerRequest_receivedOn">
                <Flex gap={12} align="center" wrap="wrap">
                  <Form.Item name="receivedOn" noStyle rules={[{ required: true, message: '请选择收到申请之日' }]}>
                    <DatePicker disabledDate={afterToday} allowClear={false} style={{ width: 180 }} />
                  </Form.Item>
                  <Typography.Text type="secondary" data-testid="receipt-rule">
                    条例第三十一条：{RECEIPT_RULES[channel ?? 'letter']}
                  </Typography.Text>
                </Flex>
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            申请人
          </Typography.Title>
          <Form.Item label="申请人类型" name="kind">
            <Radio.Group options={[{ value: 'natural', label: '自然人' }, { value: 'organization', label: '法人或其他组织' }]} />
          </Form.Item>
          <ApplicantFields kind={kind} />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            申请内容
          </Typography.Title>
          <Form.Item
            label="所需政府信息"
            name="description"
            extra="名称、文号或者便于查询的其他特征性描述（条例第二十九条）"
            rules={[{ required: true, whitespace: true, message: '请描述所需的政府信息' }, { min: 5, message: '至少5个字' }]}
          >
            <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item label="用途（选填）" name="purpose">
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label="获取信息的方式" name="delivery" rules={[{ required: true, message: '请选择获取信息的方式' }]}>
            <Radio.Group options={Object.entries(DELIVERY_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="登记备注（选填，不向申请人显示）" name="note">
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {error && <Alert type="error" showIcon title="登记失败" description={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              登记
            </Button>
            <Button onClick={() => navigate('/info-requests')}>取消</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}

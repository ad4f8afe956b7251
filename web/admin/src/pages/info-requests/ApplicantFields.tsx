import { Col, Form, Input, Row, Select } from 'antd';
import { ID_TYPE_LABELS, ORG_APPLICANT_TYPE_LABELS } from './labels';

const half = { xs: 24, md: 12 };
const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 条例第二十九条第一项: 姓名或者名称、身份证明、联系方式 — of a person or of an organisation. */
export default function ApplicantFields({ kind }: { kind: 'natural' | 'organization' }) {
  const contact = (
    <>
      <Col {...half}>
        <Form.Item label="联系电话" name={['applicant', 'phone']} rules={required('联系电话')} extra="11位手机号码，或带区号的固定电话">
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="电子邮箱" name={['applicant', 'email']} rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="通信地址" name={['applicant', 'address']}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
    </>
  );
  if (kind === 'natural') {
    return (
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="姓名" name={['applicant', 'name']} rules={required('姓名')}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="身份证件类型" name={['applicant', 'idType']} rules={[{ required: true, message: '请选择身份证件类型' }]}>
            <Select options={options(ID_TYPE_LABELS)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="身份证件号码" name={['applicant', 'idNumber']} rules={required('身份证件号码')}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
        {contact}
      </Row>
    );
  }
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item label="单位名称" name={['applicant', 'name']} rules={required('单位名称')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="组织类型" name={['applicant', 'orgType']} rules={[{ required: true, message: '请选择组织类型' }]}>
          <Select options={options(ORG_APPLICANT_TYPE_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="统一社会信用代码" name={['applicant', 'creditCode']} rules={required('统一社会信用代码')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="法定代表人或负责人" name={['applicant', 'legalRepresentative']} rules={required('法定代表人或负责人')}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="联系人姓名" name={['applicant', 'contactName']} rules={required('联系人姓名')}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
      {contact}
    </Row>
  );
}

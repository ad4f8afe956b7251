import { Cascader, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Switch, TreeSelect, type FormInstance } from 'antd';
import { useMemo } from 'react';
import type { Org, OrgRef, Vocabulary } from '../../api/types';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';
import BodyEditor from './BodyEditor';
import { topicOptions, type DocumentFormValues } from './documentFormValues';

interface Props {
  form: FormInstance<DocumentFormValues>;
  vocab: Vocabulary;
  /** Organisations in the caller's scope (发文机关). */
  orgs: Org[];
  /** Every active organisation (联合发文 may name organisations outside the caller's scope). */
  directory?: { id: number; name: string }[];
  /** Organisations already on the document (a joint issuer may lie outside the caller's scope). */
  docOrgs: OrgRef[];
  initialValues: DocumentFormValues;
  readOnly: boolean;
  onChange(): void;
  onFinish(values: DocumentFormValues): void;
}

const half = { xs: 24, lg: 12 };

/** 文件信息: the catalogue metadata (《政府信息公开目录》 fields) and the body of one document. */
export default function DocumentForm({ form, vocab, orgs, directory = [], docOrgs, initialValues, readOnly, onChange, onFinish }: Props) {
  const tree = useMemo(() => toTreeSelectData(buildOrgTree(orgs), true), [orgs]);
  const jointOptions = useMemo(() => {
    const byId = new Map<number, string>(docOrgs.map((o) => [o.id, o.name]));
    for (const o of orgs) if (o.status === 'active') byId.set(o.id, o.name);
    for (const o of directory) byId.set(o.id, o.name);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [orgs, directory, docOrgs]);
  const topics = useMemo(() => topicOptions(vocab), [vocab]);
  const disclosure = Form.useWatch('disclosure', form);
  const isNormative = Form.useWatch('isNormative', form);
  const grounds = vocab.grounds.filter((g) => disclosure && g.allowed.includes(disclosure));

  const onValuesChange = (changed: Partial<DocumentFormValues>) => {
    // A ground that does not fit the new 公开属性 is cleared (the server would refuse it at 提交审核).
    if (changed.disclosure) {
      const ground = form.getFieldValue('disclosureGround') as string | null | undefined;
      const fits = vocab.grounds.find((g) => g.value === ground)?.allowed.includes(changed.disclosure);
      if (ground && !fits) form.setFieldValue('disclosureGround', null);
    }
    onChange();
  };

  return (
    <Form<DocumentFormValues>
      form={form}
      name="documentForm"
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      disabled={readOnly}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="发文机关" name="orgId" rules={[{ required: true, message: '请选择发文机关' }]}>
            <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} placeholder="请选择机构" popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="联合发文机关" name="jointOrgIds" extra="联合发文时选择其他发文机关，可不选">
            <Select mode="multiple" options={jointOptions} allowClear placeholder="无" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请输入标题' }, { min: 2, message: '标题至少2个字' }]}>
        <Input maxLength={300} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="发文字号" name="docNumber" extra="如：菏政办字〔2021〕35号；年份的方括号保存时自动规范为六角括号〔〕">
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="成文日期" name="writtenAt" extra="条例第二十六条：自成文之日起20个工作日内公开">
            <DatePicker style={{ width: '100%' }} placeholder="请选择日期" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="主题分类" name="topic">
            <Cascader options={topics} placeholder="请选择主题分类" showSearch />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="体裁（公文种类）" name="genre">
            <Select options={vocab.genres.map((g) => ({ value: g, label: g }))} allowClear placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="主题词" name="keywords" extra="多个主题词用空格分隔">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="内容概述" name="summary">
        <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="公开属性" name="disclosure" rules={[{ required: true, message: '请选择公开属性' }]}>
            <Radio.Group options={vocab.disclosures} />
          </Form.Item>
        </Col>
        <Col {...half}>
          {disclosure && disclosure !== 'active' && (
            <Form.Item
              label="不主动公开的法定理由"
              name="disclosureGround"
              rules={[{ required: true, message: '依申请公开或不予公开的文件必须选择法定理由' }]}
            >
              <Select options={grounds} placeholder="请选择法定理由" popupMatchSelectWidth={false} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item label="公开方式" name="channels">
        <Checkbox.Group options={vocab.channels} />
      </Form.Item>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="公开范围" name="audience">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="有效性" name="validity">
            <Select options={vocab.validities} allowClear placeholder="不标注" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item label="规范性文件" name="isNormative" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        {isNormative && (
          <>
            <Col xs={24} lg={8}>
              <Form.Item label="有效期起" name="validFrom">
                <DatePicker style={{ width: '100%' }} placeholder="起始日期" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                label="有效期止"
                name="validTo"
                dependencies={['validFrom']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v) => {
                      const from = getFieldValue('validFrom');
                      return v && from && v.isBefore(from, 'day') ? Promise.reject(new Error('有效期截止日期不能早于起始日期')) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} placeholder="截止日期（可不填）" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Form.Item label="正文" name="bodyHtml">
        <BodyEditor readOnly={readOnly} />
      </Form.Item>
    </Form>
  );
}

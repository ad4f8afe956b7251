import { Form, Input, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildOrgTree, toTreeSelectData } from '../../../common/orgTree';
import { useScopeOrgs } from '../../../common/useVocabulary';
import { requestsApi } from '../api';
import StepModal, { type StepProps } from './StepModal';

interface Values {
  orgId: number;
  note?: string;
}

/** 交办: another organisation in the caller's scope handles the request; the deadline does not change. */
export default function AssignModal({ r, onClose, onDone }: StepProps) {
  const [form] = Form.useForm<Values>();
  const orgs = useScopeOrgs();
  const tree = useMemo(() => toTreeSelectData(buildOrgTree(orgs), true), [orgs]);
  return (
    <StepModal<Values>
      form={form}
      name="assignStep"
      title="交办承办机构"
      okText="交办"
      intro={`当前承办机构：${r.handlingOrg}。交办不影响答复期限。`}
      successText="已交办"
      submit={(v) => requestsApi.step(r.id, 'assign', { orgId: v.orgId, note: v.note?.trim() || undefined })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item label="承办机构" name="orgId" rules={[{ required: true, message: '请选择承办机构' }]}>
        <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item label="交办说明（选填）" name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </StepModal>
  );
}

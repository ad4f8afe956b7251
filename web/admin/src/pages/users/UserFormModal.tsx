import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Role, UpdateUserInput, User } from '../../api/types';
import { ROLE_OPTIONS } from '../../auth/roles';
import { reportFormError } from '../../common/formErrors';
import type { OrgTreeSelectNode } from '../../common/orgTree';

interface UserFormValues {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  email?: string;
  phone?: string;
}

const FIELDS = ['username', 'displayName', 'orgId', 'roles', 'email', 'phone'];

export type UserFormTarget = { mode: 'create'; orgId?: number } | { mode: 'edit'; user: User };

interface Props {
  target: UserFormTarget;
  orgTree: OrgTreeSelectNode[];
  onClose(): void;
  /** `initialPassword` only for a new account. */
  onSaved(user: User, initialPassword?: string): void;
}

const blankToNull = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** 新增用户 / 编辑用户. Mounted fresh for each use. */
export default function UserFormModal({ target, orgTree, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const [saving, setSaving] = useState(false);
  const editing = target.mode === 'edit' ? target.user : null;

  const initialValues: Partial<UserFormValues> = editing
    ? { username: editing.username, displayName: editing.displayName, orgId: editing.orgId, roles: editing.roles, email: editing.email ?? '', phone: editing.phone ?? '' }
    : { orgId: target.mode === 'create' ? target.orgId : undefined, roles: [] };

  const onFinish = async (v: UserFormValues) => {
    setSaving(true);
    try {
      if (!editing) {
        const { user, initialPassword } = await api.users.create({
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          orgId: v.orgId,
          roles: v.roles,
          email: blankToNull(v.email),
          phone: blankToNull(v.phone),
        });
        onSaved(user, initialPassword);
      } else {
        const patch: UpdateUserInput = {};
        if (v.displayName.trim() !== editing.displayName) patch.displayName = v.displayName.trim();
        if (v.orgId !== editing.orgId) patch.orgId = v.orgId;
        if ([...v.roles].sort().join() !== [...editing.roles].sort().join()) patch.roles = v.roles;
        if (blankToNull(v.email) !== editing.email) patch.email = blankToNull(v.email);
        if (blankToNull(v.phone) !== editing.phone) patch.phone = blankToNull(v.phone);
        if (Object.keys(patch).length === 0) {
          message.info('没有需要保存的修改');
          onClose();
          return;
        }
        const user = await api.users.update(editing.id, patch);
        message.success(`已保存用户「${user.displayName}」`);
        onSaved(user);
      }
    } catch (err) {
      reportFormError(form, err, FIELDS, (t) => message.error(t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? '编辑用户' : '新增用户'}
      okText="确定"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      width={560}
    >
      <Form form={form} name="userForm" layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={saving}>
        <Form.Item
          label="用户名"
          name="username"
          extra={editing ? '用户名创建后不能修改' : '以小写字母开头，可含小写字母、数字、下划线、点和连字符'}
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            { min: 3, message: '用户名至少3个字符' },
            { max: 32, message: '用户名最多32个字符' },
            { pattern: /^[a-z][a-z0-9_.-]*$/, message: '用户名须以小写字母开头，只能包含小写字母、数字、下划线、点和连字符' },
          ]}
        >
          <Input maxLength={32} disabled={!!editing} autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 50, message: '姓名最多50个字' }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label="所属机构" name="orgId" rules={[{ required: true, message: '请选择所属机构' }]}>
          <TreeSelect
            treeData={orgTree}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: 'title' }}
            placeholder="请选择机构"
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label="角色" name="roles" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个角色' }]}>
          <Select mode="multiple" options={ROLE_OPTIONS} placeholder="请选择角色" showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="邮箱" name="email" rules={[{ type: 'email', message: '邮箱格式不正确' }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item label="手机" name="phone" rules={[{ pattern: /^[0-9+\-() ]{5,30}$/, message: '电话号码格式不正确' }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { CheckCircleOutlined, DeleteOutlined, RedoOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { plansApi } from './api';
import type { PlanDetail, PlanInput } from './types';

interface Props {
  draft: { id: number; version: number } | null;
  dirty: boolean;
  /** The edited plan, or null when the form shows errors. */
  body(): Promise<PlanInput | null>;
  onSaved(plan: PlanDetail, adopted: boolean): void;
  /** A refusal: the server's field errors go beside the fields, `text` above them. */
  onFailed(err: unknown, text: string): void;
  onRestart?: () => void;
}

/** 保存为草稿 (new, or the stored draft replaced), 采用 (saved first when changed; confirmed), 删除草稿, 重新导入. */
export default function DraftActions({ draft, dirty, body, onSaved, onFailed, onRestart }: Props) {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [stored, setStored] = useState(draft);
  const [busy, setBusy] = useState<'save' | 'adopt' | 'delete' | null>(null);

  /** Stores the edited plan; null after a refusal (already shown). */
  const save = async (): Promise<PlanDetail | null> => {
    const b = await body();
    if (!b) return null;
    try {
      const { orgCode, ...fields } = b;
      const plan = stored ? await plansApi.update(stored.id, stored.version, fields) : await plansApi.create({ ...fields, orgCode });
      setStored({ id: plan.id, version: plan.version });
      return plan;
    } catch (err) {
      onFailed(err, errorMessage(err));
      return null;
    }
  };

  const saveDraft = async () => {
    setBusy('save');
    const plan = await save();
    setBusy(null);
    if (!plan) return;
    message.success('已保存为草稿');
    onSaved(plan, false);
  };

  const adopt = async () => {
    setBusy('adopt');
    try {
      const plan = !stored || dirty ? await save() : null;
      const target = plan ? { id: plan.id, version: plan.version } : stored;
      if (!target) return;
      const adopted = await plansApi.adopt(target.id, target.version);
      message.success(`方案已采用，${adopted.tasks.length}项任务已下达`);
      onSaved(adopted, true);
    } catch (err) {
      onFailed(err, errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const confirmAdopt = () =>
    modal.confirm({
      title: '采用并下达该方案？',
      content: '采用后各项任务下达到责任单位（“各县区政府”等统称展开到各单位，按完成时限计算到期日），进入台账；方案不能再整体修改，只能在台账中修改具体任务。',
      okText: '采用',
      cancelText: '取消',
      onOk: adopt,
    });

  const remove = async () => {
    if (!stored) return;
    setBusy('delete');
    try {
      await plansApi.remove(stored.id, stored.version);
      message.success('草稿已删除');
      navigate('/plans');
    } catch (err) {
      onFailed(err, errorMessage(err));
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {onRestart && (
        <Button icon={<RedoOutlined aria-hidden />} onClick={onRestart} disabled={!!busy}>
          重新导入
        </Button>
      )}
      {stored && (
        <Popconfirm title="删除这份草稿？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={remove}>
          <Button danger icon={<DeleteOutlined aria-hidden />} loading={busy === 'delete'} disabled={!!busy && busy !== 'delete'}>
            删除草稿
          </Button>
        </Popconfirm>
      )}
      <Button icon={<SaveOutlined aria-hidden />} onClick={saveDraft} loading={busy === 'save'} disabled={!!busy && busy !== 'save'}>
        保存为草稿
      </Button>
      <Button type="primary" icon={<CheckCircleOutlined aria-hidden />} onClick={confirmAdopt} loading={busy === 'adopt'} disabled={!!busy && busy !== 'adopt'}>
        采用
      </Button>
    </Space>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useScopeOrgs } from '../../common/useVocabulary';
import DraftActions from './DraftActions';
import { type EditTask, type Resolutions, splitErrors, toInput, unitNames, unitStatus } from './draft';
import SourcePane from './SourcePane';
import TaskEditModal from './TaskEditModal';
import TaskTree from './TaskTree';
import type { PlanDetail, PlanInput } from './types';
import UnitMatchPanel from './UnitMatchPanel';

export interface EditorStart {
  title: string;
  issuer: string | null;
  docNumber: string | null;
  year: number;
  sourceText: string;
  tasks: EditTask[];
  unitMap: Record<string, string | null>;
}

interface Meta {
  title: string;
  issuer?: string;
  docNumber?: string;
  year: number;
}

const META_FIELDS = ['title', 'issuer', 'docNumber', 'year'] as const;

/**
 * The import preview and draft editor: the source text on the left, the extracted tasks on the right (grouped by
 * their outline), each correctable; title, issuer, 文号 and year above; the unit names with their resolution and the
 * office's corrections below. 保存为草稿 and 采用 are in DraftActions.
 */
export default function PlanEditor({ owner, start, resolutions, draft, onSaved, onRestart }: {
  owner: { code: string; name: string };
  start: EditorStart;
  resolutions: Resolutions;
  /** The stored draft being edited, or null for a new import. */
  draft: { id: number; version: number } | null;
  onSaved(plan: PlanDetail, adopted: boolean): void;
  onRestart?: () => void;
}) {
  const [form] = Form.useForm<Meta>();
  const orgs = useScopeOrgs();
  const [tasks, setTasks] = useState<EditTask[]>(start.tasks);
  const [unitMap, setUnitMap] = useState(start.unitMap);
  const [editing, setEditing] = useState<EditTask | 'new' | null>(null);
  const [locate, setLocate] = useState<{ needles: string[]; seq: number } | null>(null);
  const [taskErrors, setTaskErrors] = useState<ReadonlyMap<number, string[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  const orgName = useMemo(() => {
    const byCode = new Map(orgs.map((o) => [o.code, o.name]));
    return (code: string) => byCode.get(code);
  }, [orgs]);
  const statusOf = (name: string) => unitStatus(name, resolutions, unitMap, orgName);
  const names = useMemo(() => unitNames(tasks), [tasks]);
  const unmatched = names.filter((n) => statusOf(n.name).kind === 'text').length;

  const changeTasks = (next: EditTask[]) => {
    setTasks(next);
    setDirty(true);
    setTaskErrors(new Map());
  };
  const saveTask = (t: EditTask) => {
    const i = tasks.findIndex((x) => x.key === t.key);
    changeTasks(i >= 0 ? tasks.map((x) => (x.key === t.key ? t : x)) : [...tasks, t]);
    setEditing(null);
  };

  /** The body to store, or null when the form has errors. */
  const body = async (): Promise<PlanInput | null> => {
    setError(null);
    try {
      const m = await form.validateFields();
      return { orgCode: owner.code, title: m.title.trim(), issuer: m.issuer?.trim() || null, docNumber: m.docNumber?.trim() || null, year: m.year, sourceText: start.sourceText, tasks: toInput(tasks), unitMap };
    } catch {
      setError('请先更正方案信息中标出的错误');
      return null;
    }
  };
  const failed = (err: unknown, text: string) => {
    const { tasks: byTask, fields } = splitErrors(err);
    setTaskErrors(byTask);
    form.setFields(META_FIELDS.filter((f) => fields.has(f)).map((f) => ({ name: f, errors: fields.get(f) })));
    setError(text);
  };

  return (
    <>
      <Card
        title="方案信息"
        extra={<DraftActions draft={draft} dirty={dirty} body={body} onSaved={(p, adopted) => (setDirty(false), onSaved(p, adopted))} onFailed={failed} onRestart={onRestart} />}
      >
        <Form<Meta> form={form} name="planMeta" layout="vertical" initialValues={{ title: start.title, issuer: start.issuer ?? '', docNumber: start.docNumber ?? '', year: start.year }} onValuesChange={() => setDirty(true)}>
          <Row gutter={16}>
            <Col xs={24} xl={10}>
              <Form.Item label="方案标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写方案标题' }, { max: 300, message: '方案标题不超过300字' }]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={5}>
              <Form.Item label="发文机关" name="issuer" rules={[{ max: 200, message: '发文机关不超过200字' }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={6}>
              <Form.Item label="文号" name="docNumber" rules={[{ max: 100, message: '文号不超过100字' }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={3}>
              <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text type="secondary">
            所属机构：{owner.name}。单位名称按该机构所在政府的组织机构匹配；采用（下达）后任务进入台账，由各责任单位报送进展。
          </Typography.Text>
        </Form>
        {error && <Alert type="error" showIcon title="未能保存" description={error} style={{ marginTop: 12 }} data-testid="editor-error" />}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title="方案原文" size="small">
            <SourcePane text={start.sourceText} locate={locate} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={`提取的任务（${tasks.length}项）`}
            size="small"
            extra={
              <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                添加任务
              </Button>
            }
          >
            <div role="region" aria-label="提取的任务" tabIndex={0} style={{ maxHeight: '72vh', overflow: 'auto' }}>
              <TaskTree
                tasks={tasks}
                errors={taskErrors}
                statusOf={statusOf}
                onEdit={setEditing}
                onDelete={(i) => changeTasks(tasks.filter((_, k) => k !== i))}
                onLocate={(t) => setLocate({ needles: [t.heading ?? '', t.text], seq: (locate?.seq ?? 0) + 1 })}
              />
            </div>
          </Card>
        </Col>
      </Row>
      <Collapse
        items={[
          {
            key: 'units',
            label: `单位对应（${names.length}个单位名称${unmatched ? `，${unmatched}个未匹配` : ''}）`,
            children: <UnitMatchPanel names={names} statusOf={statusOf} unitMap={unitMap} orgs={orgs} onChange={(m) => (setUnitMap(m), setDirty(true))} />,
          },
        ]}
      />
      {editing && <TaskEditModal task={editing === 'new' ? null : editing} statusOf={statusOf} onSave={saveTask} onClose={() => setEditing(null)} />}
    </>
  );
}

import { ArrowLeftOutlined, DownloadOutlined, ExportOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime } from '../../common/format';
import { bulletinsApi, publicBulletinUrl } from './api';
import FiguresView from './FiguresView';
import { BULLETIN_STATUS_COLORS, canWriteBulletins, chineseDate } from './labels';
import TextsForm from './TextsForm';
import type { Bulletin } from './types';

/** The actions of a bulletin: 下载 Word always; 重新生成数据 and 发布 while a draft (the office); the public page once published. */
function Actions({ b, writer, dirty, onChanged, onReload }: { b: Bulletin; writer: boolean; dirty: boolean; onChanged(b: Bulletin): void; onReload(): void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'regenerate' | 'publish' | null>(null);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const run = async (what: 'regenerate' | 'publish') => {
    setBusy(what);
    setError(null);
    try {
      const next = what === 'publish' ? await bulletinsApi.publish(b.id, b.version) : await bulletinsApi.regenerate(b.id, b.version);
      message.success(what === 'publish' ? '通报已发布' : `已按台账重新生成数据（截至${chineseDate(next.asOf)}）`);
      onChanged(next);
    } catch (err) {
      setError({ text: errorMessage(err), conflict: err instanceof ApiError && err.code === 'PLAN_BULLETIN_VERSION_CONFLICT' });
    } finally {
      setBusy(null);
    }
  };
  const draft = b.status === 'draft';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex gap={8} wrap="wrap">
        <Button href={bulletinsApi.docxUrl(b.id)} download icon={<DownloadOutlined aria-hidden />} data-testid="download-docx">
          下载Word{draft ? '（草稿）' : ''}
        </Button>
        {draft && writer && (
          <>
            <Popconfirm
              title="按台账重新生成数据？"
              description="各项数据将按当前台账重新计算（截至季度最后一天，季度未结束的截至今天）；已填写的文字保留。"
              okText="重新生成"
              cancelText="取消"
              onConfirm={() => run('regenerate')}
              disabled={!!busy}
            >
              <Button icon={<ReloadOutlined aria-hidden />} loading={busy === 'regenerate'} disabled={!!busy}>
                重新生成数据
              </Button>
            </Popconfirm>
            <Popconfirm
              title={`发布“${b.title}”？`}
              description="发布后通报在门户网站公开，文字和数据都不能再修改。"
              okText="发布"
              cancelText="取消"
              onConfirm={() => run('publish')}
              disabled={!!busy || dirty}
            >
              <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy === 'publish'} disabled={!!busy || dirty}>
                发布
              </Button>
            </Popconfirm>
          </>
        )}
        {b.portalUrl && (
          <Button href={b.portalUrl} target="_blank" rel="noopener noreferrer" icon={<ExportOutlined aria-hidden />} data-testid="public-link">
            查看门户网站上的通报
          </Button>
        )}
      </Flex>
      {dirty && draft && writer && <Alert type="warning" showIcon title="“通报文字”有未保存的修改：发布的是已保存的通报，请先保存。" />}
      {error && (
        <Alert
          type="error"
          showIcon
          title="操作未完成"
          description={error.text}
          data-testid="action-error"
          action={error.conflict ? <Button size="small" onClick={onReload}>重新加载</Button> : undefined}
        />
      )}
    </Space>
  );
}

/** One 季度通报: its facts, actions, the frozen figures and the texts the office edits. */
export default function BulletinPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const writer = canWriteBulletins(user?.roles);
  const [b, setB] = useState<Bulletin | null>(null);
  const [loadError, setLoadError] = useState<{ text: string; missing: boolean } | null>(null);
  const [tick, setTick] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState('figures');

  useEffect(() => {
    let live = true;
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) {
      setLoadError({ text: '通报编号格式不正确', missing: true });
      return;
    }
    bulletinsApi
      .get(n)
      .then((x) => live && (setB(x), setLoadError(null), setDirty(false)))
      .catch((err: unknown) => live && setLoadError({ text: errorMessage(err), missing: err instanceof ApiError && err.status === 404 }));
    return () => {
      live = false;
    };
  }, [id, tick]);

  const back = (
    <Link to="/plans/bulletins">
      <ArrowLeftOutlined aria-hidden /> 返回通报列表
    </Link>
  );
  if (loadError) return <Result status={loadError.missing ? '404' : 'warning'} title={loadError.missing ? '没有找到这份通报' : '无法打开通报'} subTitle={loadError.text} extra={back} />;
  if (!b || String(b.id) !== id) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }

  const replace = (next: Bulletin) => {
    setDirty(false);
    setB(next);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Flex align="center" gap={12} wrap="wrap">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }} data-testid="bulletin-title">
          {b.title}
        </Typography.Title>
        <Tag color={BULLETIN_STATUS_COLORS[b.status]} data-testid="bulletin-status">
          {b.statusLabel}
        </Tag>
      </Flex>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          data-testid="bulletin-facts"
          items={[
            { key: 'org', label: '通报机构', children: b.org.name },
            { key: 'quarter', label: '季度', children: b.quarterLabel },
            { key: 'scope', label: '范围', children: b.plan ? <Link to={`/plans/${b.plan.id}`}>{b.plan.title}</Link> : '本年度全部已下达方案' },
            { key: 'asOf', label: '数据截至', children: chineseDate(b.asOf) },
            { key: 'number', label: '文号', children: b.number ?? '—' },
            { key: 'generatedAt', label: '数据生成时间', children: formatDateTime(b.generatedAt) },
            ...(b.publishedAt ? [{ key: 'publishedAt', label: '发布时间', children: formatDateTime(b.publishedAt) }] : []),
          ]}
        />
        <div style={{ marginTop: 12 }}>
          <Actions key={`${b.id}/${b.version}`} b={b} writer={writer} dirty={dirty} onChanged={replace} onReload={() => setTick((t) => t + 1)} />
        </div>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'figures', label: '通报数据', children: <FiguresView f={b.figures} /> },
            {
              key: 'texts',
              label: '通报文字',
              forceRender: true,
              children: (
                <TextsForm
                  key={`${b.id}/${b.version}`}
                  bulletin={b}
                  editable={writer}
                  onDirty={setDirty}
                  onSaved={replace}
                  onReload={() => setTick((t) => t + 1)}
                />
              ),
            },
          ]}
        />
      </Card>
      {b.status === 'published' && (
        <Typography.Text type="secondary">
          公开地址：<a href={publicBulletinUrl(b.id)} target="_blank" rel="noopener noreferrer" style={{ textDecoration: 'underline' }}>{publicBulletinUrl(b.id)}</a>
        </Typography.Text>
      )}
    </Space>
  );
}

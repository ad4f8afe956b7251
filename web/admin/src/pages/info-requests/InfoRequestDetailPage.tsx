import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card, Flex, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import AppealsPanel from './AppealsPanel';
import ApplicantCard from './ApplicantCard';
import { requestsApi } from './api';
import ClockPanel from './ClockPanel';
import EventsTimeline from './EventsTimeline';
import LettersCard from './LettersCard';
import RequestActions from './RequestActions';
import RequestMeta from './RequestMeta';
import { RequestStatusTag } from './RequestTags';
import type { Letter, RequestDetail } from './types';

/** One application: its state and clock, the applicant, the steps so far, the letters, and the next steps. */
export default function InfoRequestDetailPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const [r, setR] = useState<RequestDetail | null>(null);
  const [letters, setLetters] = useState<Letter[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const loadLetters = useCallback(async () => {
    try {
      setLetters(await requestsApi.letters(id));
    } catch {
      setLetters([]); // secondary: the request itself reports errors
    }
  }, [id]);

  useEffect(() => {
    let live = true;
    requestsApi
      .get(id)
      .then((d) => live && (setR(d), setLoadError(null)))
      .catch((err: unknown) => live && setLoadError(errorMessage(err)));
    void loadLetters();
    return () => {
      live = false;
    };
  }, [id, loadLetters]);

  const reveal = async (show: boolean) => {
    try {
      setR(await requestsApi.get(id, show));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (loadError) return <Result status="404" title="无法打开申请" subTitle={loadError} extra={<Link to="/info-requests">返回申请列表</Link>} />;
  if (!r) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }

  const onChanged = (next: RequestDetail) => {
    // A step's answer is masked: keep the full record on screen only if it was already revealed.
    if (r.revealed) void reveal(true);
    else setR(next);
    void loadLetters();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/info-requests">
        <ArrowLeftOutlined aria-hidden /> 返回申请列表
      </Link>
      <Flex align="center" gap={12} wrap="wrap">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }} data-testid="request-heading">
          政府信息公开申请 {r.registerNo ?? r.trackingCode}
        </Typography.Title>
        <RequestStatusTag status={r.status} />
      </Flex>
      <Card title="申请信息">
        <div style={{ marginBottom: 16 }}>
          <RequestActions r={r} onChanged={onChanged} />
        </div>
        <RequestMeta r={r} />
      </Card>
      <ClockPanel clock={r.clock} events={r.events} />
      <ApplicantCard applicant={r.applicantDetail} typeLabel={r.applicantTypeLabel} revealed={r.revealed} onReveal={reveal} />
      <LettersCard letters={letters} />
      <Card data-testid="events-card">
        <Tabs
          items={[
            { key: 'events', label: '办理过程', children: <EventsTimeline events={r.events} /> },
            { key: 'appeals', label: '行政复议、行政诉讼', children: <AppealsPanel requestId={r.id} /> },
          ]}
        />
      </Card>
    </Space>
  );
}

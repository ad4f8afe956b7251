import { Descriptions } from 'antd';
import { formatDateTime } from '../../common/format';
import { DELIVERY_LABELS } from './labels';
import type { RequestDetail } from './types';

/** 申请信息: how and when it came, to whom, what is asked for. */
export default function RequestMeta({ r }: { r: RequestDetail }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="request-meta"
      items={[
        { key: 'trackingCode', label: '查询码', children: r.trackingCode },
        { key: 'registerNo', label: '登记号', children: r.registerNo ?? '（尚未签收登记）' },
        { key: 'channel', label: '申请渠道', children: r.channelLabel },
        { key: 'org', label: '受理机关', children: r.org },
        { key: 'handlingOrg', label: '承办机构', children: r.handlingOrg },
        { key: 'submittedAt', label: '提交或登记时间', children: formatDateTime(r.submittedAt).slice(0, 16) },
        { key: 'receivedOn', label: '收到申请之日', children: r.receivedOn ?? '—' },
        { key: 'delivery', label: '获取信息的方式', children: DELIVERY_LABELS[r.delivery] ?? r.delivery },
        { key: 'purpose', label: '用途', children: r.purpose || '—' },
        { key: 'description', label: '所需政府信息', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.description}</span> },
      ]}
    />
  );
}

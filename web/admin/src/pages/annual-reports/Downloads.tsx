import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space } from 'antd';
import { type ExportFormat, publicReportUrl, reportsApi } from './api';
import type { Workspace } from './types';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'DOCX' },
  { format: 'pdf', label: 'PDF' },
  { format: 'json', label: 'JSON' },
  { format: 'html', label: 'HTML' },
];

function Links({ ws, version, what }: { ws: Workspace; version: 'published' | 'live'; what: string }) {
  return (
    <Space wrap>
      {FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          href={reportsApi.exportUrl(ws.org.code, ws.year, format, version)}
          download
          icon={<DownloadOutlined aria-hidden />}
          aria-label={`下载${what} ${label}`}
          data-testid={`download-${version}-${format}`}
        >
          {label}
        </Button>
      ))}
    </Space>
  );
}

/** 下载: the published version (frozen) and the live draft in the four formats, and the portal page once published. */
export default function Downloads({ ws }: { ws: Workspace }) {
  const items = [
    ...(ws.published
      ? [
          { key: 'published', label: `已发布版本（第${ws.published.version}版）`, children: <Links ws={ws} version="published" what="已发布版本" /> },
          {
            key: 'portal',
            label: '门户网站',
            children: (
              <a href={publicReportUrl(ws.org.code, ws.year)} target="_blank" rel="noopener noreferrer" data-testid="public-link">
                <ExportOutlined aria-hidden /> 查看公开的报告（{publicReportUrl(ws.org.code, ws.year)}）
              </a>
            ),
          },
        ]
      : []),
    { key: 'live', label: ws.published ? '当前数据（未发布）' : '当前草稿', children: <Links ws={ws} version="live" what="当前草稿" /> },
  ];
  return <Descriptions size="small" column={1} bordered items={items} data-testid="downloads" />;
}

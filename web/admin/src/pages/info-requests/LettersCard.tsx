import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Card, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { resultLabel } from './labels';
import type { Letter } from './types';

const columns: TableProps<Letter>['columns'] = [
  { title: '文号', dataIndex: 'number', key: 'number' },
  { title: '答复类型', dataIndex: 'result', key: 'result', render: (r: string) => resultLabel(r) },
  { title: '答复日期', dataIndex: 'issuedOn', key: 'issuedOn', width: 120 },
  {
    title: '下载',
    key: 'files',
    width: 200,
    render: (_: unknown, l) => (
      <Space>
        <a href={l.docxUrl} download title={`下载 ${l.number}.docx`} data-testid="letter-docx">
          <FileWordOutlined aria-hidden /> DOCX
        </a>
        <a href={l.pdfUrl} download title={`下载 ${l.number}.pdf`} data-testid="letter-pdf">
          <FilePdfOutlined aria-hidden /> PDF
        </a>
      </Space>
    ),
  },
];

/** 答复书: the letters issued for the request, as Word and PDF. */
export default function LettersCard({ letters }: { letters: Letter[] | null }) {
  return (
    <Card title="答复文书" data-testid="letters-card">
      <Table<Letter>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={letters ?? []}
        loading={letters === null}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">尚未出具答复书</Typography.Text> }}
      />
    </Card>
  );
}

import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Tag } from 'antd';
import { useAuth } from '../../auth/AuthContext';
import { ID_TYPE_LABELS, ORG_APPLICANT_TYPE_LABELS, canRevealApplicant } from './labels';
import type { ApplicantDetail } from './types';

interface Props {
  applicant: ApplicantDetail;
  typeLabel: string;
  revealed: boolean;
  onReveal(show: boolean): Promise<void>;
}

const v = (s: string | undefined) => s || '—';

/** 申请人: masked by default; the full record on request, which the server writes to the audit log. */
export default function ApplicantCard({ applicant: a, typeLabel, revealed, onReveal }: Props) {
  const { modal } = App.useApp();
  const { user } = useAuth();
  const reveal = () =>
    modal.confirm({
      title: '查看申请人完整信息？',
      content: '申请人的身份证件号码、联系电话和地址属于个人信息。查看将记入审计日志（查看人、时间、申请登记号），请仅在办理需要时查看。',
      okText: '查看',
      cancelText: '取消',
      onOk: () => onReveal(true),
    });
  const natural = a.type === 'natural';
  const items = [
    { key: 'type', label: '申请人类型', children: typeLabel },
    { key: 'name', label: natural ? '姓名' : '单位名称', children: v(a.name) },
    ...(natural
      ? [
          ...(a.idType ? [{ key: 'idType', label: '身份证件类型', children: ID_TYPE_LABELS[a.idType] ?? a.idType }] : []),
          { key: 'idNumber', label: '身份证件号码', children: v(a.idNumber) },
        ]
      : [
          ...(a.orgType ? [{ key: 'orgType', label: '组织类型', children: ORG_APPLICANT_TYPE_LABELS[a.orgType] ?? a.orgType }] : []),
          { key: 'creditCode', label: '统一社会信用代码', children: v(a.creditCode) },
          ...(revealed ? [{ key: 'legal', label: '法定代表人或负责人', children: v(a.legalRepresentative) }, { key: 'contact', label: '联系人', children: v(a.contactName) }] : []),
        ]),
    { key: 'phone', label: '联系电话', children: v(a.phone) },
    { key: 'email', label: '电子邮箱', children: v(a.email) },
    { key: 'address', label: '通信地址', children: v(a.address) },
  ];
  return (
    <Card
      title="申请人"
      data-testid="applicant-card"
      extra={
        canRevealApplicant(user?.roles) &&
        (revealed ? (
          <Button icon={<EyeInvisibleOutlined aria-hidden />} onClick={() => void onReveal(false)}>
            隐藏完整信息
          </Button>
        ) : (
          <Button icon={<EyeOutlined aria-hidden />} onClick={reveal}>
            查看完整信息
          </Button>
        ))
      }
    >
      {revealed ? <Tag color="warning" style={{ color: '#874d00', marginBottom: 12 }}>正在显示完整个人信息（已记录查看）</Tag> : null}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}

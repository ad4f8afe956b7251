import { Button, Space } from 'antd';
import { useState, type ComponentType } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { canApproveExtension, canHandleRequests } from './labels';
import AssignModal from './steps/AssignModal';
import ConfirmModal from './steps/ConfirmModal';
import ConsultationEndModal from './steps/ConsultationEndModal';
import ConsultationModal from './steps/ConsultationModal';
import CorrectionModal from './steps/CorrectionModal';
import CorrectionRequestModal from './steps/CorrectionRequestModal';
import DeliveryModal from './steps/DeliveryModal';
import ExtensionModal from './steps/ExtensionModal';
import FeeNoticeModal from './steps/FeeNoticeModal';
import FeePaymentModal from './steps/FeePaymentModal';
import NoteModal from './steps/NoteModal';
import ReplyModal from './steps/ReplyModal';
import type { StepProps } from './steps/StepModal';
import TerminationModal from './steps/TerminationModal';
import type { RequestDetail } from './types';

type Action = { key: string; label: string; modal: ComponentType<StepProps>; primary?: boolean; danger?: boolean };

const A: Record<string, Action> = {
  confirm: { key: 'confirm', label: '确认受理', modal: ConfirmModal, primary: true },
  reply: { key: 'reply', label: '答复', modal: ReplyModal, primary: true },
  correctionRequest: { key: 'correction-request', label: '补正告知', modal: CorrectionRequestModal },
  correction: { key: 'correction', label: '登记补正', modal: CorrectionModal, primary: true },
  consultation: { key: 'consultations', label: '征求意见', modal: ConsultationModal },
  consultationEnd: { key: 'consultation-end', label: '登记意见结果', modal: ConsultationEndModal, primary: true },
  extension: { key: 'extension', label: '延期答复', modal: ExtensionModal },
  feeNotice: { key: 'fee-notice', label: '收费通知', modal: FeeNoticeModal },
  feePayment: { key: 'fee-payment', label: '登记缴费', modal: FeePaymentModal, primary: true },
  termination: { key: 'termination', label: '终止办理', modal: TerminationModal, danger: true },
  assign: { key: 'assign', label: '交办', modal: AssignModal },
  delivery: { key: 'delivery', label: '登记送达', modal: DeliveryModal },
  note: { key: 'notes', label: '添加办理记录', modal: NoteModal },
};

/** The steps that make sense in the request's current state for a handler (the server checks the statute). */
function handlerActions(r: RequestDetail): Action[] {
  const c = r.clock;
  const canCorrect = !c.correctionRequested && c.correctionNoticeBy !== null;
  switch (r.status) {
    case 'awaiting_confirmation':
      return [A.confirm, A.assign, A.note];
    case 'in_progress':
      return [A.reply, ...(canCorrect ? [A.correctionRequest] : []), A.consultation, A.feeNotice, A.termination, A.assign, A.note];
    case 'awaiting_correction':
      return [A.correction, A.termination, A.assign, A.note];
    case 'consulting':
      return [A.consultationEnd, A.reply, A.consultation, A.feeNotice, A.termination, A.assign, A.note];
    case 'awaiting_payment':
      return [A.feePayment, A.termination, A.reply, A.assign, A.note];
    case 'closed':
      return [A.delivery, A.note];
    default:
      return [A.note];
  }
}

const extensionAllowed = (r: RequestDetail) =>
  r.status !== 'closed' && r.status !== 'awaiting_confirmation' && r.status !== 'awaiting_correction' && r.clock.extendedBy === 0;

/** The buttons of the steps the signed-in user may take now; each opens its dialog. */
export default function RequestActions({ r, onChanged }: { r: RequestDetail; onChanged(r: RequestDetail): void }) {
  const { user } = useAuth();
  const [open, setOpen] = useState<Action | null>(null);
  const actions = [
    ...(canHandleRequests(user?.roles) ? handlerActions(r) : []),
    ...(canApproveExtension(user?.roles) && extensionAllowed(r) ? [A.extension] : []),
  ];
  if (!actions.length) return null;
  const Modal = open?.modal;
  return (
    <Space wrap data-testid="request-actions">
      {actions.map((a) => (
        <Button key={a.key} type={a.primary ? 'primary' : 'default'} danger={a.danger} onClick={() => setOpen(a)}>
          {a.label}
        </Button>
      ))}
      {Modal && (
        <Modal
          r={r}
          onClose={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null);
            onChanged(next);
          }}
        />
      )}
    </Space>
  );
}

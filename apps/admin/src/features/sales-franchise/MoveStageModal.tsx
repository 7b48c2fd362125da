import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { FranchisePartner, FranchiseStage } from './franchise.api';
import { moveNeeds } from './franchise-stages';
import { useMoveFranchisePartner } from './use-franchise-mutations';

interface Values {
  note?: string;
  contractNumber?: string;
}

/** Moves a partner with a note: required to drop one (why), with the contract number to sign one. */
export function MoveStageModal({
  partner,
  stage,
  onClose,
}: {
  partner: FranchisePartner | undefined;
  stage: FranchiseStage | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useMoveFranchisePartner();
  const { problem, report, clear } = useFormProblem(form, ['note', 'contractNumber']);
  const open = !!partner && !!stage;
  const needs = partner && stage ? moveNeeds(partner, stage) : 'nothing';
  const stageLabel = stage ? t(`salesFranchise.stages.${stage}`) : '';

  const submit = (values: Values) => {
    if (!partner || !stage) return;
    clear();
    move.mutate(
      {
        partner,
        move: {
          stage,
          note: values.note?.trim() || undefined,
          contractNumber: values.contractNumber?.trim() || undefined,
        },
      },
      {
        onSuccess: (moved) => {
          void message.success(t('salesFranchise.moved', { name: moved.name, stage: stageLabel }));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={partner ? t('salesFranchise.moveTitle', { name: partner.name, stage: stageLabel }) : undefined}
      okText={t('salesFranchise.move')}
      okButtonProps={{ loading: move.isPending, htmlType: 'submit', form: 'franchise-move-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="franchise-move-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
      >
        {needs === 'contractNumber' && (
          <Form.Item
            name="contractNumber"
            label={t('salesFranchise.fields.contractNumber')}
            extra={t('salesFranchise.contractNumberHint')}
            rules={[{ required: true, whitespace: true }, { max: 40 }]}
          >
            <Input aria-label={t('salesFranchise.fields.contractNumber')} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t(needs === 'reason' ? 'salesFranchise.reason' : 'salesFranchise.fields.note')}
          rules={[{ required: needs === 'reason', whitespace: true }, { max: 2000 }]}
        >
          <Input.TextArea
            rows={3}
            aria-label={t(needs === 'reason' ? 'salesFranchise.reason' : 'salesFranchise.fields.note')}
          />
        </Form.Item>
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
      </Form>
    </Modal>
  );
}

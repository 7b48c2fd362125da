import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { contractProblemMessage } from './contract-problems';
import type { Contract } from './contracts.api';
import { useContractStep } from './use-contract-mutations';

/** Ends a contract early (or drops a draft); the reason is kept on the contract and in its history. */
export function TerminateContractModal({
  contract,
  open,
  onClose,
}: {
  contract: Contract;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const step = useContractStep();
  const label = t('financeContracts.actions.reason');

  const submit = ({ reason }: { reason?: string }) =>
    step.mutate(
      { contract, step: { step: 'terminate', reason: reason!.trim() } },
      {
        onSuccess: () => {
          void message.success(t('financeContracts.actions.terminated'));
          onClose();
        },
        onError: (error) => void message.error(contractProblemMessage(t, error)),
      },
    );

  return (
    <Modal
      open={open}
      title={t('financeContracts.actions.terminateTitle', { number: contract.number })}
      okText={t('financeContracts.actions.terminate')}
      okButtonProps={{
        danger: true,
        loading: step.isPending,
        htmlType: 'submit',
        form: 'terminate-contract',
      }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="terminate-contract" layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea maxLength={500} aria-label={label} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { ContractFormModal } from './ContractFormModal';
import { contractProblemMessage } from './contract-problems';
import type { Contract } from './contracts.api';
import { TerminateContractModal } from './TerminateContractModal';
import { useContractStep } from './use-contract-mutations';

/** What finance may do next: change and submit a draft; terminate a draft or an active contract. */
export function ContractActions({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const step = useContractStep();
  const [editing, setEditing] = useState(false);
  const [terminating, setTerminating] = useState(false);
  if (!can('contracts:write')) return null;
  const draft = contract.status === 'draft';
  const canTerminate = draft || contract.status === 'active';

  const submit = () =>
    step.mutate(
      { contract, step: { step: 'submit' } },
      {
        onSuccess: () => void message.success(t('financeContracts.actions.submitted')),
        onError: (error) => void message.error(contractProblemMessage(t, error)),
      },
    );

  return (
    <Flex gap="small" wrap>
      {draft && <Button onClick={() => setEditing(true)}>{t('financeContracts.actions.edit')}</Button>}
      {draft && (
        <Popconfirm title={t('financeContracts.actions.submit')} onConfirm={submit}>
          <Button type="primary" loading={step.isPending}>
            {t('financeContracts.actions.submit')}
          </Button>
        </Popconfirm>
      )}
      {canTerminate && (
        <Button danger onClick={() => setTerminating(true)}>
          {t('financeContracts.actions.terminate')}
        </Button>
      )}
      <ContractFormModal open={editing} contract={contract} onClose={() => setEditing(false)} />
      <TerminateContractModal contract={contract} open={terminating} onClose={() => setTerminating(false)} />
    </Flex>
  );
}

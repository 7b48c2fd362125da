import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import type { PaymentRun, PaymentRunStep } from './payables.api';
import { settlementProblemMessage } from './settlement-problems';
import { useStepPaymentRun } from './use-settlement-mutations';

/**
 * The run's next steps: approve (someone other than who drafted it: the API refuses the drafter), record as
 * paid once the bank has paid, or cancel while unpaid. Paying and cancelling ask first; neither can be undone.
 */
export function PaymentRunActions({ run }: { run: PaymentRun }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const step = useStepPaymentRun();
  const [refusal, setRefusal] = useState<string>();

  const take = (which: PaymentRunStep) => {
    setRefusal(undefined);
    step.mutate(
      { run, step: which },
      {
        onSuccess: (changed) =>
          void message.success(
            t('financeSettlement.run.done', { status: t(`financeSettlement.runStatuses.${changed.status}`) }),
          ),
        onError: (error) => setRefusal(settlementProblemMessage(t, error)),
      },
    );
  };

  const mayApprove = can('payment-runs:approve');
  return (
    <Flex vertical gap="small" align="end">
      <Flex gap="small" wrap data-testid="payment-run-actions">
        {run.status === 'draft' && mayApprove && (
          <Button type="primary" loading={step.isPending} onClick={() => take('approve')}>
            {t('financeSettlement.run.approve')}
          </Button>
        )}
        {run.status === 'approved' && mayApprove && (
          <Popconfirm
            title={t('financeSettlement.run.payConfirm', { amount: formatMoney(run.totalAmount) })}
            okText={t('financeSettlement.run.pay')}
            cancelText={t('common.cancel')}
            onConfirm={() => take('pay')}
          >
            <Button type="primary" loading={step.isPending}>
              {t('financeSettlement.run.pay')}
            </Button>
          </Popconfirm>
        )}
        {(run.status === 'draft' || run.status === 'approved') && can('payables:write') && (
          <Popconfirm
            title={t('financeSettlement.run.cancelConfirm')}
            okText={t('financeSettlement.run.cancel')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => take('cancel')}
          >
            <Button danger loading={step.isPending}>
              {t('financeSettlement.run.cancel')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          data-testid="payment-run-refusal"
          title={t('financeSettlement.run.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
    </Flex>
  );
}

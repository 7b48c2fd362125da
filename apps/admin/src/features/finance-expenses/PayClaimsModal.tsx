import { App, Alert, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { expenseProblemMessage } from './expense-problems';
import type { ClaimSummary } from './expenses.api';
import { usePayClaims } from './use-expense-mutations';

interface Values {
  paymentReference?: string;
}

/**
 * 报销付款: one bank run for the approved claims chosen (all of them by default), with the transfer's reference.
 * The API pays all or none, so a refusal leaves every claim as it was.
 */
export function PayClaimsModal({
  open,
  claims,
  onClose,
}: {
  open: boolean;
  claims: readonly ClaimSummary[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pay = usePayClaims();
  // What was unticked, rather than what is ticked: every approved claim shown is paid unless taken out.
  const [left, setLeft] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const chosen = claims.map((claim) => claim.id).filter((id) => !left.includes(id));
  const close = () => {
    setLeft([]);
    setRefusal(undefined);
    onClose();
  };
  const total = claims.filter((c) => chosen.includes(c.id)).reduce((sum, c) => sum + c.totalAmount, 0);

  const submit = (values: Values) => {
    setRefusal(undefined);
    pay.mutate(
      { claimIds: chosen, paymentReference: values.paymentReference?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('financeExpenses.actions.paid'));
          close();
        },
        onError: (error) => setRefusal(expenseProblemMessage(t, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('financeExpenses.actions.payTitle', { count: chosen.length, amount: formatMoney(total) })}
      okText={t('financeExpenses.actions.pay')}
      okButtonProps={{
        loading: pay.isPending,
        htmlType: 'submit',
        form: 'pay-expense-claims',
        disabled: chosen.length === 0,
      }}
      cancelText={t('common.cancel')}
      onCancel={close}
      destroyOnHidden
    >
      <Checkbox.Group
        value={chosen}
        onChange={(ids) => setLeft(claims.map((c) => c.id).filter((id) => !ids.includes(id)))}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={4} data-testid="pay-claims-list">
          {claims.map((claim) => (
            <Checkbox key={claim.id} value={claim.id}>
              {claim.number} {claim.title}{' '}
              <Typography.Text strong>{formatMoney(claim.totalAmount)}</Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Form<Values>
        name="pay-expense-claims"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="paymentReference" label={t('financeExpenses.actions.paymentReference')}>
          <Input maxLength={100} aria-label={t('financeExpenses.actions.paymentReference')} />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon role="alert" description={refusal} />}
    </Modal>
  );
}

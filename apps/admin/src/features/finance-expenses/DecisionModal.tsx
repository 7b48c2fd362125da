import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { expenseProblemMessage } from './expense-problems';
import type { Claim, ClaimDecision } from './expenses.api';
import { useDecideClaim } from './use-expense-mutations';

export type DecisionKind = 'approve' | 'return' | 'reject';

interface Values {
  text?: string;
  overrideBudget?: boolean;
  overrideReason?: string;
}

const TITLES = { approve: 'approve', return: 'returnForChanges', reject: 'reject' } as const;
const DONE = { approve: 'approved', return: 'returned', reject: 'rejected' } as const;

function decisionOf(kind: DecisionKind, values: Values): ClaimDecision {
  const text = values.text?.trim() ?? '';
  if (kind === 'approve')
    return {
      step: 'approve',
      input: {
        comment: text || undefined,
        ...(values.overrideBudget
          ? { overrideBudget: true, overrideReason: values.overrideReason?.trim() }
          : {}),
      },
    };
  return { step: kind, reason: text };
}

/**
 * Approve with an optional comment, or return / reject with the reason the claimant reads. A finance manager
 * may approve past a budget, with a reason that is audited; the API refuses anyone else.
 */
export function DecisionModal({
  claim,
  kind,
  onClose,
  onDone,
}: {
  claim: Claim;
  kind: DecisionKind | undefined;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const can = usePermissions();
  const decide = useDecideClaim();
  const [refusal, setRefusal] = useState<string>();
  const [form] = Form.useForm<Values>();
  const overriding = Form.useWatch('overrideBudget', form) === true;

  const submit = (values: Values) => {
    if (!kind) return;
    setRefusal(undefined);
    decide.mutate(
      { claim, decision: decisionOf(kind, values) },
      {
        onSuccess: () => onDone(t(`financeExpenses.actions.${DONE[kind]}`)),
        onError: (error) => setRefusal(expenseProblemMessage(t, error)),
      },
    );
  };

  const reasonRequired = kind !== 'approve';
  return (
    <Modal
      open={!!kind}
      title={kind ? `${t(`financeExpenses.actions.${TITLES[kind]}`)} · ${claim.number}` : undefined}
      okText={kind ? t(`financeExpenses.actions.${TITLES[kind]}`) : undefined}
      okButtonProps={{
        loading: decide.isPending,
        htmlType: 'submit',
        form: 'expense-decision',
        danger: kind === 'reject',
      }}
      cancelText={t('common.cancel')}
      onCancel={() => {
        setRefusal(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<Values> form={form} name="expense-decision" layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="text"
          label={t(`financeExpenses.actions.${reasonRequired ? 'reason' : 'comment'}`)}
          rules={
            reasonRequired
              ? [{ required: true, whitespace: true, message: t('financeExpenses.actions.reasonRequired') }]
              : []
          }
        >
          <Input.TextArea
            autoFocus
            maxLength={500}
            aria-label={t(`financeExpenses.actions.${reasonRequired ? 'reason' : 'comment'}`)}
          />
        </Form.Item>
        {kind === 'approve' && can('expense-claims:override-budget') && (
          <Form.Item name="overrideBudget" valuePropName="checked">
            <Checkbox>{t('financeExpenses.actions.overrideBudget')}</Checkbox>
          </Form.Item>
        )}
        {kind === 'approve' && overriding && (
          <Form.Item
            name="overrideReason"
            label={t('financeExpenses.actions.overrideReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('financeExpenses.actions.overrideReasonRequired'),
              },
            ]}
          >
            <Input.TextArea maxLength={500} aria-label={t('financeExpenses.actions.overrideReason')} />
          </Form.Item>
        )}
      </Form>
      {refusal && <Alert type="error" showIcon role="alert" description={refusal} />}
    </Modal>
  );
}

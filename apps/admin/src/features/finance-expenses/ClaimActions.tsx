import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import dayjs from 'dayjs';
import { approvalInboxIdsQuery } from '../approvals/approvals.api';
import { ClaimForm } from './ClaimForm';
import { toFormValues } from './claim-form';
import { DecisionModal, type DecisionKind } from './DecisionModal';
import { expenseProblemMessage } from './expense-problems';
import type { Claim } from './expenses.api';
import { PayClaimsModal } from './PayClaimsModal';
import { useDecideClaim, useUpdateClaim } from './use-expense-mutations';

/**
 * What the viewer may do with the claim now: the claimant changes and submits a draft or returned claim; an
 * approver decides a submitted one (the API checks it is their step); finance pays an approved one.
 */
export function ClaimActions({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const can = usePermissions();
  const decide = useDecideClaim();
  const update = useUpdateClaim();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState<DecisionKind>();
  const [paying, setPaying] = useState(false);
  const mine = claim.claimantId === me.id;
  const editable = mine && (claim.status === 'draft' || claim.status === 'returned');
  const mayDecide = !mine && claim.status === 'submitted' && can('expense-claims:approve');
  // Whether the current step is this person's depends on roles, scopes and the org tree, which only the API
  // resolves: its inbox is the answer. Should the inbox fail to load, the buttons show and the API decides.
  const inbox = useQuery({ ...approvalInboxIdsQuery(), enabled: mayDecide });
  const decidable = mayDecide && (inbox.isError || (inbox.data?.has(claim.approvalRequestId ?? '') ?? false));

  const submit = () =>
    decide.mutate(
      { claim, decision: { step: 'submit' } },
      {
        onSuccess: () => void message.success(t('financeExpenses.actions.submitted')),
        onError: (error) => void message.error(expenseProblemMessage(t, error)),
      },
    );

  return (
    <Flex gap="small" wrap data-testid="claim-actions">
      {editable && <Button onClick={() => setEditing(true)}>{t('financeExpenses.actions.edit')}</Button>}
      {editable && (
        <Button type="primary" loading={decide.isPending} onClick={submit}>
          {t('financeExpenses.actions.submit')}
        </Button>
      )}
      {decidable && (
        <>
          <Button type="primary" onClick={() => setDeciding('approve')}>
            {t('financeExpenses.actions.approve')}
          </Button>
          <Button onClick={() => setDeciding('return')}>
            {t('financeExpenses.actions.returnForChanges')}
          </Button>
          <Button danger onClick={() => setDeciding('reject')}>
            {t('financeExpenses.actions.reject')}
          </Button>
        </>
      )}
      {claim.status === 'approved' && can('expense-claims:pay') && (
        <Button type="primary" onClick={() => setPaying(true)}>
          {t('financeExpenses.actions.pay')}
        </Button>
      )}
      <DecisionModal
        claim={claim}
        kind={deciding}
        onClose={() => setDeciding(undefined)}
        onDone={(text) => {
          setDeciding(undefined);
          void message.success(text);
        }}
      />
      <PayClaimsModal open={paying} claims={[claim]} onClose={() => setPaying(false)} />
      <Modal
        open={editing}
        title={t('financeExpenses.form.editTitle')}
        footer={null}
        width={960}
        onCancel={() => setEditing(false)}
        destroyOnHidden
      >
        <ClaimForm
          initialValues={toFormValues(claim, (day) => dayjs(day))}
          submitting={update.isPending}
          onCancel={() => setEditing(false)}
          onSave={async (changes) => {
            await update.mutateAsync({ claim, changes });
            setEditing(false);
          }}
        />
      </Modal>
    </Flex>
  );
}

import { App, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { expenseClaimPath, PATHS } from '../../app/paths';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ClaimForm } from './ClaimForm';
import { useCreateClaim } from './use-expense-mutations';

/** 新建报销单: written as a draft, then the claim page takes the receipts and the submission. */
export function NewExpenseClaimPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateClaim();
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.expenseClaims}>{t('financeExpenses.detail.backToList')}</Link>
      <PageHeader title={t('financeExpenses.form.newTitle')} subtitle={t('financeExpenses.list.subtitle')} />
      <Card>
        <ClaimForm
          submitting={create.isPending}
          onCancel={() => void navigate(PATHS.expenseClaims)}
          onSave={async (input) => {
            const claim = await create.mutateAsync(input);
            void message.success(t('financeExpenses.form.saved', { number: claim.number }));
            void navigate(expenseClaimPath(claim.id));
          }}
        />
      </Card>
    </Flex>
  );
}

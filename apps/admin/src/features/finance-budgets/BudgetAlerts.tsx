import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { budgetAlertsQuery } from './budgets.api';
import { BudgetUsage } from './BudgetUsage';

/** This period's budgets at 80% or more, the most used first: what finance looks at before approving claims. */
export function BudgetAlerts() {
  const { t } = useTranslation();
  const alerts = useQuery(budgetAlertsQuery());
  const rows = [...(alerts.data ?? [])].sort((a, b) => b.percentUsed - a.percentUsed);
  return (
    <Card title={t('financeExpenses.budgets.alertsTitle')} size="small" data-testid="budget-alerts">
      {alerts.isError && <QueryProblem error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {!alerts.isPending && !alerts.isError && rows.length === 0 && (
        <Typography.Text type="secondary">{t('financeExpenses.budgets.noAlerts')}</Typography.Text>
      )}
      <Flex vertical gap="small">
        {rows.map((budget) => (
          <Flex key={budget.id} gap="middle" align="center" wrap>
            <Typography.Text strong style={{ minWidth: 160 }}>
              <OrgUnitName id={budget.orgUnitId} /> · {budget.period} · {budget.accountCode}
            </Typography.Text>
            <BudgetUsage budget={budget} />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

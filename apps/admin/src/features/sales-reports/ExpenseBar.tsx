import { Alert, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';

/** Spend against budget as one bar; red once the budget is exceeded (费比 control). */
export function ExpenseBar({ expenses, budget }: { expenses: number | null; budget: number | null }) {
  const { t } = useTranslation();
  if (expenses === null || budget === null || budget <= 0)
    return <Alert type="info" showIcon title={t('salesReports.expenses.noBudget')} />;
  const percent = Math.round((expenses / budget) * 100);
  const over = expenses > budget;
  return (
    <div data-testid="expense-bar">
      <Progress
        percent={Math.min(percent, 100)}
        status={over ? 'exception' : 'normal'}
        format={() => `${percent}%`}
      />
      <Typography.Text type={over ? 'danger' : 'secondary'}>
        {over
          ? t('salesReports.expenses.over', { amount: formatMoney(expenses - budget) })
          : t('salesReports.expenses.used', { spent: formatMoney(expenses), budget: formatMoney(budget) })}
      </Typography.Text>
    </div>
  );
}

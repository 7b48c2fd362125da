import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '../../shared/money/money';
import type { TerritoryExpenses } from './expense-control.api';
import { STATUS_COLORS } from './expense-status';

/** Spent against budget: amber from 80%, red from 100%; no bar without a budget. */
export function ExpenseUsageBar({ row }: { row: TerritoryExpenses }) {
  const { t } = useTranslation();
  if (row.usedBp === null)
    return <Typography.Text type="secondary">{t('salesExpenseControl.noBudget')}</Typography.Text>;
  const percent = Math.min(row.usedBp / 100, 100);
  return (
    <Progress
      data-testid="expense-usage"
      data-status={row.status}
      percent={percent}
      strokeColor={STATUS_COLORS[row.status]}
      format={() => formatBasisPoints(row.usedBp!)}
      size="small"
      aria-label={`${t('salesExpenseControl.fields.used')} ${formatBasisPoints(row.usedBp)}`}
      style={{ minWidth: 160 }}
    />
  );
}

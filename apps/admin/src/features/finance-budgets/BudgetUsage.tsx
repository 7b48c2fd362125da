import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { Budget } from './budgets.api';
import { USAGE_COLORS, usageLevel } from './budget-usage';

/** Budget against used (actual + claims in approval): the bar turns amber at 80% and red at 100%. */
export function BudgetUsage({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const level = usageLevel(budget.percentUsed);
  return (
    <Flex vertical gap={0} style={{ minWidth: 180 }} data-testid="budget-usage" data-level={level}>
      <Progress
        percent={Math.min(budget.percentUsed, 100)}
        strokeColor={USAGE_COLORS[level]}
        format={() => `${budget.percentUsed}%`}
        size="small"
        aria-label={`${t('financeExpenses.budgets.fields.percentUsed')} ${budget.percentUsed}%`}
      />
      <Typography.Text type={level === 'ok' ? 'secondary' : level === 'warning' ? 'warning' : 'danger'}>
        {t(`financeExpenses.budgets.level.${level}`)} · {formatMoney(budget.used)} /{' '}
        {formatMoney(budget.amount)}
      </Typography.Text>
    </Flex>
  );
}

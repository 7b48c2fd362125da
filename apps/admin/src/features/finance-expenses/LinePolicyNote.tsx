import { WarningOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { PolicyWarning } from './claim-form';

/** What a line's policy warnings say: which limit it passes, and whether a justification covers it. */
export function LinePolicyNote({ warnings }: { warnings: readonly PolicyWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Typography.Text
      type={warnings.every((w) => w.justified) ? 'secondary' : 'warning'}
      data-testid="policy-note"
    >
      <WarningOutlined />{' '}
      {warnings
        .map((w) =>
          t('financeExpenses.policy.overLimit', {
            basis: t(`financeExpenses.policy.${w.limit.basis === 'per_day' ? 'perDay' : 'perLine'}`),
            limit: formatMoney(w.limit.limit),
          }),
        )
        .join('；')}
      {warnings.every((w) => w.justified) && ` · ${t('financeExpenses.policy.justified')}`}
    </Typography.Text>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from './expenses.api';

const COLORS: Record<ClaimStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'gold',
  rejected: 'red',
  approved: 'green',
  paid: 'purple',
};

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`financeExpenses.statuses.${status}`)}</Tag>;
}

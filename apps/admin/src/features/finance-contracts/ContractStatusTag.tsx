import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractStatus } from './contracts.api';

const COLORS: Record<ContractStatus, string> = {
  draft: 'default',
  pending_approval: 'blue',
  active: 'green',
  expired: 'gold',
  terminated: 'red',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`financeContracts.statuses.${status}`)}</Tag>;
}

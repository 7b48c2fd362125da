import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RemittanceStatus } from './cod.api';

const COLORS: Record<RemittanceStatus, string> = {
  awaiting_cash: 'gold',
  handed_in: 'blue',
  confirmed: 'green',
  discrepancy: 'red',
  resolved: 'purple',
};

export function RemittanceStatusTag({ status }: { status: RemittanceStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`cod.statuses.${status}`)}</Tag>;
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TenderStatus } from './sourcing.api';

const COLORS: Record<TenderStatus, string> = {
  open: 'processing',
  closed: 'warning',
  awarded: 'success',
  cancelled: 'default',
};

export function TenderStatusTag({ status }: { status: TenderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`purchasing.tenderStatuses.${status}`)}</Tag>;
}

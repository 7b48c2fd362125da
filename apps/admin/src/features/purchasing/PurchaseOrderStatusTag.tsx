import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderStatus } from './purchasing.api';

const COLORS: Record<PurchaseOrderStatus, string> = {
  draft: 'default',
  pending_approval: 'gold',
  approved: 'blue',
  sent: 'geekblue',
  partially_received: 'cyan',
  received: 'green',
  closed: 'default',
  cancelled: 'red',
};

export function PurchaseOrderStatusTag({ status }: { status: PurchaseOrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`purchasing.orderStatuses.${status}`)}</Tag>;
}

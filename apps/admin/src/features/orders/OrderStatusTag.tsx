import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from './orders.api';

const COLOURS: Record<OrderStatus, string> = {
  pending_payment: 'gold',
  confirmed: 'blue',
  allocated: 'geekblue',
  shipped: 'cyan',
  delivered: 'green',
  completed: 'success',
  cancelled: 'default',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]}>{t(`orders.statuses.${status}`)}</Tag>;
}

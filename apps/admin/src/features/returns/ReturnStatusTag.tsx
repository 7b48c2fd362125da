import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReturnStatus } from './returns.api';

const COLORS: Record<ReturnStatus, string> = {
  requested: 'gold',
  approved: 'blue',
  received: 'cyan',
  inspected: 'geekblue',
  refunded: 'green',
  exchanged: 'green',
  rejected: 'red',
};

export function ReturnStatusTag({ status }: { status: ReturnStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`returns.statuses.${status}`)}</Tag>;
}

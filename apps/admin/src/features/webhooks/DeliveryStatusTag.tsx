import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from './webhooks.api';

const COLORS: Record<DeliveryStatus, string> = {
  pending: 'processing',
  retrying: 'warning',
  succeeded: 'success',
  failed: 'error',
};

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`webhooks.deliveries.statuses.${status}`)}
    </Tag>
  );
}

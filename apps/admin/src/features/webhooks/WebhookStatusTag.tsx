import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebhookStatus } from './webhooks.api';

export function WebhookStatusTag({ status }: { status: WebhookStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'success' : 'warning'} style={{ marginInlineEnd: 0 }}>
      {t(`webhooks.statuses.${status}`)}
    </Tag>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { RecordHistory } from '../audit-log/RecordHistory';
import { DeliveryLog } from './DeliveryLog';
import { EditWebhookForm } from './EditWebhookForm';
import { EventTypeTags } from './EventTypeTags';
import { WebhookActions } from './WebhookActions';
import { webhookQuery, type WebhookSubscription } from './webhooks.api';

function WebhookDetail({ subscription, onDone }: { subscription: WebhookSubscription; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const canWrite = can('webhooks:write');
  const tabs = [
    {
      key: 'deliveries',
      label: t('webhooks.detail.deliveries'),
      children: <DeliveryLog subscriptionId={subscription.id} canReplay={canWrite} />,
    },
    ...(canWrite
      ? [
          {
            key: 'settings',
            label: t('webhooks.detail.settings'),
            children: <EditWebhookForm subscription={subscription} onCancel={onDone} />,
          },
        ]
      : []),
    ...(can('audit-events:read')
      ? [
          {
            key: 'history',
            label: t('webhooks.detail.history'),
            children: <RecordHistory entityType="webhook_subscription" entityId={subscription.id} />,
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap="middle">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'url',
            label: t('webhooks.columns.url'),
            children: (
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {subscription.url}
              </Typography.Text>
            ),
          },
          {
            key: 'eventTypes',
            label: t('webhooks.columns.eventTypes'),
            children: <EventTypeTags eventTypes={subscription.eventTypes} />,
          },
          {
            key: 'createdAt',
            label: t('webhooks.columns.createdAt'),
            children: formatDateTime(subscription.createdAt, i18n.language),
          },
        ]}
      />
      <WebhookActions subscription={subscription} canWrite={canWrite} />
      <Tabs items={tabs} />
    </Flex>
  );
}

interface WebhookDrawerProps {
  subscriptionId: string | undefined;
  open: boolean;
  onClose(): void;
}

/** One subscription: where it points, pause/resume and a test event, its delivery log, settings and history. */
export function WebhookDrawer({ subscriptionId, open, onClose }: WebhookDrawerProps) {
  const { t } = useTranslation();
  const subscription = useQuery({ ...webhookQuery(subscriptionId ?? ''), enabled: !!subscriptionId });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={1080}
      title={subscription.data?.name ?? t('webhooks.title')}
    >
      {subscription.data ? (
        <WebhookDetail key={subscription.data.id} subscription={subscription.data} onDone={onClose} />
      ) : subscription.isError ? (
        <QueryProblem error={subscription.error} onRetry={() => void subscription.refetch()} />
      ) : (
        <Spin />
      )}
    </Drawer>
  );
}

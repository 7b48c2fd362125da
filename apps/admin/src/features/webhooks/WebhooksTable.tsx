import { Button, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { EventTypeTags } from './EventTypeTags';
import type { WebhookStatus, WebhookSubscription } from './webhooks.api';
import { WebhookStatusTag } from './WebhookStatusTag';

interface WebhooksTableProps {
  subscriptions: readonly WebhookSubscription[];
  loading: boolean;
  emptyText: ReactNode;
  onOpen(subscription: WebhookSubscription): void;
}

export function WebhooksTable({ subscriptions, loading, emptyText, onOpen }: WebhooksTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableProps<WebhookSubscription>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('webhooks.columns.name'),
      // A real button, so a subscription opens from the keyboard too.
      render: (name: string, subscription) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(subscription)}>
          {name}
        </Button>
      ),
    },
    {
      key: 'url',
      dataIndex: 'url',
      title: t('webhooks.columns.url'),
      render: (url: string) => (
        <Typography.Text code ellipsis={{ tooltip: url }} style={{ maxWidth: 360 }}>
          {url}
        </Typography.Text>
      ),
    },
    {
      key: 'eventTypes',
      dataIndex: 'eventTypes',
      title: t('webhooks.columns.eventTypes'),
      render: (eventTypes: string[]) => <EventTypeTags eventTypes={eventTypes} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('webhooks.columns.status'),
      render: (status: WebhookStatus) => <WebhookStatusTag status={status} />,
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('webhooks.columns.createdAt'),
      render: (at: string) => formatDateTime(at, i18n.language),
    },
  ];

  return (
    <Table<WebhookSubscription>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={subscriptions}
      loading={loading}
      pagination={false}
      onRow={(subscription) => ({ onClick: () => onOpen(subscription), style: { cursor: 'pointer' } })}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}

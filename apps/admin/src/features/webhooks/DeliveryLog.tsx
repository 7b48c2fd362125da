import { SyncOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { deliveryRefreshInterval } from './delivery-refresh';
import { DeliveryStatusTag } from './DeliveryStatusTag';
import { ReplayDeliveryButton } from './ReplayDeliveryButton';
import { deliveriesQuery, type DeliveryStatus, type WebhookDelivery } from './webhooks.api';

interface DeliveryLogProps {
  subscriptionId: string;
  canReplay: boolean;
}

/** One subscription's deliveries, newest first; it refreshes itself while any is still on its way. */
export function DeliveryLog({ subscriptionId, canReplay }: DeliveryLogProps) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(20);
  const pages = useCursorPages(String(limit));
  const query = (cursor: string | undefined) => ({ limit, cursor, count: cursor ? undefined : true });
  const log = useQuery({
    ...deliveriesQuery(subscriptionId, query(pages.cursor)),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => deliveryRefreshInterval(current.state.data?.data),
  });
  const firstPage = useQuery({ ...deliveriesQuery(subscriptionId, query(undefined)), enabled: false });
  const when = (at: string | null) =>
    at ? (
      <span style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(at, i18n.language)}</span>
    ) : (
      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
    );

  const columns: TableProps<WebhookDelivery>['columns'] = [
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('webhooks.deliveries.columns.createdAt'),
      render: (at: string) => when(at),
    },
    {
      key: 'event',
      title: t('webhooks.deliveries.columns.event'),
      render: (_: unknown, delivery) => (
        <Flex gap={4} align="center" title={delivery.eventId}>
          <span>{delivery.eventType}</span>
          {delivery.replayOf && <Tag style={{ marginInlineEnd: 0 }}>{t('webhooks.deliveries.replayOf')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('webhooks.deliveries.columns.status'),
      render: (status: DeliveryStatus) => <DeliveryStatusTag status={status} />,
    },
    {
      key: 'attempts',
      dataIndex: 'attempts',
      title: t('webhooks.deliveries.columns.attempts'),
      align: 'right',
    },
    {
      key: 'response',
      title: t('webhooks.deliveries.columns.response'),
      render: (_: unknown, delivery) => (
        <Flex vertical gap={2} style={{ maxWidth: 320 }}>
          {delivery.lastStatusCode !== null || delivery.lastDurationMs !== null ? (
            <span style={{ whiteSpace: 'nowrap' }}>
              {delivery.lastStatusCode !== null && <code>HTTP {delivery.lastStatusCode}</code>}
              {delivery.lastDurationMs !== null && (
                <Typography.Text type="secondary">
                  {' '}
                  {t('webhooks.deliveries.durationMs', { ms: delivery.lastDurationMs })}
                </Typography.Text>
              )}
            </span>
          ) : (
            <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
          )}
          {delivery.lastError && (
            <Typography.Text type="danger" style={{ fontSize: 12, wordBreak: 'break-word' }}>
              {delivery.lastError}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'lastAttemptAt',
      dataIndex: 'lastAttemptAt',
      title: t('webhooks.deliveries.columns.lastAttemptAt'),
      render: (at: string | null) => when(at),
    },
    {
      key: 'deliveredAt',
      dataIndex: 'deliveredAt',
      title: t('webhooks.deliveries.columns.deliveredAt'),
      render: (at: string | null) => when(at),
    },
    ...(canReplay
      ? [
          {
            key: 'actions',
            title: t('webhooks.deliveries.columns.actions'),
            // Reachable without scrolling the log sideways.
            fixed: 'right' as const,
            render: (_: unknown, delivery: WebhookDelivery) =>
              (delivery.status === 'succeeded' || delivery.status === 'failed') && (
                <ReplayDeliveryButton delivery={delivery} />
              ),
          },
        ]
      : []),
  ];

  if (log.isError && !log.data) return <QueryProblem error={log.error} onRetry={() => void log.refetch()} />;
  const refreshing = deliveryRefreshInterval(log.data?.data) !== false;
  return (
    <Flex vertical gap="small" data-testid="delivery-log">
      {refreshing && (
        <Typography.Text type="secondary" role="status">
          <SyncOutlined spin /> {t('webhooks.deliveries.autoRefresh')}
        </Typography.Text>
      )}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={log.data?.data ?? []}
        loading={log.isPending || log.isPlaceholderData}
        pagination={false}
        locale={{ emptyText: log.isPending ? null : <ListEmpty noneText={t('webhooks.deliveries.empty')} /> }}
        scroll={{ x: 'max-content' }}
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={log.isPlaceholderData ? undefined : log.data?.nextCursor}
        pageSize={limit}
        disabled={log.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={setLimit}
      />
    </Flex>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { priceHistoryQuery } from './pricing.api';
import { PriceStatusTag } from './PriceStatusTag';

const DOT_COLORS = { active: 'green', pending_approval: 'orange', rejected: 'red' } as const;

/** Every price the SKU has had, newest first, with who-approves states. */
export function PriceHistory({ skuId }: { skuId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(priceHistoryQuery(skuId));
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <QueryProblem error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.data.length === 0) return <Empty description={t('pricing.history.empty')} />;
  return (
    <Timeline
      data-testid="price-history"
      items={history.data.data.map((record) => ({
        key: record.id,
        color: DOT_COLORS[record.status],
        content: (
          <Flex vertical gap={2}>
            <Flex gap="small" align="center" wrap>
              <Tag>{t(`pricing.channels.${record.channel}`)}</Tag>
              <Typography.Text strong>{formatMoney(record.amount)}</Typography.Text>
              <PriceStatusTag record={record} now={history.dataUpdatedAt} />
            </Flex>
            <Typography.Text type="secondary">
              {t('pricing.history.effectiveFrom', {
                at: formatDateTime(record.effectiveFrom, i18n.language),
              })}
              {' · '}
              {t('pricing.history.setAt', { at: formatDateTime(record.createdAt, i18n.language) })}
            </Typography.Text>
            {record.reason && (
              <Typography.Text type="secondary">
                {t('pricing.history.reason', { reason: record.reason })}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}

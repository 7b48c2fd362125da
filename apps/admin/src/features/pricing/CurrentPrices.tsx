import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import type { Sku } from '../products/products.api';
import { priceHistoryQuery, SALES_CHANNELS } from './pricing.api';

/** Each channel's price now, and the one waiting for the GM's approval, if any. */
export function CurrentPrices({ sku }: { sku: Sku }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(priceHistoryQuery(sku.id));
  const pending = (channel: string) =>
    history.data?.data.find((record) => record.channel === channel && record.status === 'pending_approval');
  return (
    <Flex gap="middle" wrap>
      {SALES_CHANNELS.map((channel) => {
        const current = sku.prices[channel];
        const waiting = pending(channel);
        return (
          <Card
            key={channel}
            size="small"
            style={{ minWidth: 200, flex: '1 1 200px' }}
            data-testid={`current-price-${channel}`}
          >
            <Statistic
              title={t(`pricing.channels.${channel}`)}
              value={current ? formatMoney(current.amount) : t('pricing.current.none')}
            />
            {current && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('pricing.current.since', { at: formatDateTime(current.effectiveFrom, i18n.language) })}
              </Typography.Text>
            )}
            {waiting && (
              <div style={{ marginTop: 8 }}>
                <Tag color="orange">{t('pricing.statuses.pending_approval')}</Tag>
                <Typography.Text>{formatMoney(waiting.amount)}</Typography.Text>
              </div>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}

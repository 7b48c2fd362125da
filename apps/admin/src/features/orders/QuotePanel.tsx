import { Alert, Empty, Flex, Spin, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { orderProblemMessage } from './order-problems';
import type { PriceQuote } from './orders.api';

type QuotedLine = PriceQuote['lines'][number];

interface QuotePanelProps {
  quote: PriceQuote | undefined;
  loading: boolean;
  error: unknown;
}

/** The catalog's price for the cart as it stands: list prices, each promotion's discount, the totals. */
export function QuotePanel({ quote, loading, error }: QuotePanelProps) {
  const { t } = useTranslation();
  const columns: TableProps<QuotedLine>['columns'] = [
    { key: 'sku', title: t('orders.fields.sku'), render: (_, l) => `${l.skuCode} · ${l.productName}` },
    { key: 'quantity', title: t('orders.fields.quantity'), align: 'right', render: (_, l) => l.quantity },
    {
      key: 'unitPrice',
      title: t('orders.fields.unitPrice'),
      align: 'right',
      render: (_, l) => formatMoney(l.unitPrice),
    },
    {
      key: 'discounts',
      title: t('orders.fields.discounts'),
      render: (_, l) =>
        l.discounts.length === 0
          ? t('common.none')
          : l.discounts.map((d) => (
              <Tag key={d.promotionId} color="red">
                {d.promotionName} −{formatMoney(d.amount)}
              </Tag>
            )),
    },
    {
      key: 'amount',
      title: t('orders.fields.amount'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
  ];
  if (error)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('orders.phoneOrder.quoteFailed')}
        description={orderProblemMessage(t, error)}
      />
    );
  if (!quote)
    return loading ? (
      <Spin />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.phoneOrder.quoteEmpty')} />
    );
  return (
    <Flex vertical gap="small" data-testid="phone-order-quote" aria-busy={loading}>
      <Table<QuotedLine>
        rowKey="skuId"
        size="small"
        columns={columns}
        dataSource={quote.lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Flex vertical align="end" gap={2}>
        <Typography.Text>
          {t('orders.fields.listTotal')}：
          <span data-testid="quote-list-total">{formatMoney(quote.listTotal)}</span>
        </Typography.Text>
        <Typography.Text>
          {t('orders.fields.discountTotal')}：−{formatMoney(quote.discountTotal)}
        </Typography.Text>
        {quote.applied.length > 0 && (
          <Typography.Text type="secondary">
            {quote.applied.map((p) => `${p.promotionName} −${formatMoney(p.amount)}`).join('；')}
          </Typography.Text>
        )}
        <Typography.Text strong>
          {t('orders.fields.total')}：<span data-testid="quote-total">{formatMoney(quote.total)}</span>
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

import { Descriptions, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { PriceQuote, QuotedLine } from './promotions.api';

/** The quote, explained: each line's list price and discounts (with the promotion that gave each), and totals. */
export function QuoteResult({ quote }: { quote: PriceQuote }) {
  const { t } = useTranslation();
  const columns: TableProps<QuotedLine>['columns'] = [
    {
      key: 'product',
      title: t('promotions.cart.columns.product'),
      render: (_, line) => (
        <Flex vertical>
          <span>{line.productName}</span>
          <Typography.Text type="secondary" code>
            {line.skuCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'quantity', dataIndex: 'quantity', title: t('promotions.cart.columns.quantity'), align: 'right' },
    {
      key: 'unitPrice',
      dataIndex: 'unitPrice',
      title: t('promotions.cart.columns.unitPrice'),
      align: 'right',
      render: (minor: number) => formatMoney(minor),
    },
    {
      key: 'listAmount',
      dataIndex: 'listAmount',
      title: t('promotions.cart.columns.listAmount'),
      align: 'right',
      render: (minor: number) => formatMoney(minor),
    },
    {
      key: 'discounts',
      dataIndex: 'discounts',
      title: t('promotions.cart.columns.discounts'),
      render: (discounts: QuotedLine['discounts']) =>
        discounts.length === 0 ? (
          t('common.none')
        ) : (
          <Flex vertical gap={2}>
            {discounts.map((discount) => (
              <span key={discount.promotionId}>
                <Tag color="red">−{formatMoney(discount.amount)}</Tag>
                {discount.promotionName}
              </span>
            ))}
          </Flex>
        ),
    },
    {
      key: 'amount',
      dataIndex: 'amount',
      title: t('promotions.cart.columns.amount'),
      align: 'right',
      render: (minor: number) => <Typography.Text strong>{formatMoney(minor)}</Typography.Text>,
    },
  ];
  return (
    <Flex vertical gap="middle" data-testid="quote-result">
      <Table<QuotedLine>
        rowKey="skuId"
        size="small"
        columns={columns}
        dataSource={quote.lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('promotions.cart.listTotal')}>
          {formatMoney(quote.listTotal)}
        </Descriptions.Item>
        <Descriptions.Item label={t('promotions.cart.discountTotal')}>
          −{formatMoney(quote.discountTotal)}
        </Descriptions.Item>
        <Descriptions.Item label={t('promotions.cart.total')}>
          <Typography.Text strong data-testid="quote-total">
            {formatMoney(quote.total)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {quote.applied.length > 0 && (
        <div>
          <Typography.Text type="secondary">{t('promotions.cart.applied')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {quote.applied.map((applied) => (
              <li key={applied.promotionId}>
                {applied.promotionName}: −{formatMoney(applied.amount)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {quote.notApplied.length > 0 && (
        <div data-testid="quote-not-applied">
          <Typography.Text type="secondary">{t('promotions.cart.notApplied')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {quote.notApplied.map((skipped) => (
              <li key={skipped.promotionId}>
                {skipped.promotionName}: {skipped.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Flex>
  );
}

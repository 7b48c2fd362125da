import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, InputNumber, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { SALES_CHANNELS, type SalesChannel } from '../pricing/pricing.api';
import { addCartLine, previewPromotionIds, type CartLine } from './cart-lines';
import { promotionListQuery, quoteCart, type Promotion } from './promotions.api';
import { QuoteResult } from './QuoteResult';
import { SkuPicker } from './SkuPicker';

/**
 * "Try a cart": prices a cart of chosen SKUs with exactly this promotion (a draft too) and any others picked to
 * see how they stack, through POST /price-quotes with previewPromotionIds. Nothing is saved or used up.
 */
export function TryCartPanel({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<CartLine[]>([]);
  const [channel, setChannel] = useState<SalesChannel>(promotion.channels[0] ?? 'website');
  const [others, setOthers] = useState<string[]>([]);
  const candidates = useQuery(promotionListQuery({ limit: 200 }));
  const quote = useMutation({ mutationFn: quoteCart });

  const tryIt = () =>
    quote.mutate({
      channel,
      lines: lines.map(({ skuId, quantity }) => ({ skuId, quantity })),
      previewPromotionIds: previewPromotionIds(promotion.id, others),
    });

  const columns: TableProps<CartLine>['columns'] = [
    { key: 'label', dataIndex: 'label', title: t('promotions.cart.columns.product') },
    {
      key: 'quantity',
      title: t('promotions.cart.columns.quantity'),
      render: (_, line) => (
        <InputNumber
          aria-label={t('promotions.cart.quantityOf', { label: line.label })}
          min={1}
          max={10_000}
          precision={0}
          value={line.quantity}
          onChange={(quantity) =>
            setLines((current) =>
              current.map((candidate) =>
                candidate.skuId === line.skuId ? { ...candidate, quantity: quantity ?? 1 } : candidate,
              ),
            )
          }
        />
      ),
    },
    {
      key: 'remove',
      render: (_, line) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('promotions.cart.remove', { label: line.label })}
          onClick={() => setLines((current) => current.filter((candidate) => candidate.skuId !== line.skuId))}
        />
      ),
    },
  ];

  const otherOptions = (candidates.data?.data ?? [])
    .filter((candidate: Promotion) => candidate.id !== promotion.id && candidate.status !== 'archived')
    .map((candidate) => ({ value: candidate.id, label: `${candidate.number} · ${candidate.name}` }));

  return (
    <Card title={t('promotions.cart.title')} data-testid="try-cart">
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('promotions.cart.intro')}</Typography.Text>
        <Flex gap="small" wrap align="center">
          <Typography.Text>{t('promotions.cart.channel')}</Typography.Text>
          <Select
            aria-label={t('promotions.cart.channel')}
            value={channel}
            onChange={setChannel}
            options={SALES_CHANNELS.map((value) => ({ value, label: t(`pricing.channels.${value}`) }))}
            style={{ width: 140 }}
          />
          <Typography.Text>{t('promotions.cart.others')}</Typography.Text>
          <Select
            aria-label={t('promotions.cart.others')}
            mode="multiple"
            allowClear
            value={others}
            onChange={setOthers}
            options={otherOptions}
            placeholder={t('promotions.cart.othersPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 280 }}
          />
        </Flex>
        <SkuPicker onAdd={(line) => setLines((current) => addCartLine(current, line))} />
        {lines.length === 0 ? (
          <Empty description={t('promotions.cart.empty')} />
        ) : (
          <Table<CartLine>
            rowKey="skuId"
            size="small"
            columns={columns}
            dataSource={lines}
            pagination={false}
          />
        )}
        <Button
          type="primary"
          onClick={tryIt}
          disabled={lines.length === 0}
          loading={quote.isPending}
          style={{ alignSelf: 'start' }}
        >
          {t('promotions.cart.try')}
        </Button>
        {quote.isError && <ProblemAlert error={quote.error} />}
        {quote.data && !quote.isPending && <QuoteResult quote={quote.data} />}
      </Flex>
    </Card>
  );
}

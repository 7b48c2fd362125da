import { Card, Col, Flex, Form, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { minorUnitsToYuanText } from '../../shared/money/money';
import type { Product } from '../products/products.api';
import { CompetitorPrices } from './CompetitorPrices';
import { CostCard } from './CostCard';
import { CurrentPrices } from './CurrentPrices';
import { PriceHistory } from './PriceHistory';
import { SetPriceForm, type SetPriceValues } from './SetPriceForm';
import { SuggestedPriceCard } from './SuggestedPriceCard';

/** Prices per channel for one SKU at a time: now, history, cost, suggestion, competitors, and setting them. */
export function ProductPricesTab({ product }: { product: Product }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [chosen, setChosen] = useState<string>();
  const [priceForm] = Form.useForm<SetPriceValues>();
  const sku = product.skus.find((candidate) => candidate.id === chosen) ?? product.skus[0];
  if (!sku) return null;
  const writable = can('prices:write');

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" align="center">
        <Typography.Text>{t('pricing.sku')}</Typography.Text>
        <Select
          aria-label={t('pricing.sku')}
          value={sku.id}
          onChange={setChosen}
          options={product.skus.map((candidate) => ({
            value: candidate.id,
            label: candidate.name ? `${candidate.code} · ${candidate.name}` : candidate.code,
          }))}
          style={{ minWidth: 260 }}
        />
      </Flex>
      <CurrentPrices key={`current-${sku.id}`} sku={sku} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap="middle">
            {writable && (
              <Card size="small" title={t('pricing.set.title')}>
                <SetPriceForm key={sku.id} skuId={sku.id} productId={product.id} form={priceForm} />
              </Card>
            )}
            <Card size="small" title={t('pricing.history.title')}>
              <PriceHistory skuId={sku.id} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap="middle">
            <CostCard key={`cost-${sku.id}`} skuId={sku.id} productId={product.id} writable={writable} />
            <SuggestedPriceCard
              skuId={sku.id}
              onUse={
                writable
                  ? (amount) =>
                      priceForm.setFieldsValue({ channel: 'website', amount: minorUnitsToYuanText(amount) })
                  : undefined
              }
            />
            <CompetitorPrices
              key={`competitors-${sku.id}`}
              skuId={sku.id}
              productId={product.id}
              writable={can('competitor-prices:write')}
            />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

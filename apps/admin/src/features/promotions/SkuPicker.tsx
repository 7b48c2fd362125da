import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productQuery } from '../products/products.api';
import { ProductSearchSelect } from '../products/ProductSearchSelect';
import type { CartLine } from './cart-lines';

/** Find a product, pick one of its SKUs and a quantity, add it to the cart. */
export function SkuPicker({ onAdd }: { onAdd(line: CartLine): void }) {
  const { t } = useTranslation();
  const [productId, setProductId] = useState<string>();
  const [skuId, setSkuId] = useState<string>();
  const [quantity, setQuantity] = useState<number | null>(1);
  const product = useQuery({ ...productQuery(productId ?? ''), enabled: !!productId });
  const skus = (product.data?.skus ?? []).filter((sku) => sku.status === 'active');
  const sku = skus.find((candidate) => candidate.id === skuId) ?? (skus.length === 1 ? skus[0] : undefined);

  const add = () => {
    if (!product.data || !sku || !quantity) return;
    onAdd({
      skuId: sku.id,
      label: `${product.data.name} · ${sku.name ?? sku.code}`,
      quantity,
    });
    setSkuId(undefined);
    setQuantity(1);
  };

  return (
    <Flex gap="small" wrap align="center">
      <ProductSearchSelect
        aria-label={t('promotions.cart.product')}
        placeholder={t('promotions.cart.productPlaceholder')}
        value={productId}
        onChange={(value) => {
          setProductId(value as string | undefined);
          setSkuId(undefined);
        }}
        style={{ width: 280 }}
      />
      <Select
        aria-label={t('promotions.cart.sku')}
        placeholder={t('promotions.cart.sku')}
        value={sku?.id}
        onChange={setSkuId}
        disabled={!product.data}
        loading={product.isFetching}
        options={skus.map((candidate) => ({
          value: candidate.id,
          label: candidate.name ? `${candidate.code} · ${candidate.name}` : candidate.code,
        }))}
        style={{ width: 220 }}
      />
      <InputNumber
        aria-label={t('promotions.cart.quantity')}
        min={1}
        max={10_000}
        precision={0}
        value={quantity}
        onChange={setQuantity}
        onPressEnter={add}
        style={{ width: 100 }}
      />
      <Button icon={<PlusOutlined />} onClick={add} disabled={!sku || !quantity}>
        {t('promotions.cart.add')}
      </Button>
    </Flex>
  );
}

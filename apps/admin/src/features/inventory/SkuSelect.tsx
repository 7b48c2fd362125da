import { useQuery } from '@tanstack/react-query';
import { Flex, Select } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { productQuery } from '../products/products.api';
import { ProductSearchSelect } from '../products/ProductSearchSelect';

export interface ChosenSku {
  id: string;
  code: string;
  name: string | null;
  productName: string;
}

interface SkuSelectProps {
  id?: string;
  value?: string;
  /** What to show for a value chosen elsewhere (e.g. a link), before a product is picked here. */
  valueLabel?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  autoFocus?: boolean;
  onChange?(skuId: string | undefined, sku?: ChosenSku): void;
}

/**
 * A SKU, found as a person thinks of it: the product first (any part of its name, pinyin initials, SKU code or
 * barcode), then one of its SKUs (chosen at once when the product has only one).
 */
export function SkuSelect({ id, value, valueLabel, style, autoFocus, onChange, ...rest }: SkuSelectProps) {
  const { t } = useTranslation();
  const [productId, setProductId] = useState<string>();
  const product = useQuery({ ...productQuery(productId ?? ''), enabled: !!productId });
  const skus = product.data?.skus ?? [];
  const choose = (skuId: string | undefined) => {
    const sku = skus.find((candidate) => candidate.id === skuId);
    onChange?.(
      skuId,
      sku && product.data
        ? { id: sku.id, code: sku.code, name: sku.name, productName: product.data.name }
        : undefined,
    );
  };
  // A product with one SKU needs no second choice: it is taken as soon as the product is known.
  const onlySku = skus.length === 1 ? skus[0]!.id : undefined;
  const autoChosen = useRef<string>(undefined);
  useEffect(() => {
    if (!onlySku || autoChosen.current === onlySku) return;
    autoChosen.current = onlySku;
    if (onlySku !== value) choose(onlySku);
  });
  const options = skus.map((sku) => ({
    value: sku.id,
    label: sku.name ? `${sku.code} · ${sku.name}` : sku.code,
  }));
  if (value && !options.some((option) => option.value === value))
    options.push({ value, label: valueLabel ?? `…${value.slice(-8)}` });

  return (
    <Flex gap={4} style={style}>
      <ProductSearchSelect
        id={id}
        autoFocus={autoFocus}
        aria-label={`${rest['aria-label'] ?? t('inventory.sku.sku')} · ${t('inventory.sku.product')}`}
        placeholder={t('inventory.sku.productPlaceholder')}
        value={productId}
        onChange={(next) => {
          setProductId(next as string | undefined);
          if (!next) choose(undefined);
        }}
        style={{ flex: 3, minWidth: 0 }}
      />
      <Select
        aria-label={rest['aria-label'] ?? t('inventory.sku.sku')}
        data-testid="sku-select"
        placeholder={t('inventory.sku.skuPlaceholder')}
        value={value}
        loading={product.isFetching}
        disabled={!product.data && !value}
        options={options}
        onChange={choose}
        allowClear
        style={{ flex: 2, minWidth: 0 }}
      />
    </Flex>
  );
}

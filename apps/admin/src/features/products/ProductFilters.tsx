import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../shared/ui/SearchBox';
import { BrandSelect } from '../categories/BrandSelect';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect';
import { NO_PRODUCT_FILTERS, type ProductListState } from './product-list-state';
import { PRODUCT_STATUSES } from './products.api';

interface ProductFiltersProps {
  state: ProductListState;
  filtered: boolean;
  onChange(changes: Partial<ProductListState>): void;
}

export function ProductFilters({ state, filtered, onChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" wrap role="search">
      <SearchBox
        value={state.q}
        label={t('products.filters.search')}
        onSearch={(q) => onChange({ q })}
        style={{ width: 320 }}
      />
      <CategoryTreeSelect
        aria-label={t('products.filters.category')}
        placeholder={t('products.filters.anyCategory')}
        allowClear
        value={state.categoryId}
        onChange={(categoryId) => onChange({ categoryId: categoryId as string | undefined })}
        style={{ width: 200 }}
      />
      <BrandSelect
        aria-label={t('products.filters.brand')}
        placeholder={t('products.filters.anyBrand')}
        allowClear
        value={state.brandId}
        onChange={(brandId) => onChange({ brandId })}
        style={{ width: 160 }}
      />
      <Select
        aria-label={t('products.filters.status')}
        placeholder={t('products.filters.anyStatus')}
        allowClear
        value={state.status}
        onChange={(status) => onChange({ status })}
        options={PRODUCT_STATUSES.map((status) => ({
          value: status,
          label: t(`products.statuses.${status}`),
        }))}
        style={{ width: 140 }}
      />
      {filtered && (
        <Button type="link" onClick={() => onChange(NO_PRODUCT_FILTERS)}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}

import { useQueries, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { productListQuery, productQuery } from './products.api';

type Value = string | string[] | undefined;

interface ProductSearchSelectProps {
  multiple?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  id?: string;
  value?: Value;
  onChange?(value: Value): void;
}

/**
 * Finds products as the list does (any part of the name, pinyin initials, SKU code, barcode), asking the API as
 * the user types; chosen products keep their names even when the current search does not find them.
 */
export function ProductSearchSelect({ multiple = false, value, ...props }: ProductSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({ ...productListQuery({ q: q || undefined, limit: 20, sort: 'name' }) });
  const chosenIds = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const chosen = useQueries({ queries: chosenIds.map((id) => productQuery(id)) });
  const options = new Map<string, string>();
  for (const product of chosen) if (product.data) options.set(product.data.id, product.data.name);
  for (const product of found.data?.data ?? []) options.set(product.id, product.name);
  for (const id of chosenIds) if (!options.has(id)) options.set(id, `…${id.slice(-8)}`);

  return (
    <Select<Value>
      {...props}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onBlur={() => setSearch('')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('products.search.none')}
      options={[...options].map(([id, name]) => ({ value: id, label: name }))}
      allowClear
    />
  );
}

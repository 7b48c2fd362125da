import { useQueries, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { supplierListQuery, supplierQuery } from './purchasing.api';

interface SupplierMultiSelectProps {
  id?: string;
  value?: string[];
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  onChange?(value: string[]): void;
}

/** Several active suppliers (those invited to a tender), found by name or code as the user types. */
export function SupplierMultiSelect({ value, ...props }: SupplierMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery(supplierListQuery({ q: q || undefined, status: 'active', limit: 20, sort: 'name' }));
  const chosen = useQueries({ queries: (value ?? []).map((id) => supplierQuery(id)) });
  const options = new Map<string, string>();
  for (const supplier of chosen) if (supplier.data) options.set(supplier.data.id, supplier.data.name);
  for (const supplier of found.data?.data ?? [])
    options.set(supplier.id, `${supplier.name}（${supplier.code}）`);
  return (
    <Select
      {...props}
      mode="multiple"
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onBlur={() => setSearch('')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('purchasing.suppliers.none')}
      options={[...options].map(([id, label]) => ({ value: id, label }))}
    />
  );
}

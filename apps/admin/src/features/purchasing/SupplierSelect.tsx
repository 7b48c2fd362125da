import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { supplierListQuery, supplierQuery } from './purchasing.api';

interface SupplierSelectProps {
  id?: string;
  value?: string;
  placeholder?: string;
  allowClear?: boolean;
  autoFocus?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  onChange?(value: string | undefined): void;
}

/** An active supplier, found by part of its name or code as the user types. */
export function SupplierSelect({ value, ...props }: SupplierSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery(supplierListQuery({ q: q || undefined, status: 'active', limit: 20, sort: 'name' }));
  const chosen = useQuery({ ...supplierQuery(value ?? ''), enabled: !!value });
  const options = new Map<string, string>();
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);
  for (const supplier of found.data?.data ?? [])
    options.set(supplier.id, `${supplier.name}（${supplier.code}）`);
  return (
    <Select
      {...props}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onBlur={() => setSearch('')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('purchasing.suppliers.none')}
      options={[...options].map(([id, label]) => ({ value: id, label }))}
    />
  );
}

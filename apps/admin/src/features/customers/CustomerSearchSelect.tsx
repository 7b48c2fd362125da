import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { customerLabel, customerListQuery, type CustomerSummary } from './customers.api';

interface CustomerSearchSelectProps {
  id?: string;
  value?: string;
  placeholder?: string;
  autoFocus?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  onChange?(customerId: string | undefined, customer?: CustomerSummary): void;
}

const CANDIDATES = 20;

/**
 * A customer found as the caller says it on the phone: part of the name, its pinyin or initials, the customer
 * number, or the last four digits of the phone (searched on the API, which masks what the role may not see).
 */
export function CustomerSearchSelect({ value, onChange, ...props }: CustomerSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<CustomerSummary>();
  const q = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery({
    ...customerListQuery({ q, limit: CANDIDATES, status: 'active' }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const found = q ? (candidates.data?.data ?? []) : [];
  const options = found.map((customer) => ({ value: customer.id, label: customerLabel(customer) }));
  if (chosen && chosen.id === value && !options.some((option) => option.value === value))
    options.unshift({ value: chosen.id, label: customerLabel(chosen) });

  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      allowClear
      value={value}
      options={options}
      notFoundContent={
        candidates.isFetching ? (
          <Spin size="small" />
        ) : q ? (
          t('orders.phoneOrder.noCustomer')
        ) : (
          t('orders.phoneOrder.customerHint')
        )
      }
      onChange={(next: string | undefined) => {
        const customer = found.find((candidate) => candidate.id === next);
        setChosen(customer);
        onChange?.(next, customer);
      }}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { employeeSearchQuery } from './hr-time.api';

type EmployeeSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Find an employee by name or number (工号) as one types; the API applies the caller's data scope. */
export function EmployeeSelect(props: EmployeeSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery(employeeSearchQuery(q));
  return (
    <Select<string>
      allowClear
      placeholder={t('hrTime.common.employeePlaceholder')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? null : t('hrTime.common.noEmployee')}
      options={(found.data?.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.number}）` }))}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { payrollEmployeesQuery } from './payroll.api';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Find an employee by name or number through payroll's own list (finance reads no HR personnel files). */
export function PayrollEmployeeSelect(props: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery(payrollEmployeesQuery({ q: q || undefined, limit: 20 }));
  return (
    <Select<string>
      allowClear
      placeholder={t('financePayroll.common.employeePlaceholder')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? null : t('financePayroll.common.noEmployee')}
      options={(found.data?.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.number}）` }))}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { custodianNamesQuery, custodianSearchQuery, type AssetCustodian } from './assets.api';

const label = (c: AssetCustodian) => `${c.name}（${c.number}）`;

/** "王小明（E00042）" for each id a page shows, fetched together; the id's start while loading or if unknown. */
export function useCustodianNames(ids: readonly string[]): (id: string) => string {
  const names = useQuery(custodianNamesQuery(ids));
  const byId = new Map((names.data ?? []).map((c) => [c.id, label(c)]));
  return (id) => byId.get(id) ?? id.slice(0, 8);
}

type CustodianSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Find the employee to hold an asset by name or 工号 as one types. */
export function CustodianSelect(props: CustodianSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery(custodianSearchQuery(q));
  return (
    <Select<string>
      allowClear
      placeholder={t('financeLedger.assets.custodianPlaceholder')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? null : t('financeLedger.assets.noCustodian')}
      options={(found.data ?? []).map((c) => ({ value: c.id, label: label(c) }))}
    />
  );
}

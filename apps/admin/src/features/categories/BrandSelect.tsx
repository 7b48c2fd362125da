import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { allBrandsQuery } from './categories.api';

interface BrandSelectProps {
  activeOnly?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  id?: string;
  value?: string | null;
  onChange?(value: string | undefined): void;
}

/** Picks a brand, searchable by name; archived brands only where any may be chosen (filters). */
export function BrandSelect({ activeOnly = false, value, ...props }: BrandSelectProps) {
  const { t } = useTranslation();
  const brands = useQuery(allBrandsQuery());
  const options = (brands.data ?? [])
    .filter((brand) => !activeOnly || brand.status === 'active' || brand.id === value)
    .map((brand) => ({
      value: brand.id,
      label: brand.status === 'archived' ? `${brand.name}（${t('catalog.statuses.archived')}）` : brand.name,
    }));
  return (
    <Select
      {...props}
      value={value ?? undefined}
      showSearch={{ optionFilterProp: 'label' }}
      loading={brands.isPending}
      options={options}
    />
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { divisionsQuery, type Division } from './customers.api';

interface DivisionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  loading?: boolean;
  children?: DivisionOption[];
}

const optionOf = (division: Division): DivisionOption => ({
  value: division.code,
  label: division.name,
  isLeaf: !division.hasChildren,
});

interface DivisionCascaderProps {
  id?: string;
  value?: string[];
  style?: CSSProperties;
  'aria-label'?: string;
  onChange?(codes: string[]): void;
}

/** Province → city → district of mainland China (GB/T 2260), each level loaded when it is opened. */
export function DivisionCascader({ value, onChange, ...props }: DivisionCascaderProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const provinces = useQuery(divisionsQuery(undefined));
  const [children, setChildren] = useState<Record<string, DivisionOption[]>>({});
  const build = (options: DivisionOption[]): DivisionOption[] =>
    options.map((option) =>
      children[option.value] ? { ...option, children: build(children[option.value]!) } : option,
    );
  const options = build((provinces.data?.data ?? []).map(optionOf));

  return (
    <Cascader<DivisionOption>
      {...props}
      placeholder={t('orders.phoneOrder.divisionPlaceholder')}
      options={options}
      value={value}
      changeOnSelect={false}
      loadData={(selected) => {
        const target = selected[selected.length - 1];
        if (!target) return;
        void queryClient
          .fetchQuery(divisionsQuery(target.value))
          .then((loaded) =>
            setChildren((known) => ({ ...known, [target.value]: loaded.data.map(optionOf) })),
          );
      }}
      onChange={(codes) => onChange?.((codes ?? []).map(String))}
      showSearch={false}
    />
  );
}

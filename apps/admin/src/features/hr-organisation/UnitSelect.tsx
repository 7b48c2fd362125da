import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { buildChartTree, unitOptions } from './org-chart-tree';
import { orgChartQuery, thisPlanYear } from './organisation.api';

/**
 * Picks an org unit from the HR org chart. The chart is what positions:read shows (a manager: their unit and
 * below), so the picker offers exactly the units the caller may file or filter by.
 */
export function UnitSelect(props: Omit<SelectProps<string>, 'options' | 'mode'>) {
  const chart = useQuery(orgChartQuery(thisPlanYear()));
  const options = useMemo(() => unitOptions(buildChartTree(chart.data?.units ?? [])), [chart.data]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={chart.isPending}
      {...props}
      options={options}
    />
  );
}

/** A unit's name from the org chart (cached by every HR page), or nothing while it loads. */
export function useUnitNames(): (id: string) => string | undefined {
  const chart = useQuery(orgChartQuery(thisPlanYear()));
  return useMemo(() => {
    const names = new Map((chart.data?.units ?? []).map((u) => [u.id, u.name]));
    return (id: string) => names.get(id);
  }, [chart.data]);
}

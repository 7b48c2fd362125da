import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { allOrgUnitsQuery } from '../org-units/org-units.api';
import { buildOrgUnitTree, type OrgUnitTreeNode } from '../org-units/org-unit-tree';

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const toOptions = (nodes: OrgUnitTreeNode[]): TreeOption[] =>
  nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: unit.name,
    children: children.length > 0 ? toOptions(children) : undefined,
  }));

interface RegionsSelectProps {
  placeholder?: string;
  id?: string;
  value?: string[];
  onChange?(value: string[]): void;
}

/** Provinces, regions and cities a promotion applies in (everything under a chosen unit included). */
export function RegionsSelect(props: RegionsSelectProps) {
  const units = useQuery(allOrgUnitsQuery());
  const options = useMemo(() => toOptions(buildOrgUnitTree(units.data ?? [])), [units.data]);
  return (
    <TreeSelect<string[], TreeOption>
      {...props}
      multiple
      allowClear
      treeData={options}
      treeLine
      loading={units.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
    />
  );
}

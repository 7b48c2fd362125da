import { useQuery } from '@tanstack/react-query';
import { Spin, TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { allOrgUnitsQuery } from './org-units.api';
import { buildOrgUnitTree, type OrgUnitTreeNode } from './org-unit-tree';

interface TreeOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children?: TreeOption[];
}

interface OrgUnitTreeSelectProps {
  /** Offer "whole company" as the first choice, under this value (a role's scope must say it explicitly). */
  wholeCompanyValue?: string;
  /** Only active units can be chosen (the API assigns nothing to an archived one); filters may pick any. */
  activeOnly?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  autoFocus?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
  // Injected by Form.Item, or passed by a filter:
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

function toOptions(nodes: OrgUnitTreeNode[], activeOnly: boolean, archivedLabel: string): TreeOption[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: unit.status === 'archived' ? `${unit.name}（${archivedLabel}）` : unit.name,
    searchText: `${unit.name} ${unit.code}`.toLowerCase(),
    disabled: activeOnly && unit.status === 'archived',
    children: children.length > 0 ? toOptions(children, activeOnly, archivedLabel) : undefined,
  }));
}

/** Picks an org unit from the whole hierarchy, searchable by name or code. */
export function OrgUnitTreeSelect({
  wholeCompanyValue,
  activeOnly = false,
  ...props
}: OrgUnitTreeSelectProps) {
  const { t } = useTranslation();
  const units = useQuery(allOrgUnitsQuery());
  const archivedLabel = t('orgUnits.statuses.archived');
  const options = useMemo(() => {
    const tree = toOptions(buildOrgUnitTree(units.data ?? []), activeOnly, archivedLabel);
    if (wholeCompanyValue === undefined) return tree;
    const wholeCompany = t('common.wholeCompany');
    return [
      { value: wholeCompanyValue, title: wholeCompany, searchText: wholeCompany.toLowerCase() },
      ...tree,
    ];
  }, [units.data, activeOnly, archivedLabel, wholeCompanyValue, t]);

  return (
    <TreeSelect<string, TreeOption>
      {...props}
      treeData={options}
      treeDefaultExpandAll
      treeLine
      showSearch={{
        filterTreeNode: (input, node) => String(node.searchText).includes(input.trim().toLowerCase()),
      }}
      loading={units.isPending}
      notFoundContent={
        units.isPending ? (
          <Spin size="small" />
        ) : units.isError ? (
          <ProblemAlert error={units.error} />
        ) : undefined
      }
      popupMatchSelectWidth={false}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Spin, TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { allCategoriesQuery } from './categories.api';
import { buildCategoryTree, type CategoryTreeNode } from './category-tree';

interface TreeOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children?: TreeOption[];
}

interface CategoryTreeSelectProps {
  /** Only active categories can be chosen (products and new categories go under those); filters take any. */
  activeOnly?: boolean;
  /** Categories that may not be chosen (a category and its descendants, when moving it). */
  excluded?: ReadonlySet<string>;
  multiple?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  autoFocus?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  // Injected by Form.Item, or passed by a filter:
  id?: string;
  value?: string | string[];
  onChange?(value: string | string[] | undefined): void;
}

function toOptions(
  nodes: CategoryTreeNode[],
  activeOnly: boolean,
  excluded: ReadonlySet<string> | undefined,
  archivedLabel: string,
): TreeOption[] {
  return nodes.map(({ category, children }) => ({
    value: category.id,
    title: category.status === 'archived' ? `${category.name}（${archivedLabel}）` : category.name,
    searchText: category.name.toLowerCase(),
    disabled: (activeOnly && category.status === 'archived') || excluded?.has(category.id),
    children: children.length > 0 ? toOptions(children, activeOnly, excluded, archivedLabel) : undefined,
  }));
}

/** Picks a category from the whole tree, searchable by name. */
export function CategoryTreeSelect({
  activeOnly = false,
  excluded,
  multiple,
  ...props
}: CategoryTreeSelectProps) {
  const { t } = useTranslation();
  const categories = useQuery(allCategoriesQuery());
  const archivedLabel = t('catalog.statuses.archived');
  const options = useMemo(
    () => toOptions(buildCategoryTree(categories.data ?? []), activeOnly, excluded, archivedLabel),
    [categories.data, activeOnly, excluded, archivedLabel],
  );
  return (
    <TreeSelect<string | string[], TreeOption>
      {...props}
      multiple={multiple}
      treeData={options}
      treeDefaultExpandAll
      treeLine
      showSearch={{
        filterTreeNode: (input, node) => String(node.searchText).includes(input.trim().toLowerCase()),
      }}
      loading={categories.isPending}
      notFoundContent={
        categories.isPending ? (
          <Spin size="small" />
        ) : categories.isError ? (
          <ProblemAlert error={categories.error} />
        ) : undefined
      }
      popupMatchSelectWidth={false}
    />
  );
}

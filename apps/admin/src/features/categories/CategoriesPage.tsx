import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { CreateButton } from '../../shared/ui/CreateButton';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { allCategoriesQuery, type Category } from './categories.api';
import { CategoryFormModal, type CategoryEditing } from './CategoryFormModal';
import { buildCategoryTree, type CategoryTreeNode } from './category-tree';
import { CatalogStatusTag } from './CatalogStatusTag';
import { useUpdateCategory } from './use-catalog-node-mutations';

interface CategoryRow {
  key: string;
  category: Category;
  children?: CategoryRow[];
}

const toRows = (nodes: CategoryTreeNode[]): CategoryRow[] =>
  nodes.map(({ category, children }) => ({
    key: category.id,
    category,
    children: children.length > 0 ? toRows(children) : undefined,
  }));

/** Catalog → Categories: the whole tree, expanded; add under any category, rename, move, archive. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const categories = useQuery(allCategoriesQuery());
  const update = useUpdateCategory();
  const [editing, setEditing] = useState<CategoryEditing>();
  const rows = useMemo(() => toRows(buildCategoryTree(categories.data ?? [])), [categories.data]);
  const writable = can('catalog:write');

  const setStatus = async (category: Category, status: Category['status']) => {
    try {
      await update.mutateAsync({ category, changes: { status } });
      void message.success(
        t(`catalog.categories.${status === 'archived' ? 'archived' : 'restored'}`, { name: category.name }),
      );
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  const columns: TableProps<CategoryRow>['columns'] = [
    { key: 'name', title: t('catalog.categories.name'), render: (_, row) => row.category.name },
    {
      key: 'status',
      title: t('catalog.categories.status'),
      render: (_, row) => <CatalogStatusTag status={row.category.status} />,
    },
    {
      key: 'sortOrder',
      title: t('catalog.categories.sortOrder'),
      render: (_, row) => row.category.sortOrder,
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: t('catalog.categories.actions'),
            render: (_: unknown, { category }: CategoryRow) => (
              <Flex gap={4} wrap>
                {category.status === 'active' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setEditing({ mode: 'create', parentId: category.id })}
                  >
                    {t('catalog.categories.addChild')}
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => setEditing({ mode: 'edit', category })}>
                  {t('catalog.categories.edit')}
                </Button>
                {category.status === 'active' ? (
                  <Popconfirm
                    title={t('catalog.categories.archiveTitle', { name: category.name })}
                    description={t('catalog.categories.archiveText')}
                    onConfirm={() => setStatus(category, 'archived')}
                  >
                    <Button size="small" type="link" danger>
                      {t('catalog.categories.archive')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" type="link" onClick={() => void setStatus(category, 'active')}>
                    {t('catalog.categories.restore')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  if (categories.isError)
    return <QueryProblem error={categories.error} onRetry={() => void categories.refetch()} />;
  const create = writable
    ? { label: t('catalog.categories.create'), onClick: () => setEditing({ mode: 'create' }) }
    : undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('catalog.categories.title')}
        subtitle={t('catalog.categories.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <Table<CategoryRow>
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={categories.isPending}
        pagination={false}
        // Expanded by default: a shop's category tree is small, and hiding it makes people click.
        expandable={{ defaultExpandAllRows: true }}
        key={categories.isPending ? 'loading' : 'loaded'}
        locale={{
          emptyText: categories.isPending ? null : (
            <ListEmpty noneText={t('catalog.categories.empty')} create={create} />
          ),
        }}
      />
      <CategoryFormModal
        editing={editing}
        categories={categories.data ?? []}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { ProductFilters } from './ProductFilters';
import {
  NO_PRODUCT_FILTERS,
  PRODUCT_FILTERS,
  productListSpec,
  toProductListQuery,
} from './product-list-state';
import { productListQuery } from './products.api';
import { ProductsTable } from './ProductsTable';

/** Catalog → Products: search by name, pinyin initials, SKU code or barcode; filters kept in the URL. */
export function ProductsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(productListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...productListQuery(toProductListQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...productListQuery(toProductListQuery(state, undefined)), enabled: false });
  const filtered = differsFromFallback(productListSpec, state, PRODUCT_FILTERS);
  const create = can('catalog:write')
    ? { label: t('products.create'), onClick: () => void navigate(PATHS.newProduct) }
    : undefined;

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('products.title')}
        subtitle={t('products.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <ProductFilters state={state} filtered={filtered} onChange={setState} />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <ProductsTable
        products={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        sort={state.sort}
        onSortChange={(sort) => setState({ sort })}
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t('products.empty.none')}
              filtered={
                filtered
                  ? { text: t('products.empty.filtered'), onClear: () => setState(NO_PRODUCT_FILTERS) }
                  : undefined
              }
              create={create}
            />
          )
        }
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
    </Flex>
  );
}

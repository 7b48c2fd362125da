import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, purchaseOrderPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { WarehouseName } from '../inventory/WarehouseSelect';
import { PurchaseOrderStatusTag } from './PurchaseOrderStatusTag';
import {
  PURCHASE_ORDER_STATUSES,
  purchaseOrderListQuery,
  type PurchaseOrderStatus,
  type PurchaseOrderSummary,
} from './purchasing.api';
import { SupplierSelect } from './SupplierSelect';

interface OrderListState {
  status: PurchaseOrderStatus | undefined;
  supplierId: string | undefined;
  limit: number;
}

export const orderListSpec: UrlStateSpec<OrderListState> = {
  status: optionalEnumParam(PURCHASE_ORDER_STATUSES),
  supplierId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

/** 采购 → Purchase orders, newest first; status and supplier filters kept in the URL. */
export function PurchaseOrdersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(orderListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const query = (cursor: string | undefined) => ({
    status: state.status,
    supplierId: state.supplierId,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  });
  const list = useQuery({
    ...purchaseOrderListQuery(query(pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...purchaseOrderListQuery(query(undefined)), enabled: false });
  const filtered = !!state.status || !!state.supplierId;
  const clear = () => setState({ status: undefined, supplierId: undefined });
  const create = can('purchase-orders:write')
    ? { label: t('purchasing.orders.create'), onClick: () => void navigate(PATHS.newPurchaseOrder) }
    : undefined;

  const columns: TableProps<PurchaseOrderSummary>['columns'] = [
    {
      key: 'number',
      title: t('purchasing.orders.number'),
      render: (_, order) => <Link to={purchaseOrderPath(order.id)}>{order.number}</Link>,
    },
    {
      key: 'supplier',
      title: t('purchasing.orders.supplier'),
      render: (_, o) => o.supplierName ?? t('common.none'),
    },
    {
      key: 'warehouse',
      title: t('purchasing.orders.warehouse'),
      render: (_, o) => <WarehouseName id={o.warehouseId} />,
    },
    {
      key: 'total',
      title: t('purchasing.orders.total'),
      align: 'right',
      render: (_, o) => formatMoney(o.totalAmount),
    },
    {
      key: 'status',
      title: t('purchasing.orders.status'),
      render: (_, o) => <PurchaseOrderStatusTag status={o.status} />,
    },
    {
      key: 'expectedDate',
      title: t('purchasing.orders.expectedDate'),
      render: (_, o) => o.expectedDate ?? t('common.none'),
    },
    {
      key: 'createdAt',
      title: t('purchasing.orders.createdAt'),
      render: (_, o) => new Date(o.createdAt).toLocaleDateString(),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('purchasing.orders.title')}
        subtitle={t('purchasing.orders.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('purchasing.orders.status')}
          placeholder={t('purchasing.orders.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={PURCHASE_ORDER_STATUSES.map((status) => ({
            value: status,
            label: t(`purchasing.orderStatuses.${status}`),
          }))}
          style={{ width: 160 }}
        />
        <SupplierSelect
          aria-label={t('purchasing.orders.supplier')}
          placeholder={t('purchasing.orders.anySupplier')}
          allowClear
          value={state.supplierId}
          onChange={(supplierId) => setState({ supplierId })}
          style={{ width: 260 }}
        />
      </FilterBar>
      <CursorTable<PurchaseOrderSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        empty={{
          noneText: t('purchasing.orders.empty'),
          filtered: filtered ? { text: t('purchasing.orders.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
    </Flex>
  );
}

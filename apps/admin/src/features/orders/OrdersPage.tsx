import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, Tag, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { orderPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { isFiltered, NO_FILTERS, orderListSpec, toOrderQuery } from './order-list-state';
import { ORDER_STATUSES, orderListQuery, PAYMENT_METHODS, type OrderSummary } from './orders.api';
import { OrderStatusTag } from './OrderStatusTag';

const dayOf = (date: string | undefined) => (date ? dayjs(date) : null);
const dateOf = (day: Dayjs | null | undefined) => day?.format('YYYY-MM-DD');

/** 订单 → Orders, newest first; status, payment, region, placing date and a search kept in the URL. */
export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(orderListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...orderListQuery(toOrderQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...orderListQuery(toOrderQuery(state, undefined)), enabled: false });
  const filtered = isFiltered(state);
  const clear = () => setState(NO_FILTERS);
  const create = can('orders:create')
    ? { label: t('orders.list.create'), onClick: () => void navigate(PATHS.newOrder) }
    : undefined;

  const columns: TableProps<OrderSummary>['columns'] = [
    {
      key: 'number',
      title: t('orders.fields.number'),
      render: (_, order) => <Link to={orderPath(order.id)}>{order.number}</Link>,
    },
    {
      key: 'customer',
      title: t('orders.fields.customer'),
      render: (_, o) => o.customerName ?? t('common.none'),
    },
    { key: 'recipient', title: t('orders.fields.recipient'), render: (_, o) => o.recipientName },
    {
      key: 'status',
      title: t('orders.fields.status'),
      render: (_, o) => <OrderStatusTag status={o.status} />,
    },
    {
      key: 'payment',
      title: t('orders.fields.paymentMethod'),
      render: (_, o) => (
        <Tag color={o.paymentMethod === 'cod' ? 'orange' : 'default'}>
          {t(`orders.paymentMethods.${o.paymentMethod}`)}
        </Tag>
      ),
    },
    { key: 'lines', title: t('orders.fields.lineCount'), align: 'right', render: (_, o) => o.lineCount },
    {
      key: 'total',
      title: t('orders.fields.total'),
      align: 'right',
      render: (_, o) => formatMoney(o.total),
    },
    {
      key: 'placedAt',
      title: t('orders.fields.placedAt'),
      render: (_, o) => formatDateTime(o.placedAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('orders.list.title')}
        subtitle={t('orders.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          label={t('orders.list.search')}
          value={state.q}
          onSearch={(q) => setState({ q })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('orders.fields.status')}
          placeholder={t('orders.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={ORDER_STATUSES.map((status) => ({ value: status, label: t(`orders.statuses.${status}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('orders.fields.paymentMethod')}
          placeholder={t('orders.list.anyPayment')}
          allowClear
          value={state.paymentMethod}
          onChange={(paymentMethod) => setState({ paymentMethod })}
          options={PAYMENT_METHODS.map((method) => ({
            value: method,
            label: t(`orders.paymentMethods.${method}`),
          }))}
          style={{ width: 140 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('orders.list.region')}
          placeholder={t('orders.list.anyRegion')}
          allowClear
          value={state.regionId}
          onChange={(regionId) => setState({ regionId })}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          aria-label={t('orders.list.placedRange')}
          placeholder={[t('orders.list.placedFrom'), t('orders.list.placedTo')]}
          allowEmpty={[true, true]}
          value={[dayOf(state.from), dayOf(state.to)]}
          onChange={(days) => setState({ from: dateOf(days?.[0]), to: dateOf(days?.[1]) })}
          style={{ width: 260 }}
        />
      </FilterBar>
      <CursorTable<OrderSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="orders-table"
        empty={{
          noneText: t('orders.list.empty'),
          filtered: filtered ? { text: t('orders.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
    </Flex>
  );
}
